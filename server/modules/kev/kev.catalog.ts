// CISA's Known Exploited Vulnerabilities catalog format: its JSON schema (shipped in data/kev/), validation of
// catalogs coming in and of the feed going out, and the mapping between a catalog entry and a clearinghouse
// entry's KEV fields.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { BadInputError } from '../../core/errors';
import { webUrlsIn } from '../../core/urls';

export interface KevVulnerability {
  cveID: string;
  vendorProject: string;
  product: string;
  vulnerabilityName: string;
  dateAdded: string;
  shortDescription: string;
  requiredAction: string;
  dueDate: string;
  knownRansomwareCampaignUse?: string;
  notes?: string;
  cwes?: string[];
}

export interface KevCatalog {
  title?: string;
  catalogVersion: string;
  dateReleased: string;
  count: number;
  vulnerabilities: KevVulnerability[];
}

/** The most entries one import takes (CISA's catalog holds about 1,500). */
export const MAX_CATALOG_ENTRIES = 50_000;

/** data/kev/ from the source tree (server/modules/kev) or the compiled one (dist/server/modules/kev). */
export function kevDataFile(name: string): string {
  for (const up of ['../../..', '../../../..']) {
    const candidate = path.resolve(__dirname, up, 'data', 'kev', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`data/kev/${name} is missing from this installation`);
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(
      JSON.parse(fs.readFileSync(kevDataFile('known_exploited_vulnerabilities_schema.json'), 'utf8')),
    );
  }
  return validator;
}

/** The errors of `doc` against CISA's schema (empty when valid). */
export function kevSchemaErrors(doc: unknown): string[] {
  const check = validate();
  if (check(doc)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** A catalog as CISA publishes it, or BAD_USER_INPUT naming where it is not. */
export function parseCatalog(doc: unknown): KevCatalog {
  const errors = kevSchemaErrors(doc);
  if (errors.length) {
    const fields = Object.fromEntries(
      errors
        .slice(0, 10)
        .map((e) => [
          `catalog${e.split(' ')[0] === '/' ? '' : e.split(' ')[0].replaceAll('/', '.')}`,
          e.slice(e.indexOf(' ') + 1),
        ]),
    );
    throw new BadInputError(
      `The catalog does not follow CISA's KEV schema (${errors.length} problem${errors.length === 1 ? '' : 's'}).`,
      fields,
    );
  }
  const catalog = doc as KevCatalog;
  if (catalog.vulnerabilities.length > MAX_CATALOG_ENTRIES)
    throw new BadInputError(`A catalog holds at most ${MAX_CATALOG_ENTRIES} entries.`, {
      'catalog.vulnerabilities': `more than ${MAX_CATALOG_ENTRIES}`,
    });
  const seen = new Set<string>();
  catalog.vulnerabilities.forEach((v, i) => {
    if (seen.has(v.cveID))
      throw new BadInputError(`${v.cveID} appears twice in the catalog.`, {
        [`catalog.vulnerabilities[${i}].cveID`]: 'duplicate',
      });
    seen.add(v.cveID);
    for (const [k, d] of [
      ['dateAdded', v.dateAdded],
      ['dueDate', v.dueDate],
    ] as const) {
      if (Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
        throw new BadInputError(`${v.cveID}: ${k} is not a date.`, {
          [`catalog.vulnerabilities[${i}].${k}`]: 'not a date',
        });
    }
  });
  return catalog;
}

/** The URLs in a KEV `notes` field (CISA separates them with " ; "). */
/**
 * The reference URLs in a catalog entry's notes, which CISA writes as prose with addresses separated by " ; " or
 * ", " (and sometimes a stray `",` after one): each cleaned by core/urls.ts's rule, with what was cleaned or dropped.
 */
export function referencesOf(notes: string | undefined): { urls: string[]; cleaned: number; dropped: number } {
  return webUrlsIn(notes);
}

const midnight = (d: string) => `${d}T00:00:00.000Z`;

/** The row one catalog entry becomes (the KEV fields are stored as the entry's `kev` JSON). */
export function importRow(v: KevVulnerability) {
  return {
    cve: v.cveID,
    vendor: v.vendorProject,
    product: v.product,
    name: v.vulnerabilityName.slice(0, 300),
    description: v.shortDescription,
    cwes: [...new Set(v.cwes ?? [])],
    refs: referencesOf(v.notes).urls,
    date_added: midnight(v.dateAdded),
    kev: {
      dateAdded: midnight(v.dateAdded),
      dueDate: midnight(v.dueDate),
      requiredAction: v.requiredAction,
      knownRansomwareCampaignUse: v.knownRansomwareCampaignUse ?? 'Unknown',
      vendorProject: v.vendorProject,
      product: v.product,
      notes: v.notes ?? '',
    },
  };
}
