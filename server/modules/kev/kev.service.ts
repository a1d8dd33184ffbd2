// CISA's KEV catalog in and out. An import is set-based: per chunk, one statement updates the entries whose KEV
// fields changed (with a timeline event each) and one inserts the new CVEs (keys, entries and timeline events),
// whatever the chunk size. Importing the same catalog again changes nothing.
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { toGlobalId } from '../../core/ids';
import { allow, signedIn } from '../../core/permissions';
import { policy } from '../../core/policy';
import { nextVersion, rawQuery } from '../../core/sql';
import { mutate } from '../../core/transaction';
import fs from 'node:fs';
import { ANONYMOUS, type Viewer, isClearinghouseAnalyst } from '../../core/viewer';
import {
  importRow,
  kevDataFile,
  kevSchemaErrors,
  parseCatalog,
  referencesOf,
  type KevCatalog,
  type KevVulnerability,
} from './kev.catalog';

/** Imports of KEV catalogs run one at a time (a transaction-scoped advisory lock). */
const KEV_IMPORT_LOCK = 7340005;

export interface KevImportResult {
  catalogVersion: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Reference URLs in the catalog's notes that were cleaned (quotes, commas, characters a URI may not hold). */
  referencesCleaned: number;
  /** Addresses in the notes that are not http(s) URLs even after cleaning, and were left out. */
  referencesDropped: number;
}

export interface ImportOptions {
  /** Entries per transaction; the whole catalog in one transaction when not given. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

// The catalog rows of this chunk, as a relation. `kev` is compared as JSON, so the same catalog twice is equal.
const SRC = `src AS (
  SELECT x.cve, x.vendor, x.product, x.name, x.description, ARRAY(SELECT jsonb_array_elements_text(x.cwes))::varchar[] AS cwes,
    ARRAY(SELECT jsonb_array_elements_text(x.refs)) AS refs, x.date_added::timestamptz AS date_added, x.kev
  FROM jsonb_to_recordset(CAST(:kev_rows AS jsonb)) AS x(cve text, vendor text, product text, name text, description text, cwes jsonb, refs jsonb, date_added text, kev jsonb))`;

/** Updates visible entries holding a catalog CVE whose KEV fields differ; one timeline event each. */
async function updateChanged(
  ctx: Pick<RequestContext, 'viewer'>,
  m: EntityManager,
  rows: unknown[],
  version: string,
  now: Date,
): Promise<string[]> {
  const vis = policy.entry(ctx.viewer, 'e', now);
  const changed = await rawQuery<{ id: string }>(
    m,
    `WITH ${SRC},
     cur AS (
       SELECT DISTINCT ON (s.cve) e.id, e.status, s.*, COALESCE((e.kev->>'imported')::boolean, false) AS imported,
         array_remove(ARRAY[
           CASE WHEN NOT e.known_exploited THEN 'knownExploited' END,
           CASE WHEN e.kev->'dateAdded' IS DISTINCT FROM s.kev->'dateAdded' THEN 'dateAdded' END,
           CASE WHEN e.kev->'dueDate' IS DISTINCT FROM s.kev->'dueDate' THEN 'dueDate' END,
           CASE WHEN e.kev->'requiredAction' IS DISTINCT FROM s.kev->'requiredAction' THEN 'requiredAction' END,
           CASE WHEN e.kev->'knownRansomwareCampaignUse' IS DISTINCT FROM s.kev->'knownRansomwareCampaignUse' THEN 'knownRansomwareCampaignUse' END,
           CASE WHEN e.kev->'vendorProject' IS DISTINCT FROM s.kev->'vendorProject' OR e.kev->'product' IS DISTINCT FROM s.kev->'product' THEN 'vendorProduct' END,
           CASE WHEN e.kev->'notes' IS DISTINCT FROM s.kev->'notes' THEN 'notes' END,
           CASE WHEN COALESCE((e.kev->>'imported')::boolean, false) AND e.title IS DISTINCT FROM s.name THEN 'vulnerabilityName' END,
           CASE WHEN COALESCE((e.kev->>'imported')::boolean, false) AND e.summary IS DISTINCT FROM s.description THEN 'shortDescription' END,
           CASE WHEN COALESCE((e.kev->>'imported')::boolean, false) AND e.cwes IS DISTINCT FROM s.cwes THEN 'cwes' END,
           CASE WHEN COALESCE((e.kev->>'imported')::boolean, false) AND e.reference_urls IS DISTINCT FROM s.refs THEN 'references' END
         ], NULL) AS diff
       FROM src s JOIN clearinghouse_entry e ON e.cve = s.cve
       WHERE ${vis.sql}
       ORDER BY s.cve, COALESCE((e.kev->>'imported')::boolean, false) DESC, (e.possible_duplicate_of_id IS NULL) DESC, e.created_at
     ),
     upd AS (
       UPDATE clearinghouse_entry e SET
         known_exploited = true,
         kev = c.kev || jsonb_build_object('imported', c.imported),
         title = CASE WHEN c.imported THEN c.name ELSE e.title END,
         summary = CASE WHEN c.imported THEN c.description ELSE e.summary END,
         cwes = CASE WHEN c.imported THEN c.cwes ELSE e.cwes END,
         reference_urls = CASE WHEN c.imported THEN c.refs ELSE ARRAY(SELECT DISTINCT unnest(e.reference_urls || c.refs)) END,
         affected = CASE WHEN c.imported THEN jsonb_build_array(jsonb_build_object('vendor', c.vendor, 'product', c.product, 'versionRange', '*', 'fixedIn', NULL, 'purl', NULL)) ELSE e.affected END,
         version = ${nextVersion('e')}, updated_at = :kev_now
       FROM cur c WHERE e.id = c.id AND cardinality(c.diff) > 0
       RETURNING e.id, e.status, c.diff
     )
     INSERT INTO timeline_event (subject_type, subject_id, at, actor_user_id, actor_organization_id, action, from_status, to_status, note, government_only)
     SELECT 'ClearinghouseEntry', upd.id, :kev_now, :kev_user, :kev_org, 'importKev', upd.status, upd.status,
       'KEV catalog ' || :kev_version || ' changed ' || array_to_string(upd.diff, ', '), false
     FROM upd RETURNING subject_id AS id`,
    {
      ...vis.params,
      kev_rows: JSON.stringify(rows),
      kev_now: now,
      kev_user: ctx.viewer.userId ?? null,
      kev_org: ctx.viewer.organizationId ?? null,
      kev_version: version,
    },
  );
  return changed.map((r) => r.id);
}

/**
 * Inserts the catalog CVEs no visible entry holds, TLP:CLEAR and validated, with gapless keys taken in one step
 * from the year's counter. A CVE held only by an entry the importer may not see is imported beside it, marked as
 * its possible duplicate (as a report would be), so the answer reveals nothing about the hidden entry.
 */
async function insertNew(
  ctx: Pick<RequestContext, 'viewer'>,
  m: EntityManager,
  rows: unknown[],
  version: string,
  now: Date,
): Promise<string[]> {
  const vis = policy.entry(ctx.viewer, 'e', now);
  const year = now.getUTCFullYear();
  const created = await rawQuery<{ id: string }>(
    m,
    `WITH ${SRC},
     fresh AS (
       SELECT s.*, row_number() OVER (ORDER BY s.date_added, s.cve) AS n,
         (SELECT h.id FROM clearinghouse_entry h WHERE h.cve = s.cve AND h.possible_duplicate_of_id IS NULL) AS hidden_holder
       FROM src s WHERE NOT EXISTS (SELECT 1 FROM clearinghouse_entry e WHERE e.cve = s.cve AND ${vis.sql})
     ),
     ctr AS (
       INSERT INTO entry_key_counter (year, last) SELECT :kev_year, count(*) FROM fresh HAVING count(*) > 0
       ON CONFLICT (year) DO UPDATE SET last = entry_key_counter.last + EXCLUDED.last RETURNING last
     ),
     ins AS (
       INSERT INTO clearinghouse_entry (key, cve, identifiers, title, summary, cwes, severity, known_exploited, kev, affected, reported_by_id, reported_by_user_id,
         marking, status, published_at, reference_urls, possible_duplicate_of_id, created_at, updated_at)
       SELECT 'ACC-' || :kev_year || '-' || lpad((ctr.last - (SELECT count(*) FROM fresh) + f.n)::text, 5, '0'), f.cve,
         jsonb_build_array(jsonb_build_object('type', 'CVE', 'value', f.cve)), f.name, f.description, f.cwes, 'HIGH', true,
         f.kev || jsonb_build_object('imported', true),
         jsonb_build_array(jsonb_build_object('vendor', f.vendor, 'product', f.product, 'versionRange', '*', 'fixedIn', NULL, 'purl', NULL)),
         :kev_org, :kev_user, 'CLEAR', 'VALIDATED', f.date_added, f.refs, f.hidden_holder, :kev_now, :kev_now
       FROM fresh f CROSS JOIN ctr
       RETURNING id
     )
     INSERT INTO timeline_event (subject_type, subject_id, at, actor_user_id, actor_organization_id, action, from_status, to_status, note, government_only)
     SELECT 'ClearinghouseEntry', ins.id, :kev_now, :kev_user, :kev_org, 'importKev', NULL, 'VALIDATED', 'Imported from KEV catalog ' || :kev_version, false
     FROM ins RETURNING subject_id AS id`,
    {
      ...vis.params,
      kev_rows: JSON.stringify(rows),
      kev_now: now,
      kev_user: ctx.viewer.userId ?? null,
      kev_org: ctx.viewer.organizationId,
      kev_version: version,
      kev_year: year,
    },
  );
  return created.map((r) => r.id);
}

/** One chunk of a catalog in the caller's transaction: changed entries updated, new CVEs inserted. */
export async function importChunk(
  ctx: Pick<RequestContext, 'viewer'>,
  m: EntityManager,
  rows: ReturnType<typeof importRow>[],
  version: string,
  now: Date,
) {
  await m.query('SELECT pg_advisory_xact_lock($1)', [KEV_IMPORT_LOCK]);
  const changed = await updateChanged(ctx, m, rows, version, now);
  const fresh = await insertNew(ctx, m, rows, version, now);
  return { changed, fresh };
}

/** The demo's catalog (data/kev/), imported as `viewer` in the seeding transaction. */
export async function seedKevCatalog(m: EntityManager, viewer: Viewer, now: Date): Promise<number> {
  const catalog = parseCatalog(
    JSON.parse(fs.readFileSync(kevDataFile('known_exploited_vulnerabilities.json'), 'utf8')),
  );
  const { fresh } = await importChunk(
    { viewer },
    m,
    catalog.vulnerabilities.map(importRow),
    catalog.catalogVersion,
    now,
  );
  return fresh.length;
}

export const kevService = {
  /** Validates `doc` against CISA's schema, then imports it (clearinghouse analysts). */
  async importCatalog(ctx: RequestContext, doc: unknown, opts: ImportOptions = {}): Promise<KevImportResult> {
    signedIn(ctx.viewer);
    allow(
      isClearinghouseAnalyst(ctx.viewer),
      'CLEARINGHOUSE_OPERATOR',
      'Only clearinghouse analysts import the KEV catalog.',
    );
    const catalog = parseCatalog(doc);
    const all = catalog.vulnerabilities;
    const size = opts.chunkSize && opts.chunkSize > 0 ? opts.chunkSize : Math.max(all.length, 1);
    let created = 0;
    let updated = 0;
    opts.onProgress?.(0, all.length);
    for (let i = 0; i < all.length; i += size) {
      const chunk = all.slice(i, i + size).map(importRow);
      const now = ctx.clock.now();
      await mutate(ctx, 'importKevCatalog', async (tx) => {
        const m = tx.db;
        const { fresh, changed } = await importChunk(ctx, m, chunk, catalog.catalogVersion, now);
        created += fresh.length;
        updated += changed.length;
        return {
          result: [...fresh, ...changed],
          subjects: [...fresh, ...changed].map((id) => toGlobalId('ClearinghouseEntry', id)),
        };
      });
      opts.onProgress?.(Math.min(i + size, all.length), all.length);
    }
    const references = all.map((v) => referencesOf(v.notes));
    return {
      catalogVersion: catalog.catalogVersion,
      total: all.length,
      created,
      updated,
      unchanged: all.length - created - updated,
      referencesCleaned: references.reduce((n, r) => n + r.cleaned, 0),
      referencesDropped: references.reduce((n, r) => n + r.dropped, 0),
    };
  },

  /**
   * Concord's KEV-listed CLEAR entries in CISA's catalog format, exactly what an anonymous caller may see
   * (published, out of embargo, TLP:CLEAR), newest additions first. Valid against CISA's schema.
   */
  async feed(ctx: Pick<RequestContext, 'db' | 'clock'>): Promise<{ catalog: KevCatalog; lastModified: Date }> {
    const now = ctx.clock.now();
    const vis = policy.entry(ANONYMOUS, 'e', now);
    const rows = await rawQuery<{
      cve: string;
      title: string;
      summary: string;
      cwes: string[];
      kev: Record<string, string>;
      affected: { vendor: string; product: string }[];
      updated_at: Date;
    }>(
      ctx.db,
      `SELECT e.cve, e.title, e.summary, e.cwes, e.kev, e.affected, e.updated_at FROM clearinghouse_entry e
       WHERE e.known_exploited AND e.kev IS NOT NULL AND e.cve IS NOT NULL AND e.marking = 'CLEAR' AND ${vis.sql}
       ORDER BY e.kev->>'dateAdded' DESC, e.cve DESC`,
      vis.params,
    );
    const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);
    const vulnerabilities: KevVulnerability[] = rows.map((r) => ({
      cveID: r.cve,
      vendorProject: r.kev.vendorProject ?? r.affected[0]?.vendor ?? 'Unknown',
      product: r.kev.product ?? r.affected[0]?.product ?? 'Unknown',
      vulnerabilityName: r.title,
      dateAdded: day(r.kev.dateAdded),
      shortDescription: r.summary,
      requiredAction: r.kev.requiredAction,
      dueDate: day(r.kev.dueDate),
      knownRansomwareCampaignUse: r.kev.knownRansomwareCampaignUse ?? 'Unknown',
      notes: r.kev.notes ?? '',
      cwes: r.cwes,
    }));
    const lastModified = rows.reduce(
      (max, r) => (new Date(r.updated_at) > max ? new Date(r.updated_at) : max),
      new Date(0),
    );
    const released = rows.length ? lastModified : now;
    const catalog: KevCatalog = {
      title: 'Concord: Known Exploited Vulnerabilities (TLP:CLEAR clearinghouse entries)',
      catalogVersion: released.toISOString().slice(0, 10).replaceAll('-', '.'),
      dateReleased: released.toISOString(),
      count: vulnerabilities.length,
      vulnerabilities,
    };
    return { catalog, lastModified: released };
  },

  schemaErrors: kevSchemaErrors,
};
