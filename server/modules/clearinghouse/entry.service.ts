import { emit } from '../../core/outbox';
import type { ListSource } from '../../core/reads';
import { isUniqueViolation } from '../../core/sql';
import { defineOrder, type OrderValue } from '../../core/ordering';
import { PackageURL } from 'packageurl-js';
import { allow, assertVisible, loadForAction, signedIn } from '../../core/permissions';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { applyCondition, ConnectionArgs, cursorFits, OrderDirection, paginate, type Sort } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError, ConflictError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { Marking } from '../../core/marking';
import { policy } from '../../core/policy';
import { mutate } from '../../core/transaction';
import { transition } from '../../core/lifecycle';
import { isClearinghouseAnalyst, isDeveloperMember } from '../../core/viewer';
import { frontierModelLoader } from '../models/frontier-model.loaders';
import { scoreCvss, severityFor } from './cvss';
import { ClearinghouseEntry } from './entry.entity';
import { EntryStatus, IdentifierType, Severity } from './entry.enums';
import {
  AddRemediationInput,
  CVE_PATTERN,
  EntryFilter,
  EntryTransitionInput,
  GHSA_PATTERN,
  MarkDuplicateInput,
  MarkKnownExploitedInput,
  ReportEntryInput,
  UpdateEntryInput,
} from './entry.inputs';
import { entryLifecycle, type EntryAction } from './entry.lifecycle';
import { entryLoader } from './entry.loaders';
import type { AffectedProduct, EntryIdentifier } from './entry.types';
import { expectWebUrl } from '../../core/urls';

export const ENTRY_UPDATED = 'entryUpdated';

const SEVERITY_SQL =
  "CASE e.severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END";

export const EntryOrder = defineOrder(
  'Entry',
  {
    UPDATED_AT: { description: 'By last change.', sort: { expr: 'e.updated_at', cast: 'timestamptz' } },
    PUBLISHED_AT: {
      description: 'By publication (unpublished last when descending).',
      sort: { expr: "COALESCE(e.published_at, '-infinity'::timestamptz)", cast: 'timestamptz' },
    },
    SEVERITY: { description: 'By severity.', sort: { expr: SEVERITY_SQL, cast: 'int' } },
    CVSS_SCORE: {
      description: 'By CVSS base score (unscored lowest).',
      sort: { expr: 'COALESCE(e.cvss_score, -1)', cast: 'numeric' },
    },
    // With a search text, the full-text rank (search() puts it in); without one, last change.
    RELEVANCE: {
      description: 'By full-text rank (with `search`; without it, by last change).',
      sort: { expr: 'e.updated_at', cast: 'timestamptz' },
    },
  },
  { field: 'RELEVANCE', direction: OrderDirection.DESC },
);
export type EntryOrderValue = OrderValue<keyof typeof EntryOrder.Field>;

function checkIdentifiers(ids: EntryIdentifier[]): { cve: string | null; identifiers: EntryIdentifier[] } {
  const cves = ids.filter((i) => i.type === IdentifierType.CVE);
  if (cves.length > 1)
    throw new BadInputError('An entry has at most one CVE id (one entry per CVE).', { identifiers: 'at most one CVE' });
  ids.forEach((i, n) => {
    if (i.type === IdentifierType.CVE && !CVE_PATTERN.test(i.value))
      throw new BadInputError(`${i.value} is not a CVE id.`, { [`identifiers[${n}].value`]: 'expected CVE-YYYY-NNNN' });
    if (i.type === IdentifierType.GHSA && !GHSA_PATTERN.test(i.value))
      throw new BadInputError(`${i.value} is not a GHSA id.`, {
        [`identifiers[${n}].value`]: 'expected GHSA-xxxx-xxxx-xxxx',
      });
  });
  const unique = [...new Map(ids.map((i) => [`${i.type}:${i.value}`, { type: i.type, value: i.value }])).values()];
  return { cve: cves[0]?.value ?? null, identifiers: unique };
}

function checkAffected(affected: AffectedProduct[]): AffectedProduct[] {
  return affected.map((a, n) => {
    if (a.purl) {
      try {
        PackageURL.fromString(a.purl);
      } catch (e) {
        throw new BadInputError(`affected[${n}].purl is not a valid package URL.`, {
          [`affected[${n}].purl`]: (e as Error).message,
        });
      }
    }
    return {
      vendor: a.vendor,
      product: a.product,
      versionRange: a.versionRange,
      fixedIn: a.fixedIn ?? null,
      purl: a.purl ?? null,
    };
  });
}

function scoring(input: { cvss?: { vector: string; baseScore?: number } | null; severity?: Severity | null }) {
  if (!input.cvss) return { cvss: null, cvssScore: null, severity: input.severity ?? Severity.NONE };
  const scored = scoreCvss(input.cvss.vector, input.cvss.baseScore);
  if (input.severity && input.severity !== severityFor(scored.baseScore)) {
    throw new BadInputError(
      `severity must follow the CVSS score ${scored.baseScore} (${severityFor(scored.baseScore)}).`,
      { severity: `the score gives ${severityFor(scored.baseScore)}` },
    );
  }
  return { cvss: scored, cvssScore: scored.baseScore, severity: severityFor(scored.baseScore) };
}

async function nextKey(m: EntityManager, year: number): Promise<string> {
  // The counter row stays locked until commit and rolls back with a failed report: keys have no gaps.
  const [row]: { last: number }[] = await m.query(
    'INSERT INTO entry_key_counter (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = entry_key_counter.last + 1 RETURNING last',
    [year],
  );
  return `ACC-${year}-${String(row.last).padStart(5, '0')}`;
}

const loadForAnalyst = (ctx: RequestContext, globalId: string) =>
  loadForAction(ctx.viewer, () => entryLoader(ctx).load(expectGlobalId(globalId, 'ClearinghouseEntry', 'id')), {
    allowed: () => isClearinghouseAnalyst(ctx.viewer),
    required: 'CLEARINGHOUSE_OPERATOR',
    message: 'Only clearinghouse analysts move entries.',
  });

async function move(
  ctx: RequestContext,
  entry: ClearinghouseEntry,
  action: EntryAction,
  values: (locked: ClearinghouseEntry) => Partial<ClearinghouseEntry> = () => ({}),
  note?: string | null,
  expectedVersion?: number,
) {
  const result = await transition(ctx, entryLifecycle, {
    id: entry.id,
    action,
    auditAction: action === 'edit' ? 'updateClearinghouseEntry' : `${action}ClearinghouseEntry`,
    emit: 'entry.updated',
    expectedVersion,
    changes: (locked) => values(locked),
    note,
  });
  ctx.pubsub.publish(ENTRY_UPDATED, { entryId: result.id });
  return result;
}

/** `entries` without search text or filters, for compiled reads (core/reads.ts); search() adds them to this base. */
export const ENTRIES: ListSource<ClearinghouseEntry> = {
  type: 'ClearinghouseEntry',
  alias: 'e',
  base: (ctx) =>
    applyCondition(
      ctx.db.getRepository(ClearinghouseEntry).createQueryBuilder('e'),
      policy.entry(ctx.viewer, 'e', ctx.clock.now()),
    ),
  order: EntryOrder,
};

/** A search matching more entries than this (that the caller may see) is broad: see relevance(). */
export const EXACT_RANK_LIMIT = 1000;
// With a search text RELEVANCE is the rank, a function of the row and the query only, so it can serve as a
// keyset. ts_rank is a real: the cursor casts its text back to real (exact since PostgreSQL 12's float output),
// never to numeric, which compares unequal to the real it came from and repeats rows forever.
const RANK: Sort = { expr: "ts_rank(e.search, websearch_to_tsquery('english', :q))", cast: 'real' };
const WEIGHT: Sort = { expr: 'e.search_weight', cast: 'float8' };

/**
 * RELEVANCE with a search text. Exact ranking reads and ranks every match, so its cost follows the matches, not
 * the page. A search matching at most EXACT_RANK_LIMIT entries is ranked exactly; a broader one walks the matches
 * by their precomputed search weight (known exploited, severity, CVSS score, recency) through a btree index and
 * stops at the page. A cursor keeps the order it was made in; a first page asks how many match, up to the limit.
 */
async function relevance(
  ctx: RequestContext,
  qb: SelectQueryBuilder<ClearinghouseEntry>,
  direction: OrderDirection,
  args: ConnectionArgs,
): Promise<Sort> {
  const cursor = args.after ?? args.before;
  if (cursor) return cursorFits(cursor, WEIGHT, direction, qb) ? WEIGHT : RANK;
  const [sql, params] = qb
    .clone()
    .select('1')
    .limit(EXACT_RANK_LIMIT + 1)
    .getQueryAndParameters();
  const [{ n }]: { n: number }[] = await ctx.db.query(`SELECT count(*)::int AS n FROM (${sql}) matches`, params);
  return n > EXACT_RANK_LIMIT ? WEIGHT : RANK;
}

export const entryService = {
  /** Search and list: full text (ranked) combined with typed filters, all under the TLP condition. */
  async search(
    ctx: RequestContext,
    text: string | undefined,
    filter: EntryFilter | undefined,
    order: EntryOrderValue | undefined,
    args: ConnectionArgs,
  ) {
    const qb = ENTRIES.base(ctx);
    const q = text?.trim();
    if (q) {
      if (q.length > 200)
        throw new BadInputError('search is at most 200 characters.', { search: 'at most 200 characters' });
      qb.andWhere("e.search @@ websearch_to_tsquery('english', :q)", { q });
    }
    if (filter?.severities?.length) qb.andWhere('e.severity IN (:...sev)', { sev: filter.severities });
    if (filter?.statuses?.length) qb.andWhere('e.status IN (:...st)', { st: filter.statuses });
    if (filter?.sectors?.length) qb.andWhere('e.sectors && CAST(:sectors AS varchar[])', { sectors: filter.sectors });
    if (filter?.knownExploited !== undefined && filter?.knownExploited !== null)
      qb.andWhere('e.known_exploited = :ke', { ke: filter.knownExploited });
    if (filter?.markings?.length) qb.andWhere('e.marking IN (:...mk)', { mk: filter.markings });
    if (filter?.cve) qb.andWhere('e.cve = :cve', { cve: filter.cve });
    if (filter?.vendor || filter?.product) {
      const probe = {
        ...(filter.vendor ? { vendor: filter.vendor } : {}),
        ...(filter.product ? { product: filter.product } : {}),
      };
      qb.andWhere('e.affected @> CAST(:probe AS jsonb)', { probe: JSON.stringify([probe]) });
    }
    if (filter?.updatedSince) qb.andWhere('e.updated_at >= :since', { since: filter.updatedSince });
    if (filter?.reportedById)
      qb.andWhere('e.reported_by_id = :rb', {
        rb: expectGlobalId(filter.reportedById, ['Developer', 'Agency', 'Recipient'], 'filter.reportedById'),
      });
    const o = EntryOrder.resolve(order);
    if (!q || (order?.field ?? EntryOrder.defaultValue.field) !== 'RELEVANCE')
      return paginate(qb, { args, sort: o.sort, direction: o.direction, idExpr: 'e.id' });
    return paginate(qb, {
      args,
      sort: await relevance(ctx, qb, o.direction, args),
      direction: o.direction,
      idExpr: 'e.id',
    });
  },

  byId(ctx: RequestContext, id: string) {
    return entryLoader(ctx).load(id);
  },

  async report(ctx: RequestContext, input: ReportEntryInput): Promise<ClearinghouseEntry> {
    signedIn(ctx.viewer);
    const { cve, identifiers } = checkIdentifiers(input.identifiers ?? []);
    const affected = checkAffected(input.affected);
    const score = scoring(input);
    const marking = input.marking ?? Marking.AMBER;
    const now = ctx.clock.now();
    if (input.embargoUntil && input.embargoUntil <= now)
      throw new BadInputError('embargoUntil must be in the future.', { embargoUntil: `after ${now.toISOString()}` });
    const redUserIds = (input.redUserIds ?? []).map((id, i) => expectGlobalId(id, 'User', `redUserIds[${i}]`));
    const affectedPartyIds = [
      ...new Set(
        (input.affectedPartyIds ?? []).map((id, i) =>
          expectGlobalId(id, ['Developer', 'Agency', 'Recipient'], `affectedPartyIds[${i}]`),
        ),
      ),
    ];
    if (redUserIds.length && marking !== Marking.RED)
      throw new BadInputError('redUserIds go with marking RED.', { redUserIds: 'only for RED' });
    let discoveredWithModelId: string | null = null;
    if (input.discoveredWithModelId) {
      const model = await frontierModelLoader(ctx).load(
        expectGlobalId(input.discoveredWithModelId, 'FrontierModel', 'discoveredWithModelId'),
      );
      if (!model || !isDeveloperMember(ctx.viewer) || model.developerId !== ctx.viewer.organizationId)
        throw new BadInputError('discoveredWithModelId must be one of your models.', {
          discoveredWithModelId: 'not one of your models',
        });
      discoveredWithModelId = model.id;
    }
    // A CVE held by an entry the reporter may see is CONFLICT naming it; one it may not see is accepted as a
    // possible duplicate for the analysts, so the answer reveals nothing.
    const possibleDuplicateOfId = cve ? await entryService.hiddenHolderOf(ctx, cve) : null;
    try {
      const entry = await mutate(ctx, 'reportClearinghouseEntry', async (tx) => {
        const m = tx.db;
        const key = await nextKey(m, now.getUTCFullYear());
        const saved = await m.save(
          m.create(ClearinghouseEntry, {
            key,
            cve,
            identifiers,
            title: input.title,
            summary: input.summary,
            details: input.details ?? null,
            cwes: [...new Set(input.cwes ?? [])],
            ...score,
            affected,
            sectors: [...new Set(input.sectors ?? [])],
            reportedById: ctx.viewer.organizationId!,
            reportedByUserId: ctx.viewer.userId ?? null,
            discoveredWithModelId,
            marking,
            redUserIds,
            affectedPartyIds,
            embargoUntil: input.embargoUntil ?? null,
            possibleDuplicateOfId,
            status: EntryStatus.REPORTED,
          }),
        );
        await entryLifecycle.record(tx, saved.id, 'create', null, EntryStatus.REPORTED);
        await emit(tx, { kind: 'entry.reported', subjectType: 'ClearinghouseEntry', subjectId: saved.id });
        return { result: saved, subjects: [saved.globalId] };
      });
      ctx.pubsub.publish(ENTRY_UPDATED, { entryId: entry.id });
      return entry;
    } catch (e) {
      // Two reports of one CVE at once: the unique index decides; the loser is answered as if it came second.
      if (cve && !possibleDuplicateOfId && isUniqueViolation(e) && (await entryService.hiddenHolderOf(ctx, cve))) {
        return entryService.report(ctx, input);
      }
      throw e;
    }
  },

  /**
   * The entry holding `cve`, when the caller may not see it (null when none holds it). When the caller may see
   * it, CONFLICT naming it: the reporter can triage against what it already knows.
   */
  async hiddenHolderOf(ctx: RequestContext, cve: string): Promise<string | null> {
    const [existing]: { id: string }[] = await ctx.db.query(
      'SELECT id FROM clearinghouse_entry WHERE cve = $1 AND possible_duplicate_of_id IS NULL',
      [cve],
    );
    if (!existing) return null;
    const visible = await entryLoader(ctx).load(existing.id);
    if (!visible) return existing.id;
    throw new ConflictError(`${cve} already has a clearinghouse entry (${visible.key}).`, {
      field: 'identifiers',
      existingEntryId: visible.globalId,
      existingKey: visible.key,
    });
  },

  async update(ctx: RequestContext, input: UpdateEntryInput) {
    signedIn(ctx.viewer);
    const entry = await entryLoader(ctx).load(expectGlobalId(input.id, 'ClearinghouseEntry', 'id'));
    const isReporter =
      entry && entry.reportedById === ctx.viewer.organizationId && entry.status === EntryStatus.REPORTED;
    assertVisible(entry);
    allow(
      isClearinghouseAnalyst(ctx.viewer) || Boolean(isReporter),
      'ENTRY_REPORTER',
      'Only the reporter (while REPORTED) or a clearinghouse analyst edits an entry.',
    );
    const values: Partial<ClearinghouseEntry> = {};
    if (input.title) values.title = input.title;
    if (input.summary) values.summary = input.summary;
    if (input.details) values.details = input.details;
    if (input.cwes) values.cwes = [...new Set(input.cwes)];
    if (input.cvss) Object.assign(values, scoring({ cvss: input.cvss }));
    if (input.affected) values.affected = checkAffected(input.affected);
    if (input.sectors) values.sectors = [...new Set(input.sectors)];
    if (input.marking) values.marking = input.marking;
    if (input.embargoUntil) values.embargoUntil = input.embargoUntil;
    return move(ctx, entry, 'edit', () => values, null, input.expectedVersion);
  },

  async transition(
    ctx: RequestContext,
    input: EntryTransitionInput,
    action: 'triage' | 'validate' | 'reject' | 'coordinate' | 'patchAvailable' | 'resolve' | 'withdraw',
  ) {
    const entry = await loadForAnalyst(ctx, input.id);
    return move(
      ctx,
      entry,
      action,
      (locked) => (action === 'validate' && !locked.publishedAt ? { publishedAt: ctx.clock.now() } : {}),
      input.note,
    );
  },

  async markDuplicate(ctx: RequestContext, input: MarkDuplicateInput) {
    const entry = await loadForAnalyst(ctx, input.id);
    const original = await entryLoader(ctx).load(
      expectGlobalId(input.duplicateOfId, 'ClearinghouseEntry', 'duplicateOfId'),
    );
    assertVisible(original);
    if (original.id === entry.id || original.duplicateOfId)
      throw new BadInputError('duplicateOfId must be another, original entry.', {
        duplicateOfId: 'must be an original entry',
      });
    return move(
      ctx,
      entry,
      'markDuplicate',
      () => ({ duplicateOfId: original.id }),
      input.note ?? `Duplicate of ${original.key}`,
    );
  },

  async addRemediation(ctx: RequestContext, input: AddRemediationInput) {
    const entry = await loadForAnalyst(ctx, input.id);
    const r = input.remediation;
    // Stored as the exports will carry it (an RFC 3986 URI), by the same rule as imported references.
    const url = r.url ? expectWebUrl(r.url, 'remediation.url') : null;
    return move(
      ctx,
      entry,
      'addRemediation',
      (locked) => ({
        remediations: [
          ...locked.remediations,
          { category: r.category, details: r.details, url, availableAt: r.availableAt ?? null },
        ],
      }),
      r.category,
    );
  },

  async markKnownExploited(ctx: RequestContext, input: MarkKnownExploitedInput) {
    const entry = await loadForAnalyst(ctx, input.id);
    if (input.kev.dueDate < input.kev.dateAdded)
      throw new BadInputError('kev.dueDate must be on or after kev.dateAdded.', { 'kev.dueDate': 'before dateAdded' });
    return move(
      ctx,
      entry,
      'markKnownExploited',
      () => ({ knownExploited: true, kev: { ...input.kev } }),
      'Known exploited',
    );
  },
};
