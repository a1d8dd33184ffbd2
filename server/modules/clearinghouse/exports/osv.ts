// An entry as an OSV record (ossf/osv-schema). Concord is not a registered OSV database, so ids use "x_".
import { PackageURL } from 'packageurl-js';
import type { ClearinghouseEntry } from '../entry.entity';
import { CvssVersion, EntryStatus, IdentifierType } from '../entry.enums';
import { osvVersions } from './version-range';

const ECOSYSTEMS: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
  hackage: 'Hackage',
  swift: 'SwiftURL',
  cran: 'CRAN',
  deb: 'Debian',
  apk: 'Alpine',
  github: 'GitHub Actions',
};

const iso = (d: Date | string) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function toOsv(entry: ClearinghouseEntry): Record<string, unknown> {
  const aliases = entry.identifiers
    .filter((i) => i.type === IdentifierType.CVE || i.type === IdentifierType.GHSA)
    .map((i) => i.value);
  const affected = entry.affected.flatMap((a) => {
    if (!a.purl) return [];
    const purl = PackageURL.fromString(a.purl);
    const ecosystem = ECOSYSTEMS[purl.type];
    if (!ecosystem) return [];
    const name = purl.namespace ? `${purl.namespace}${purl.type === 'maven' ? ':' : '/'}${purl.name}` : purl.name;
    const versions = osvVersions(ecosystem, a.versionRange, a.fixedIn);
    return [
      {
        package: {
          ecosystem,
          name,
          purl: new PackageURL(purl.type, purl.namespace, purl.name, null, null, null).toString(),
        },
        ...(versions ?? {}),
        database_specific: { version_range: a.versionRange, vendor: a.vendor, product: a.product },
      },
    ];
  });
  const severity = entry.cvss
    ? [{ type: entry.cvss.version === CvssVersion.V4_0 ? 'CVSS_V4' : 'CVSS_V3', score: entry.cvss.vector }]
    : undefined;
  const references = [
    ...entry.remediations
      .filter((r) => r.url)
      .map((r) => ({ type: r.category === 'VENDOR_FIX' ? 'FIX' : 'ADVISORY', url: r.url! })),
    ...(entry.references ?? []).map((url) => ({ type: 'WEB', url })),
  ];
  return {
    schema_version: '1.6.0',
    id: `x_${entry.key}`,
    modified: iso(entry.updatedAt),
    ...(entry.publishedAt ? { published: iso(entry.publishedAt) } : {}),
    ...(entry.status === EntryStatus.WITHDRAWN || entry.status === EntryStatus.REJECTED
      ? { withdrawn: iso(entry.updatedAt) }
      : {}),
    ...(aliases.length ? { aliases } : {}),
    summary: entry.title,
    details: [entry.summary, entry.details].filter(Boolean).join('\n\n'),
    ...(severity ? { severity } : {}),
    affected,
    ...(references.length ? { references } : {}),
    database_specific: {
      key: entry.key,
      status: entry.status,
      severity: entry.severity,
      cwe_ids: entry.cwes,
      tlp: entry.marking,
      sectors: entry.sectors,
      known_exploited: entry.knownExploited,
      affected_products: entry.affected.map((a) => ({
        vendor: a.vendor,
        product: a.product,
        version_range: a.versionRange,
        fixed_in: a.fixedIn ?? null,
      })),
    },
  };
}
