// What is worked out once per parsed document (Apollo keeps each parsed document, so the same text is the same
// object) and a small key beside it: the document's cost for its variables, a compiled read's statement. Dropped
// with the document; a few hundred keys per document, the oldest going first; a key that is not small (a variable
// holding a whole KEV catalog) is never kept, so the cache cannot hold much memory whatever clients send.
import type { DocumentNode } from 'graphql';

const KEYS_PER_DOCUMENT = 256;
const MAX_KEY_LENGTH = 2048;

export class DocumentCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  get(document: DocumentNode, key: string): T | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, value: T): void {
    if (key.length > MAX_KEY_LENGTH) return;
    let byKey = this.byDocument.get(document);
    if (!byKey) this.byDocument.set(document, (byKey = new Map()));
    if (byKey.size >= KEYS_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, value);
  }
}
