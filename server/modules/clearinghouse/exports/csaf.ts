// An entry as a CSAF 2.0 document: a csaf_security_advisory (product tree, one vulnerability, scores,
// remediations) when it names affected products, and csaf_base otherwise (the security-advisory profile requires
// a product tree and product status). CSAF 2.0 predates TLP 2.0: CLEAR is WHITE and AMBER+STRICT is AMBER with a
// note. Every document passes the OASIS schema and the mandatory tests of BSI's validator (tests/exports.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { ClearinghouseEntry } from '../entry.entity';
import { CvssVersion, EntryStatus, IdentifierType, Severity } from '../entry.enums';

const TLP_LABEL: Record<string, string> = {
  CLEAR: 'WHITE',
  GREEN: 'GREEN',
  AMBER: 'AMBER',
  AMBER_STRICT: 'AMBER',
  RED: 'RED',
};
const REMEDIATION: Record<string, string> = {
  VENDOR_FIX: 'vendor_fix',
  WORKAROUND: 'workaround',
  MITIGATION: 'mitigation',
  NO_FIX_PLANNED: 'no_fix_planned',
  NONE_AVAILABLE: 'none_available',
};
const SEVERITY: Record<Severity, string> = {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
  NONE: 'NONE',
};

const iso = (d: Date | string) => new Date(d).toISOString();

export interface Revision {
  date: Date | string;
  summary: string;
}

let cweNames: Record<string, string> | undefined;
/** CWE names as the CWE catalog writes them (mandatory test 6.1.11), from data/cwe/. */
function cweName(id: string): string | undefined {
  if (!cweNames) {
    const file = ['../../../..', '../../../../..']
      .map((up) => path.resolve(__dirname, up, 'data/cwe/cwe-names.json'))
      .find((f) => fs.existsSync(f));
    cweNames = file ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  }
  return cweNames![id];
}

export function toCsaf(
  entry: ClearinghouseEntry,
  timeline: Revision[] = [],
  publisherNamespace = 'https://concord.example.gov',
): Record<string, unknown> {
  const affectedIds: string[] = [];
  const fixedIds: string[] = [];
  const vendors = new Map<string, { category: string; name: string; branches: unknown[] }>();
  entry.affected.forEach((a, i) => {
    const vendor = vendors.get(a.vendor) ?? { category: 'vendor', name: a.vendor, branches: [] as unknown[] };
    vendors.set(a.vendor, vendor);
    const helper = a.purl ? { product_identification_helper: { purl: a.purl } } : {};
    const versions: unknown[] = [
      {
        category: 'product_version_range',
        name: `vers:generic/${a.versionRange.replace(/\s+/g, '|')}`,
        product: { product_id: `CP-${i + 1}`, name: `${a.vendor} ${a.product} ${a.versionRange}`, ...helper },
      },
    ];
    affectedIds.push(`CP-${i + 1}`);
    if (a.fixedIn) {
      versions.push({
        category: 'product_version',
        name: a.fixedIn,
        product: { product_id: `CP-${i + 1}-FIX`, name: `${a.vendor} ${a.product} ${a.fixedIn}`, ...helper },
      });
      fixedIds.push(`CP-${i + 1}-FIX`);
    }
    vendor.branches.push({ category: 'product_name', name: a.product, branches: versions });
  });
  const cve = entry.identifiers.find((i) => i.type === IdentifierType.CVE)?.value;
  const otherIds = entry.identifiers
    .filter((i) => i.type !== IdentifierType.CVE)
    .map((i) => ({ system_name: i.type, text: i.value }));
  const scores =
    entry.cvss && entry.cvss.version !== CvssVersion.V4_0 && affectedIds.length
      ? [
          {
            products: affectedIds,
            cvss_v3: {
              version: entry.cvss.version === CvssVersion.V3_1 ? '3.1' : '3.0',
              vectorString: entry.cvss.vector,
              baseScore: entry.cvss.baseScore,
              baseSeverity: SEVERITY[entry.severity],
            },
          },
        ]
      : [];
  const remediations = entry.remediations.map((r) => ({
    category: REMEDIATION[r.category],
    details: r.details,
    ...(r.url ? { url: r.url } : {}),
    ...(r.availableAt ? { date: iso(r.availableAt) } : {}),
    product_ids:
      r.category === 'VENDOR_FIX' && fixedIds.length ? fixedIds : affectedIds.length ? affectedIds : ['CP-0'],
  }));
  const final = [EntryStatus.RESOLVED, EntryStatus.WITHDRAWN, EntryStatus.REJECTED, EntryStatus.DUPLICATE].includes(
    entry.status,
  );
  const status = final ? 'final' : entry.status === EntryStatus.REPORTED ? 'draft' : 'interim';
  const released = iso(entry.publishedAt ?? entry.createdAt);
  // The revision history is the timeline, numbered from 1 and sorted; a draft is version 0 (mandatory tests
  // 6.1.14, 6.1.16, 6.1.17 and 6.1.21). Revisions never predate the initial release.
  const steps = timeline.length ? timeline : [{ date: entry.updatedAt, summary: `Status ${entry.status}` }];
  const revisions =
    status === 'draft'
      ? [{ date: iso(entry.createdAt), number: '0', summary: 'Reported; not yet validated.' }]
      : steps.map((t, i) => ({
          date: iso(new Date(Math.max(new Date(t.date).getTime(), new Date(released).getTime()))),
          number: String(i + 1),
          summary: t.summary,
        }));
  const last = revisions[revisions.length - 1];
  const named = entry.cwes.map((id) => ({ id, name: cweName(id) })).find((c) => c.name);
  const unnamed = entry.cwes.filter((id) => id !== named?.id);
  const advisory = affectedIds.length > 0;
  return {
    document: {
      category: advisory ? 'csaf_security_advisory' : 'csaf_base',
      csaf_version: '2.0',
      title: entry.title,
      lang: 'en',
      publisher: {
        category: 'coordinator',
        name: 'Concord AI Cybersecurity Clearinghouse',
        namespace: publisherNamespace,
      },
      distribution: {
        text:
          entry.marking === 'AMBER_STRICT'
            ? 'TLP:AMBER+STRICT - the recipient organization only.'
            : `TLP:${entry.marking}`,
        tlp: { label: TLP_LABEL[entry.marking], url: 'https://www.first.org/tlp/' },
      },
      notes: [{ category: 'summary', title: 'Summary', text: entry.summary }],
      ...(entry.references?.length
        ? { references: entry.references.map((url) => ({ category: 'external', summary: 'Reference', url })) }
        : {}),
      tracking: {
        id: entry.key,
        status,
        version: last.number,
        initial_release_date: released,
        current_release_date: last.date > released ? last.date : released,
        revision_history: revisions,
      },
    },
    ...(advisory ? { product_tree: { branches: [...vendors.values()] } } : {}),
    vulnerabilities: [
      {
        ...(cve ? { cve } : {}),
        ...(otherIds.length ? { ids: otherIds } : {}),
        ...(named ? { cwe: { id: named.id, name: named.name } } : {}),
        title: entry.title,
        notes: [
          { category: 'summary', text: entry.summary },
          ...(entry.details ? [{ category: 'details', text: entry.details }] : []),
          ...(unnamed.length ? [{ category: 'other', title: 'Further CWEs', text: unnamed.join(', ') }] : []),
          ...(entry.cvss?.version === CvssVersion.V4_0
            ? [{ category: 'other', title: 'CVSS 4.0', text: entry.cvss.vector }]
            : []),
        ],
        ...(advisory
          ? { product_status: { known_affected: affectedIds, ...(fixedIds.length ? { fixed: fixedIds } : {}) } }
          : {}),
        ...(scores.length ? { scores } : {}),
        ...(remediations.length && advisory ? { remediations } : {}),
        ...(entry.knownExploited && entry.kev
          ? {
              threats: [
                {
                  category: 'exploit_status',
                  details: `Known exploited. KEV: added ${iso(entry.kev.dateAdded)}, due ${iso(entry.kev.dueDate)}. ${entry.kev.requiredAction}`,
                  date: iso(entry.kev.dateAdded),
                },
              ],
            }
          : {}),
      },
    ],
  };
}
