// Trusted documents: the SDK's operations, registered by hash at build time (sdk/generated/persisted-documents.json).
// A client may send `documentId` ("sha256:...") instead of the text; a server configured with
// TRUSTED_DOCUMENTS=api-keys (or =all) runs only registered documents for API keys (or for everyone), so a stolen
// key cannot run arbitrary queries. The same rule holds on HTTP and graphql-ws.
import manifest from '../../sdk/generated/persisted-documents.json';
import { ConcordError, ErrorCode } from '../core/errors';

export type TrustedDocumentsMode = 'off' | 'api-keys' | 'all';

const DOCUMENTS: Readonly<Record<string, string>> = manifest;

export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
}

function isApiKey(authorization: string | undefined): boolean {
  return /^Bearer\s+ck_/i.test(authorization ?? '');
}

/**
 * The text to run for a request: the registered document when `documentId` is given, else the query as sent,
 * when the mode allows arbitrary documents for this caller. Throws BAD_USER_INPUT otherwise.
 */
export function documentFor(
  mode: TrustedDocumentsMode,
  request: DocumentRequest,
  authorization: string | undefined,
): string | undefined {
  if (request.documentId !== undefined && request.documentId !== null) {
    const text = typeof request.documentId === 'string' ? DOCUMENTS[request.documentId] : undefined;
    if (!text)
      throw new ConcordError(
        ErrorCode.BAD_USER_INPUT,
        "Unknown documentId: send one of the SDK's registered documents.",
        { fields: { documentId: 'not a registered document' } },
      );
    return text;
  }
  const enforced = mode === 'all' || (mode === 'api-keys' && isApiKey(authorization));
  if (enforced) {
    throw new ConcordError(
      ErrorCode.BAD_USER_INPUT,
      'This server runs only registered documents for this caller: send `documentId` (the SDK does with trustedDocuments: true).',
      {
        fields: { query: 'send documentId instead' },
        reason: 'TRUSTED_DOCUMENTS_ONLY',
      },
    );
  }
  return typeof request.query === 'string' ? request.query : undefined;
}

export const registeredDocumentCount = Object.keys(DOCUMENTS).length;
