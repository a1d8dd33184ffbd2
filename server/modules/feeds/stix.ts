// Clearinghouse entries and advisories as STIX 2.1 objects: a `vulnerability` per entry (its CVE as an external
// reference), a `course-of-action` per remediation with a `mitigates` relationship, a `report` per advisory, the
// clearinghouse's `identity`, and TLP 2.0 markings by the official marking-definition ids. Ids are UUIDv5 of
// Concord's ids, so publishing again updates an object and never duplicates it; `modified` follows the entry.
import { createHash } from 'node:crypto';
import type { ClearinghouseEntry } from '../clearinghouse/entry.entity';
import { EntryStatus } from '../clearinghouse/entry.enums';

/** The namespace of Concord's STIX ids (UUIDv5). */
const NAMESPACE = 'c0bc0f7e-4e3a-5d2c-9a51-14409a1c0c01';

/** RFC 9562 UUIDv5 (SHA-1, name-based); node:crypto makes only v4, and a dependency for ten lines is not worth it. */
export function uuidv5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1')
    .update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const TLP_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** FIRST's TLP 2.0 marking definitions (cti-stix-common-objects), by Concord marking. */
export const TLP_MARKINGS: Record<string, { id: string; name: string; tlp: string }> = {
  CLEAR: { id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', name: 'TLP:CLEAR', tlp: 'clear' },
  GREEN: { id: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb', name: 'TLP:GREEN', tlp: 'green' },
  AMBER: { id: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421', name: 'TLP:AMBER', tlp: 'amber' },
  AMBER_STRICT: {
    id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    name: 'TLP:AMBER+STRICT',
    tlp: 'amber+strict',
  },
  RED: { id: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', name: 'TLP:RED', tlp: 'red' },
};

export function markingDefinition(marking: string) {
  const m = TLP_MARKINGS[marking];
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: m.id,
    created: '2022-10-01T00:00:00.000Z',
    name: m.name,
    extensions: { [TLP_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: m.tlp } },
  };
}

export const CLEARINGHOUSE_IDENTITY = {
  type: 'identity',
  spec_version: '2.1',
  id: `identity--${uuidv5('concord:clearinghouse')}`,
  created: '2026-06-01T00:00:00.000Z',
  modified: '2026-06-01T00:00:00.000Z',
  name: 'Concord AI Cybersecurity Clearinghouse',
  identity_class: 'organization',
  sectors: ['government-national'],
};

const ts = (d: Date | string | number) => new Date(d).toISOString();

export type StixObject = Record<string, unknown> & { id: string; type: string; modified?: string; created?: string };

export const vulnerabilityId = (entryId: string) => `vulnerability--${uuidv5(`entry:${entryId}`)}`;

/** The entry's objects: its vulnerability, and a course of action and `mitigates` relationship per remediation. */
export function entryObjects(e: ClearinghouseEntry, publicUrl: string): StixObject[] {
  const marking = TLP_MARKINGS[e.marking];
  const created = ts(e.publishedAt ?? e.createdAt);
  const modified = ts(Math.max(new Date(e.updatedAt).getTime(), new Date(created).getTime()));
  const refs: Record<string, unknown>[] = [];
  if (e.cve) refs.push({ source_name: 'cve', external_id: e.cve, url: `https://www.cve.org/CVERecord?id=${e.cve}` });
  for (const id of e.identifiers ?? [])
    if (id.type !== 'CVE') refs.push({ source_name: id.type.toLowerCase(), external_id: id.value });
  refs.push({ source_name: 'concord', external_id: e.key, url: `${publicUrl}/.well-known/csaf/` });
  for (const c of e.cwes ?? []) refs.push({ source_name: 'cwe', external_id: c });
  const revoked = [EntryStatus.WITHDRAWN, EntryStatus.REJECTED, EntryStatus.DUPLICATE].includes(e.status);
  const common = {
    spec_version: '2.1',
    created,
    modified,
    created_by_ref: CLEARINGHOUSE_IDENTITY.id,
    object_marking_refs: [marking.id],
    ...(revoked ? { revoked: true } : {}),
  };
  const vuln: StixObject = {
    type: 'vulnerability',
    id: vulnerabilityId(e.id),
    ...common,
    name: e.cve ?? e.key,
    description: e.summary,
    external_references: refs,
    labels: [`severity:${String(e.severity).toLowerCase()}`, ...(e.knownExploited ? ['known-exploited'] : [])],
  };
  const out: StixObject[] = [vuln];
  (e.remediations ?? []).forEach((r, i) => {
    const coa: StixObject = {
      type: 'course-of-action',
      id: `course-of-action--${uuidv5(`entry:${e.id}:remediation:${i}`)}`,
      ...common,
      name: `${String(r.category).toLowerCase().replace(/_/g, ' ')}: ${e.key}`,
      description: r.details,
      ...(r.url ? { external_references: [{ source_name: 'vendor', url: r.url }] } : {}),
    };
    out.push(coa, {
      type: 'relationship',
      id: `relationship--${uuidv5(`entry:${e.id}:remediation:${i}:mitigates`)}`,
      ...common,
      relationship_type: 'mitigates',
      source_ref: coa.id,
      target_ref: vuln.id,
    });
  });
  return out;
}

export interface AdvisoryRow {
  id: string;
  title: string;
  summary: string;
  marking: string;
  status: string;
  published_at: Date;
  updated_at: Date;
  entry_ids: string[];
}

/** An advisory as a STIX report of the entries it is about; a withdrawn advisory is revoked. */
export function advisoryReport(a: AdvisoryRow, visibleEntryIds: Set<string>): StixObject {
  const refs = a.entry_ids.filter((id) => visibleEntryIds.has(id)).map(vulnerabilityId);
  return {
    type: 'report',
    spec_version: '2.1',
    id: `report--${uuidv5(`advisory:${a.id}`)}`,
    created: ts(a.published_at),
    modified: ts(Math.max(new Date(a.updated_at).getTime(), new Date(a.published_at).getTime())),
    created_by_ref: CLEARINGHOUSE_IDENTITY.id,
    object_marking_refs: [TLP_MARKINGS[a.marking].id],
    name: a.title,
    description: a.summary,
    report_types: ['vulnerability'],
    published: ts(a.published_at),
    object_refs: refs.length ? refs : [CLEARINGHOUSE_IDENTITY.id],
    ...(a.status === 'WITHDRAWN' ? { revoked: true } : {}),
  };
}
