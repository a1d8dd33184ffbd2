import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { Organization } from '../organizations/organization.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { ScanClaim } from './scan-claim.entity';
import { ClaimScanScopeInput, ReleaseScanClaimInput, ScanClaimFilter } from './scan-claim.inputs';
import { ScanClaimOrder, scanClaimService, type ScanClaimOrderValue } from './scan-claim.service';

export const ScanClaimConnection = connectionType(ScanClaim, 'ScanClaim');

@ObjectType({ description: 'A new scan claim and the overlapping claims of others.' })
export class ClaimScanScopePayload {
  @Field(() => ScanClaim, { description: 'Your claim.' })
  claim!: ScanClaim;

  @Field(() => [ScanClaim], {
    description: 'Active claims by other organizations on the same scope and overlapping time.',
  })
  conflicts!: ScanClaim[];
}

@ObjectType({ description: 'The result of releasing a claim.' })
export class ScanClaimPayload {
  @Field(() => ScanClaim, { description: 'The claim.' })
  claim!: ScanClaim;
}

@Resolver(() => ScanClaim)
export class ScanClaimResolver {
  @Query(() => ScanClaimConnection, {
    description: 'Scan claims you may see: yours, those overlapping yours, all for the government.',
  })
  scanClaims(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ScanClaimFilter, { nullable: true, description: 'Filters.' }) filter?: ScanClaimFilter,
    @Arg('orderBy', () => ScanClaimOrder.Input, ScanClaimOrder.arg) orderBy?: ScanClaimOrderValue,
  ) {
    return scanClaimService.list(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The claiming organization.' })
  organization(@Root() c: ScanClaim, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(c.organizationId);
  }

  @FieldResolver(() => [ScanClaim], { description: 'Active claims by others that overlap this one.' })
  conflicts(@Root() c: ScanClaim, @Ctx() ctx: RequestContext) {
    return scanClaimService.conflicts(ctx, c);
  }

  @Mutation(() => ClaimScanScopePayload, {
    description:
      'Claim a vendor/product scope for a time range before scanning; overlapping claims come back as conflicts.',
  })
  claimScanScope(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClaimScanScopeInput, { description: 'The scope.' }) input: ClaimScanScopeInput,
  ) {
    return scanClaimService.claim(ctx, input);
  }

  @Mutation(() => ScanClaimPayload, { description: 'Release your claim.' })
  async releaseScanClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReleaseScanClaimInput, { description: 'The claim.' }) input: ReleaseScanClaimInput,
  ) {
    return { claim: await scanClaimService.release(ctx, input) };
  }
}
