import { DAY_MS } from '../../core/clock';
import { defineOrder, type OrderValue, createdAtField } from '../../core/ordering';
import { allow, assertVisible, signedIn } from '../../core/permissions';
import { visibleById } from '../../core/visible';
import { applyCondition, ConnectionArgs, OrderDirection, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { transition } from '../../core/lifecycle';
import { scanClaimLifecycle } from './scan-claim.lifecycle';
import { mutate } from '../../core/transaction';
import { ScanClaim, ScanClaimStatus } from './scan-claim.entity';
import { ClaimScanScopeInput, ReleaseScanClaimInput, ScanClaimFilter } from './scan-claim.inputs';

/** Another organization's active claim on the same vendor/product whose time range overlaps. */
const OVERLAP = `o.status = 'ACTIVE' AND o.organization_id <> c.organization_id AND lower(o.vendor) = lower(c.vendor)
  AND lower(o.product) = lower(c.product) AND o.starts_at < c.ends_at AND c.starts_at < o.ends_at`;

export const ScanClaimOrder = defineOrder(
  'ScanClaim',
  {
    STARTS_AT: { description: 'When the scan starts.', sort: { expr: 'c.starts_at', cast: 'timestamptz' } },
    CREATED_AT: createdAtField('c', 'When it was claimed.'),
  },
  { field: 'STARTS_AT', direction: OrderDirection.ASC },
);
export type ScanClaimOrderValue = OrderValue<keyof typeof ScanClaimOrder.Field>;

export const scanClaimService = {
  list(ctx: RequestContext, filter: ScanClaimFilter | undefined, args: ConnectionArgs, orderBy?: ScanClaimOrderValue) {
    const qb = applyCondition(
      ctx.db.getRepository(ScanClaim).createQueryBuilder('c'),
      policy.scanClaim(ctx.viewer, 'c'),
    );
    if (filter?.statuses?.length) qb.andWhere('c.status IN (:...st)', { st: filter.statuses });
    if (filter?.vendor) qb.andWhere('lower(c.vendor) = lower(:vendor)', { vendor: filter.vendor });
    if (filter?.product) qb.andWhere('lower(c.product) = lower(:product)', { product: filter.product });
    return paginate(qb, { args, ...ScanClaimOrder.resolve(orderBy), idExpr: 'c.id' });
  },

  /** Conflicts of many claims in one statement: overlapping active claims by others, visible to the viewer. */
  conflicts(ctx: RequestContext, claim: ScanClaim): Promise<ScanClaim[]> {
    return ctx.loaders
      .get<string, ScanClaim[]>('scanClaimConflicts', async (ids) => {
        const vis = policy.scanClaim(ctx.viewer, 'o');
        // Pairs first: one claim can conflict with several of the batch, so rows are not one per entity.
        const pairs: { of: string; conflict: string }[] = await ctx.db
          .getRepository(ScanClaim)
          .createQueryBuilder('o')
          .innerJoin(ScanClaim, 'c', OVERLAP)
          .select('c.id', 'of')
          .addSelect('o.id', 'conflict')
          .where('c.id = ANY(CAST(:ids AS uuid[]))', { ids: [...ids] })
          .andWhere("c.status = 'ACTIVE'")
          .andWhere(vis.sql, vis.params)
          .orderBy('o.starts_at')
          .getRawMany();
        const claims = pairs.length
          ? await ctx.db.getRepository(ScanClaim).findBy(pairs.map((p) => ({ id: p.conflict })))
          : [];
        const byId = new Map(claims.map((c) => [c.id, c]));
        return ids.map((id) => pairs.filter((p) => p.of === id).map((p) => byId.get(p.conflict)!));
      })
      .load(claim.id);
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'scanClaimById', ScanClaim, 'c', policy.scanClaim(ctx.viewer, 'c')).load(id);
  },

  async claim(ctx: RequestContext, input: ClaimScanScopeInput): Promise<{ claim: ScanClaim; conflicts: ScanClaim[] }> {
    signedIn(ctx.viewer);
    if (input.endsAt <= input.startsAt)
      throw new BadInputError('endsAt must be after startsAt.', { endsAt: 'after startsAt' });
    if (input.endsAt.getTime() - input.startsAt.getTime() > 90 * DAY_MS)
      throw new BadInputError('A claim covers at most 90 days.', { endsAt: 'at most 90 days after startsAt' });
    if (input.endsAt <= ctx.clock.now())
      throw new BadInputError('endsAt must be in the future.', { endsAt: 'in the future' });
    const claim = await mutate(ctx, 'claimScanScope', async (tx) => {
      const m = tx.db;
      const saved = await m.save(
        m.create(ScanClaim, {
          organizationId: ctx.viewer.organizationId!,
          vendor: input.vendor.trim(),
          product: input.product.trim(),
          versionRange: input.versionRange ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          status: ScanClaimStatus.ACTIVE,
        }),
      );
      return { result: saved, subjects: [saved.globalId] };
    });
    return { claim, conflicts: await scanClaimService.conflicts(ctx, claim) };
  },

  async release(ctx: RequestContext, input: ReleaseScanClaimInput): Promise<ScanClaim> {
    signedIn(ctx.viewer);
    const claim = await scanClaimService.byId(ctx, expectGlobalId(input.id, 'ScanClaim', 'id'));
    assertVisible(claim);
    allow(
      claim.organizationId === ctx.viewer.organizationId,
      'CLAIM_HOLDER',
      'Only the claiming organization releases its claim.',
    );
    return transition(ctx, scanClaimLifecycle, { id: claim.id, action: 'release', auditAction: 'releaseScanClaim' });
  },
};
