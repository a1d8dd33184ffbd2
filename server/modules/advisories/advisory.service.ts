import type { ListSource } from '../../core/reads';
import { allow, assertVisible, loadForAction, signedIn } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import {
  applyCondition,
  ConnectionArgs,
  nestedConnection,
  OrderDirection,
  paginate,
  type SortKey,
} from '../../core/connection';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField } from '../../core/ordering';
import type { RequestContext } from '../../core/context';
import { InvalidTransitionError, BadInputError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy, sqlList } from '../../core/policy';
import { rawQuery } from '../../core/sql';
import { mutate } from '../../core/transaction';
import { transition } from '../../core/lifecycle';
import { isGovernment, isRecipientMember, isClearinghouseAnalyst } from '../../core/viewer';
import { entryLoader } from '../clearinghouse/entry.loaders';
import { PUBLISHED_STATUSES } from '../clearinghouse/entry.enums';
import { AdvisoryDelivery } from './advisory-delivery.entity';
import { Advisory } from './advisory.entity';
import {
  ACKNOWLEDGED_DELIVERY_STATUSES,
  AdvisoryStatus,
  CLOSED_DELIVERY_STATUSES,
  CoverageGroupBy,
  DeliveryStatus,
  PUBLISHED_ADVISORY_STATUSES,
  UNPATCHED_DELIVERY_STATUSES,
} from './advisory.enums';
import {
  AdvisoryActionInput,
  AdvisoryFilter,
  DeliveryFilter,
  DraftAdvisoryInput,
  UpdateDeliveryStatusInput,
} from './advisory.inputs';
import { advisoryLifecycle, deliveryLifecycle } from './advisory.lifecycle';
import { audienceSql, normalizeAudience } from './advisory.audience';
import type { AdvisoryAudienceInput, AudiencePreview, DeliveryStats, PatchCoverageRow } from './advisory.types';

export const ADVISORY_PUBLISHED = 'advisoryPublished';
export const DELIVERY_UPDATED = 'deliveryUpdated';
export const ADVISORY_WITHDRAWN = 'advisoryWithdrawn';

/** SQL: a delivery `d` of advisory `a` is past a deadline without the step that deadline asks for (never once withdrawn). */
export const OVERDUE_SQL = `(d.withdrawn_at IS NULL AND ((a.requires_acknowledgement AND a.acknowledge_within_hours IS NOT NULL AND d.status = 'DELIVERED'
    AND a.published_at + a.acknowledge_within_hours * interval '1 hour' < :overdue_now)
  OR (a.patch_within_days IS NOT NULL AND d.status IN (${sqlList(UNPATCHED_DELIVERY_STATUSES)})
    AND a.published_at + a.patch_within_days * interval '1 day' < :overdue_now)))`;
/** SQL: the deliveries that count in patch coverage: of published or superseded advisories, not withdrawn. */
export const COUNTED_DELIVERY_SQL = `(a.status IN (${sqlList(PUBLISHED_ADVISORY_STATUSES)}) AND d.withdrawn_at IS NULL)`;
/** SQL: nothing is expected of the recipient any more: patched, not affected, or withdrawn. */
const CLOSED_SQL = `(d.status IN (${sqlList(CLOSED_DELIVERY_STATUSES)}) OR d.withdrawn_at IS NOT NULL)`;
const PRIORITY_RANK = "CASE a.priority WHEN 'URGENT' THEN 3 WHEN 'PRIORITY' THEN 2 ELSE 1 END";
const PRIORITY_KEY: SortKey = { expr: `(${PRIORITY_RANK})`, cast: 'int' };

export const AdvisoryOrder = defineOrder(
  'Advisory',
  {
    CREATED_AT: createdAtField('a', 'When it was drafted.'),
    PUBLISHED_AT: {
      description: 'When it was published (drafts first when ascending).',
      sort: { expr: "COALESCE(a.published_at, '-infinity'::timestamptz)", cast: 'timestamptz' },
    },
    PRIORITY: {
      description: 'By priority, then by when it was drafted.',
      sort: [PRIORITY_KEY, { expr: 'a.created_at', cast: 'timestamptz' }],
    },
  },
  NEWEST_FIRST,
);
export type AdvisoryOrderValue = OrderValue<keyof typeof AdvisoryOrder.Field>;

export const DeliveryOrder = defineOrder(
  'AdvisoryDelivery',
  {
    DELIVERED_AT: { description: 'When it was delivered.', sort: { expr: 'd.delivered_at', cast: 'timestamptz' } },
    URGENCY: {
      description: 'By priority, then the nearest patch deadline first (descending: most urgent first).',
      sort: [
        PRIORITY_KEY,
        {
          expr: "a.published_at + COALESCE(a.patch_within_days, 36500) * interval '1 day'",
          cast: 'timestamptz',
          reverse: true,
        },
      ],
    },
  },
  { field: 'DELIVERED_AT', direction: OrderDirection.DESC },
);
export type DeliveryOrderValue = OrderValue<keyof typeof DeliveryOrder.Field>;
export const MY_ADVISORIES_ORDER: DeliveryOrderValue = { field: 'URGENCY', direction: OrderDirection.DESC };

const loadForAnalyst = (ctx: RequestContext, globalId: string) =>
  loadForAction(ctx.viewer, () => advisoryService.byId(ctx, expectGlobalId(globalId, 'Advisory', 'advisoryId')), {
    allowed: () => isClearinghouseAnalyst(ctx.viewer),
    required: 'CLEARINGHOUSE_OPERATOR',
    message: 'Only clearinghouse analysts manage advisories.',
  });

/** Deliveries the viewer may see, filtered: the one query behind every delivery list. */
function deliveryQuery(ctx: RequestContext, filter: DeliveryFilter | undefined, opts: { mine?: boolean } = {}) {
  const qb = applyCondition(
    ctx.db.getRepository(AdvisoryDelivery).createQueryBuilder('d'),
    policy.delivery(ctx.viewer, 'd'),
  ).innerJoin(Advisory, 'a', 'a.id = d.advisory_id');
  if (opts.mine) qb.andWhere('d.recipient_id = :mine', { mine: ctx.viewer.organizationId ?? null });
  if (filter?.advisoryId)
    qb.andWhere('d.advisory_id = :aid', { aid: expectGlobalId(filter.advisoryId, 'Advisory', 'filter.advisoryId') });
  if (filter?.recipientId)
    qb.andWhere('d.recipient_id = :drid', {
      drid: expectGlobalId(filter.recipientId, 'Recipient', 'filter.recipientId'),
    });
  if (filter?.statuses?.length) qb.andWhere('d.status IN (:...dst)', { dst: filter.statuses });
  if (filter?.open === true) qb.andWhere(`NOT ${CLOSED_SQL}`);
  if (filter?.open === false) qb.andWhere(CLOSED_SQL);
  if (filter?.withdrawn === true) qb.andWhere('d.withdrawn_at IS NOT NULL');
  if (filter?.withdrawn === false) qb.andWhere('d.withdrawn_at IS NULL');
  if (filter?.overdue !== undefined && filter.overdue !== null)
    qb.andWhere(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { overdue_now: ctx.clock.now() });
  if (filter?.states?.length)
    qb.innerJoin('organization', 'o', 'o.id = d.recipient_id').andWhere('o.state IN (:...dstates)', {
      dstates: filter.states,
    });
  return qb;
}

/**
 * Advisories and deliveries, for compiled reads (core/reads.ts); the resolvers page the same base queries.
 * (`Advisory.deliveries` stays with the resolvers: a delivery's query joins its advisory as `a`, the alias the
 * parent advisory's row has.)
 */
export const ADVISORIES: ListSource<Advisory> = {
  type: 'Advisory',
  alias: 'a',
  base: (ctx) =>
    applyCondition(ctx.db.getRepository(Advisory).createQueryBuilder('a'), policy.advisory(ctx.viewer, 'a')),
  order: AdvisoryOrder,
};
export const DELIVERIES: ListSource<AdvisoryDelivery> = {
  type: 'AdvisoryDelivery',
  alias: 'd',
  base: (ctx) => deliveryQuery(ctx, undefined),
  order: DeliveryOrder,
};
export const DELIVERIES_OF_RECIPIENT: ListSource<AdvisoryDelivery> = { ...DELIVERIES, parentExpr: 'd.recipient_id' };

export const advisoryService = {
  list(ctx: RequestContext, filter: AdvisoryFilter | undefined, args: ConnectionArgs, orderBy?: AdvisoryOrderValue) {
    const qb = ADVISORIES.base(ctx);
    if (filter?.statuses?.length) qb.andWhere('a.status IN (:...st)', { st: filter.statuses });
    if (filter?.priorities?.length) qb.andWhere('a.priority IN (:...pr)', { pr: filter.priorities });
    return paginate(qb, { args, ...AdvisoryOrder.resolve(orderBy), idExpr: 'a.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'advisoryById', Advisory, 'a', policy.advisory(ctx.viewer, 'a')).load(id);
  },

  supersededBy(ctx: RequestContext, advisory: Advisory) {
    return ctx.loaders
      .get<string, Advisory | null>('advisorySupersededBy', async (ids) => {
        const c = policy.advisory(ctx.viewer, 'a');
        const rows = await ctx.db
          .getRepository(Advisory)
          .createQueryBuilder('a')
          .where('a.supersedes_id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] })
          .andWhere(c.sql, c.params)
          .getMany();
        return ids.map((i) => rows.find((r) => r.supersedesId === i) ?? null);
      })
      .load(advisory.id);
  },

  /** Who an audience reaches, counted in SQL before anything is published. */
  async preview(ctx: RequestContext, input: AdvisoryAudienceInput): Promise<AudiencePreview> {
    allow(isGovernment(ctx.viewer), 'ANALYST', 'Only government analysts preview audiences.');
    const where = audienceSql(normalizeAudience(input));
    const rows: { recipient_type: string; state: string; n: string }[] = await rawQuery(
      ctx.db,
      `SELECT o.recipient_type, o.state, count(*) AS n FROM organization o WHERE ${where.sql} GROUP BY o.recipient_type, o.state`,
      where.params,
    );
    const sum = (key: 'recipient_type' | 'state') =>
      [...rows.reduce((m, r) => m.set(r[key], (m.get(r[key]) ?? 0) + Number(r.n)), new Map<string, number>())]
        .map(([k, count]) => ({ key: k, count }))
        .sort((x, y) => x.key.localeCompare(y.key));
    return {
      total: rows.reduce((t, r) => t + Number(r.n), 0),
      byRecipientType: sum('recipient_type'),
      byState: sum('state'),
    };
  },

  async draft(ctx: RequestContext, input: DraftAdvisoryInput): Promise<Advisory> {
    signedIn(ctx.viewer);
    allow(
      isClearinghouseAnalyst(ctx.viewer),
      'CLEARINGHOUSE_OPERATOR',
      'Only clearinghouse analysts draft advisories.',
    );
    const audience = normalizeAudience(input.audience);
    const entryIds = [
      ...new Set(input.entryIds.map((id, i) => expectGlobalId(id, 'ClearinghouseEntry', `entryIds[${i}]`))),
    ];
    for (const id of entryIds) {
      const entry = await entryLoader(ctx).load(id);
      assertVisible(entry);
      if (!(PUBLISHED_STATUSES as readonly string[]).includes(entry.status))
        throw new BadInputError(`${entry.key} is ${entry.status}; advisories carry validated entries.`, {
          entryIds: `${entry.key} is not validated`,
        });
    }
    let supersedesId: string | null = null;
    if (input.supersedesId) {
      const old = await advisoryService.byId(ctx, expectGlobalId(input.supersedesId, 'Advisory', 'supersedesId'));
      assertVisible(old);
      if (old.status !== AdvisoryStatus.PUBLISHED)
        throw new BadInputError('Only a published advisory can be superseded.', { supersedesId: `is ${old.status}` });
      supersedesId = old.id;
    }
    return mutate(ctx, 'draftAdvisory', async (tx) => {
      const m = tx.db;
      const a = await m.save(
        m.create(Advisory, {
          title: input.title,
          summary: input.summary,
          marking: input.marking,
          priority: input.priority,
          audience,
          requiresAcknowledgement: input.requiresAcknowledgement ?? true,
          acknowledgeWithinHours: input.acknowledgeWithinHours ?? null,
          patchWithinDays: input.patchWithinDays ?? null,
          status: AdvisoryStatus.DRAFT,
          supersedesId,
          issuerId: ctx.viewer.organizationId!,
          entryIds,
        }),
      );
      await advisoryLifecycle.record(tx, a.id, 'create', null, AdvisoryStatus.DRAFT);
      return { result: a, subjects: [a.globalId] };
    });
  },

  /** One transaction, one INSERT ... SELECT for every delivery, whatever the audience size (the lifecycle's PUBLISHED hook). */
  async publish(ctx: RequestContext, input: AdvisoryActionInput): Promise<Advisory> {
    const advisory = await loadForAnalyst(ctx, input.advisoryId);
    const published = await transition(ctx, advisoryLifecycle, {
      id: advisory.id,
      action: 'publish',
      auditAction: 'publishAdvisory',
      emit: 'advisory.published',
      changes: () => ({ publishedAt: ctx.clock.now() }),
    });
    ctx.pubsub.publish(ADVISORY_PUBLISHED, { advisoryId: published.id });
    return published;
  },

  /**
   * Withdrawing keeps every delivery, marked withdrawn with the reason (the lifecycle's WITHDRAWN hook): recipients
   * still see what they were sent and why it no longer applies, and the deliveries leave overdue counts and patch
   * coverage. A published advisory needs a reason (the note).
   */
  async withdraw(ctx: RequestContext, input: AdvisoryActionInput): Promise<Advisory> {
    const advisory = await loadForAnalyst(ctx, input.advisoryId);
    if (advisory.status === AdvisoryStatus.PUBLISHED && !input.note?.trim()) {
      throw new BadInputError('Withdrawing a published advisory needs a reason for its recipients: give a note.', {
        note: 'required to withdraw a published advisory',
      });
    }
    const withdrawn = await transition(ctx, advisoryLifecycle, {
      id: advisory.id,
      action: 'withdraw',
      auditAction: 'withdrawAdvisory',
      emit: 'advisory.withdrawn',
      changes: () => ({ withdrawnAt: ctx.clock.now(), withdrawalReason: input.note?.trim() || null }),
      note: input.note,
    });
    ctx.pubsub.publish(ADVISORY_WITHDRAWN, { advisoryId: withdrawn.id });
    return withdrawn;
  },

  deliveries(
    ctx: RequestContext,
    filter: DeliveryFilter | undefined,
    args: ConnectionArgs,
    orderBy: DeliveryOrderValue | undefined,
    opts: { mine?: boolean } = {},
  ) {
    return paginate(deliveryQuery(ctx, filter, opts), {
      args,
      ...DeliveryOrder.resolve(orderBy ?? (opts.mine ? MY_ADVISORIES_ORDER : undefined)),
      idExpr: 'd.id',
    });
  },

  /** `Advisory.deliveries` and `Recipient.deliveries`: one statement for the pages of every parent in the response. */
  deliveriesOf(
    ctx: RequestContext,
    parent: 'advisory' | 'recipient',
    parentId: string,
    filter: DeliveryFilter | undefined,
    args: ConnectionArgs,
    orderBy: DeliveryOrderValue | undefined,
  ) {
    const { advisoryId: _a, recipientId: _r, ...rest } = filter ?? {};
    const scoped = parent === 'advisory' ? { ...rest, recipientId: _r } : { ...rest, advisoryId: _a };
    return nestedConnection(ctx.loaders, parentId, {
      name: `deliveriesOf:${parent}`,
      base: () => deliveryQuery(ctx, scoped),
      parentExpr: parent === 'advisory' ? 'd.advisory_id' : 'd.recipient_id',
      parentOf: (d) => (parent === 'advisory' ? d.advisoryId : d.recipientId),
      ...DeliveryOrder.resolve(orderBy),
      idExpr: 'd.id',
      args,
      key: scoped,
    });
  },

  /** The advisory, for `advisoryPublished`: to the government, and to recipients with a delivery they may see (policy.delivery). */
  async publishedTo(ctx: RequestContext, advisoryId: string): Promise<Advisory | null> {
    if (!isGovernment(ctx.viewer)) {
      const delivered = await applyCondition(
        ctx.db.getRepository(AdvisoryDelivery).createQueryBuilder('d'),
        policy.delivery(ctx.viewer, 'd'),
      )
        .andWhere('d.advisory_id = :pid', { pid: advisoryId })
        .getCount();
      if (!delivered) return null;
    }
    return advisoryService.byId(ctx, advisoryId);
  },

  deliveryById(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'deliveryById', AdvisoryDelivery, 'd', policy.delivery(ctx.viewer, 'd')).load(id);
  },

  /** `overdue` for every delivery in a response with one statement. */
  overdue(ctx: RequestContext, d: AdvisoryDelivery): Promise<boolean> {
    return ctx.loaders
      .get<string, boolean>('deliveryOverdue', async (ids) => {
        const rows: { id: string }[] = await rawQuery(
          ctx.db,
          `SELECT d.id FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id WHERE d.id = ANY(CAST(:dids AS uuid[])) AND ${OVERDUE_SQL}`,
          { dids: [...ids], overdue_now: ctx.clock.now() },
        );
        const late = new Set(rows.map((r) => r.id));
        return ids.map((id) => late.has(id));
      })
      .load(d.id);
  },

  async updateDelivery(ctx: RequestContext, input: UpdateDeliveryStatusInput): Promise<AdvisoryDelivery> {
    signedIn(ctx.viewer);
    const d = await advisoryService.deliveryById(
      ctx,
      expectGlobalId(input.deliveryId, 'AdvisoryDelivery', 'deliveryId'),
    );
    assertVisible(d);
    allow(
      isRecipientMember(ctx.viewer) && d.recipientId === ctx.viewer.organizationId,
      'DELIVERY_RECIPIENT',
      'Only the receiving organization reports its progress.',
    );
    // The same report again is accepted and changes nothing; a withdrawn advisory expects nothing more.
    const updated = await transition(ctx, deliveryLifecycle, {
      id: d.id,
      action: input.status,
      auditAction: 'updateDeliveryStatus',
      emit: 'delivery.updated',
      repeatable: true,
      guard: (locked, move) => {
        if (locked.withdrawnAt)
          throw new InvalidTransitionError(
            move.from,
            move.action,
            `The advisory was withdrawn${locked.withdrawalReason ? `: ${locked.withdrawalReason}` : ''}; nothing more is expected.`,
          );
      },
      changes: (locked) => {
        const now = ctx.clock.now();
        return {
          note: input.note ?? locked.note,
          acknowledgedAt: locked.acknowledgedAt ?? now,
          patchedAt: input.status === DeliveryStatus.PATCHED ? now : locked.patchedAt,
        };
      },
      note: input.note,
    });
    ctx.pubsub.publish(DELIVERY_UPDATED, { deliveryId: updated.id });
    return updated;
  },

  /** Delivery stats for every advisory in a response with one GROUP BY statement. */
  stats(ctx: RequestContext, advisory: Advisory): Promise<DeliveryStats> {
    return ctx.loaders
      .get<string, DeliveryStats>('advisoryDeliveryStats', async (ids) => {
        const vis = policy.delivery(ctx.viewer, 'd');
        const rows: Record<string, string>[] = await rawQuery(
          ctx.db,
          `SELECT d.advisory_id AS id, count(*) AS targeted,
             count(*) FILTER (WHERE d.status = 'DELIVERED') AS delivered,
             count(*) FILTER (WHERE d.status IN (${sqlList(ACKNOWLEDGED_DELIVERY_STATUSES)})) AS acknowledged,
             count(*) FILTER (WHERE d.status = 'PATCH_IN_PROGRESS') AS patch_in_progress,
             count(*) FILTER (WHERE d.status = 'PATCHED') AS patched,
             count(*) FILTER (WHERE d.status = 'NOT_AFFECTED') AS not_affected,
             count(*) FILTER (WHERE ${OVERDUE_SQL}) AS overdue,
             count(*) FILTER (WHERE d.withdrawn_at IS NOT NULL) AS withdrawn
           FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id
           WHERE d.advisory_id = ANY(CAST(:sids AS uuid[])) AND ${vis.sql} GROUP BY d.advisory_id`,
          { sids: [...ids], overdue_now: ctx.clock.now(), ...vis.params },
        );
        return ids.map((id) => {
          const r = rows.find((x) => x.id === id);
          const n = (k: string) => Number(r?.[k] ?? 0);
          return {
            targeted: n('targeted'),
            delivered: n('delivered'),
            acknowledged: n('acknowledged'),
            patchInProgress: n('patch_in_progress'),
            patched: n('patched'),
            notAffected: n('not_affected'),
            overdue: n('overdue'),
            withdrawn: n('withdrawn'),
          };
        });
      })
      .load(advisory.id);
  },

  /** Patch coverage grouped by sector, state or operator type, over one advisory or all published ones. */
  async patchCoverage(
    ctx: RequestContext,
    groupBy: CoverageGroupBy,
    advisoryGlobalId?: string,
  ): Promise<PatchCoverageRow[]> {
    allow(isGovernment(ctx.viewer), 'ANALYST', 'Patch coverage is for government analysts.');
    const column = {
      [CoverageGroupBy.SECTOR]: 'o.sector',
      [CoverageGroupBy.STATE]: 'o.state',
      [CoverageGroupBy.RECIPIENT_TYPE]: 'o.recipient_type',
    }[groupBy];
    const advisoryId = advisoryGlobalId ? expectGlobalId(advisoryGlobalId, 'Advisory', 'advisoryId') : null;
    const rows: Record<string, string | null>[] = await rawQuery(
      ctx.db,
      `SELECT ${column} AS key, count(*) AS targeted,
         count(*) FILTER (WHERE d.status IN (${sqlList(ACKNOWLEDGED_DELIVERY_STATUSES)})) AS acknowledged,
         count(*) FILTER (WHERE d.status = 'PATCHED') AS patched,
         count(*) FILTER (WHERE d.status = 'NOT_AFFECTED') AS not_affected,
         count(*) FILTER (WHERE ${OVERDUE_SQL}) AS overdue,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.acknowledged_at - d.delivered_at) / 3600) AS median_ack,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.patched_at - d.delivered_at) / 3600) AS median_patch
       FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id JOIN organization o ON o.id = d.recipient_id
       WHERE ${COUNTED_DELIVERY_SQL} ${advisoryId ? 'AND a.id = :cov_id' : ''}
       GROUP BY ${column} ORDER BY ${column}`,
      { overdue_now: ctx.clock.now(), cov_id: advisoryId },
    );
    const num = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
    return rows.map((r) => ({
      key: String(r.key),
      targeted: +r.targeted!,
      acknowledged: +r.acknowledged!,
      patched: +r.patched!,
      notAffected: +r.not_affected!,
      overdue: +r.overdue!,
      medianHoursToAcknowledge: num(r.median_ack),
      medianHoursToPatch: num(r.median_patch),
    }));
  },
};
