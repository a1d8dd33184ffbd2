// What a notification says, made when it is sent: the kind's fields are read through node(id:) as the receiver
// (a person, or the credential that registered an endpoint), with the same resolvers, visibility and masking as
// any query. Null means the receiver may not see the subject now, and nothing is sent.
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequestContext, type ContextDeps } from '../../core/context';
import { toGlobalId } from '../../core/ids';
import type { Viewer } from '../../core/viewer';
import { KINDS, type NotificationKindSpec } from './kinds';

const documents = new Map<string, DocumentNode>();

export function kindDocument(spec: NotificationKindSpec): DocumentNode {
  let doc = documents.get(spec.kind);
  if (!doc) {
    doc = parse(
      `query Notify($id: ID!) { node(id: $id) { __typename ... on ${spec.subjectType} { ${spec.fields} } } }`,
    );
    documents.set(spec.kind, doc);
  }
  return doc;
}

/** Every kind's document, for a test and start-up to check against the schema. */
export const allKindDocuments = () => KINDS.map((k) => ({ kind: k.kind, document: kindDocument(k) }));

export async function readSubject(
  schema: GraphQLSchema,
  deps: ContextDeps,
  viewer: Viewer,
  spec: NotificationKindSpec,
  subjectId: string,
): Promise<Record<string, unknown> | null> {
  const ctx = createRequestContext(deps, viewer);
  const result = await execute({
    schema,
    document: kindDocument(spec),
    contextValue: ctx,
    variableValues: { id: toGlobalId(spec.subjectType, subjectId) },
  });
  if (result.errors?.length) {
    const hidden = result.errors.every((e) => e.extensions?.code === 'NOT_FOUND');
    if (hidden) return null;
    throw new Error(`reading ${spec.kind}: ${result.errors[0].message}`);
  }
  const node = (result.data as { node: Record<string, unknown> | null } | null)?.node ?? null;
  if (!node) return null;
  const { __typename: _t, ...data } = node;
  return data;
}

/** Only these TLP markings may appear in an email; anything else (or unmarked content) is only announced. */
export const EMAIL_SAFE_MARKINGS = new Set(['CLEAR', 'GREEN']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL result of any kind's selection, read by key
export type Data = Record<string, any>;

/** The TLP marking that governs the subject: its own, or its advisory's. */
export function markingOf(data: Data): string | null {
  return (data.marking as string | undefined) ?? (data.advisory?.marking as string | undefined) ?? null;
}

export interface EmailLinks {
  notice: string;
  acknowledge?: string;
  patched?: string;
  unsubscribe: string;
  preferences: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Text for HTML (emails and the link pages). */
export const escapeHtml = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The email. TLP:CLEAR and TLP:GREEN content is shown; for anything else the email only says something needs the
 * reader's attention and links to it: no title, summary, identifier or deadline.
 */
export function renderEmail(spec: NotificationKindSpec, data: Data, links: EmailLinks): RenderedEmail {
  const marking = markingOf(data);
  if (!marking || !EMAIL_SAFE_MARKINGS.has(marking)) {
    const line = marking
      ? 'Something in Concord needs your attention.'
      : `${spec.label}. Something in Concord needs your attention.`;
    return {
      subject: marking ? 'Concord: something needs your attention' : `Concord: ${spec.label.toLowerCase()}`,
      text: `${line}\n\nSign in to read it: ${links.notice}\n\nEmail settings: ${links.preferences}\n`,
      html: `<p>${escapeHtml(line)}</p><p><a href="${escapeHtml(links.notice)}">Sign in to read it</a></p><p><small><a href="${escapeHtml(links.preferences)}">Email settings</a></small></p>`,
    };
  }
  const advisory: Data = data.advisory ?? data;
  const title = (advisory.title ?? data.title ?? data.name ?? '') as string;
  const lines: string[] = [];
  const facts: [string, unknown][] = [];
  if (advisory.summary ?? data.summary) lines.push(String(advisory.summary ?? data.summary));
  facts.push(['Marking', `TLP:${marking}`]);
  if (advisory.priority) facts.push(['Priority', advisory.priority]);
  if (data.severity) facts.push(['Severity', data.severity]);
  if (advisory.acknowledgeBy) facts.push(['Acknowledge by', advisory.acknowledgeBy]);
  if (advisory.patchBy) facts.push(['Patch by', advisory.patchBy]);
  if (data.withdrawalReason) facts.push(['Withdrawn', data.withdrawalReason]);
  const entries = ((advisory.entries ?? []) as Data[]).filter((e) => EMAIL_SAFE_MARKINGS.has(e.marking));
  if (entries.length)
    facts.push([
      'Vulnerabilities',
      entries.map((e) => `${e.key}${e.knownExploited ? ' (known exploited)' : ''}: ${e.title}`).join('; '),
    ]);
  const actions: [string, string][] = [];
  if (links.acknowledge) actions.push(['Acknowledge', links.acknowledge]);
  if (links.patched) actions.push(['Report patched', links.patched]);
  const text = [
    `${spec.label}${title ? `: ${title}` : ''}`,
    '',
    ...lines,
    '',
    ...facts.map(([k, v]) => `${k}: ${String(v)}`),
    '',
    ...actions.map(([k, v]) => `${k}: ${v}`),
    `Open in Concord: ${links.notice}`,
    '',
    `Stop these emails: ${links.unsubscribe}`,
  ].join('\n');
  const html = [
    `<p><strong>TLP:${escapeHtml(marking)}</strong></p>`,
    `<h1>${escapeHtml(spec.label)}${title ? `: ${escapeHtml(title)}` : ''}</h1>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    actions.length
      ? `<p>${actions.map(([k, v]) => `<a href="${escapeHtml(v)}">${escapeHtml(k)}</a>`).join(' · ')}</p>`
      : '',
    `<p><a href="${escapeHtml(links.notice)}">Open in Concord</a></p>`,
    `<p><small><a href="${escapeHtml(links.unsubscribe)}">Stop these emails</a> · <a href="${escapeHtml(links.preferences)}">Email settings</a></small></p>`,
  ].join('\n');
  return { subject: `Concord: ${title || spec.label}`.slice(0, 200), text, html };
}
