import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionArgs, connectionType } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { ClearinghouseEntry } from '../clearinghouse/entry.entity';
import { entryLoader } from '../clearinghouse/entry.loaders';
import { Agency } from '../organizations/agency.entity';
import { organizationLoader } from '../organizations/organization.loaders';
import { ComplianceReport } from './compliance-report.entity';
import { DirectiveStatus } from './directive.enums';
import { Directive } from './directive.entity';
import {
  ComplianceReportFilter,
  DirectiveActionInput,
  DraftDirectiveInput,
  UpdateComplianceReportInput,
} from './directive.inputs';
import {
  ComplianceReportOrder,
  DirectiveOrder,
  directiveService,
  reportDueAt,
  type ActionCompliance,
  type ComplianceReportOrderValue,
  type DirectiveOrderValue,
} from './directive.service';

export const DirectiveConnection = connectionType(Directive, 'Directive');
export const ComplianceReportConnection = connectionType(ComplianceReport, 'ComplianceReport');

@ObjectType('DirectiveAction', { simpleResolvers: true, description: 'A required action with its due date.' })
export class DirectiveAction {
  @Field(() => Int, { description: 'Position (0-based).' })
  index!: number;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What agencies must do.' })
  description!: string;

  @Field(() => Int, { description: 'Days after issuance.' })
  dueInDays!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Due date (issuance + days; null while a draft).' })
  dueAt!: Date | null;
}

@ObjectType('ActionCompliance', {
  simpleResolvers: true,
  description: 'How agencies stand on one required action (computed in SQL, from the clock).',
})
export class ActionComplianceType {
  @Field(() => Int, { description: 'The action (0-based).' })
  actionIndex!: number;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Due date.' })
  dueAt!: Date | null;

  @Field(() => Int, { description: 'Agencies complete.' })
  complete!: number;

  @Field(() => Int, { description: 'Agencies in progress.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Agencies not started.' })
  notStarted!: number;

  @Field(() => Int, { description: 'Agencies overdue.' })
  overdue!: number;

  overdueAgencyIds!: string[];
}

@ObjectType({ description: 'The result of a change to a directive.' })
export class DirectivePayload {
  @Field(() => Directive, { description: 'The directive as it now is.' })
  directive!: Directive;
}

@ObjectType({ description: 'The result of a compliance report.' })
export class ComplianceReportPayload {
  @Field(() => ComplianceReport, { description: 'The report as it now is.' })
  report!: ComplianceReport;
}

@Resolver(() => Directive)
export class DirectiveResolver {
  @Query(() => DirectiveConnection, {
    description: 'Directives: issued ones are public; drafts are for the government.',
  })
  directives(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('statuses', () => [DirectiveStatus], { nullable: true, description: 'Only these statuses.' })
    statuses?: DirectiveStatus[],
    @Arg('orderBy', () => DirectiveOrder.Input, DirectiveOrder.arg) orderBy?: DirectiveOrderValue,
  ) {
    return directiveService.list(ctx, statuses, args, orderBy);
  }

  @Query(() => [ActionComplianceType], {
    description:
      'Per required action: agencies complete, in progress, not started and overdue (you see the reports you may see).',
  })
  directiveCompliance(
    @Ctx() ctx: RequestContext,
    @Arg('directiveId', () => ID, { description: 'The directive.' }) directiveId: string,
  ): Promise<ActionCompliance[]> {
    return directiveService.compliance(ctx, directiveId);
  }

  @Query(() => ComplianceReportConnection, {
    description: "Compliance reports: your agency's own; all for government analysts.",
  })
  complianceReports(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ComplianceReportFilter, { nullable: true, description: 'Filters.' })
    filter?: ComplianceReportFilter,
    @Arg('orderBy', () => ComplianceReportOrder.Input, ComplianceReportOrder.arg) orderBy?: ComplianceReportOrderValue,
  ) {
    return directiveService.reports(ctx, filter, args, orderBy);
  }

  @FieldResolver(() => [DirectiveAction], { description: 'Required actions with due dates.' })
  requiredActions(@Root() d: Directive): DirectiveAction[] {
    return d.requiredActions.map((a, index) => ({ index, ...a, dueAt: d.dueAt(index) }));
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The issuing agency.' })
  issuer(@Root() d: Directive, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(d.issuerId);
  }

  @FieldResolver(() => Directive, { nullable: true, description: 'The directive this one replaced.' })
  supersedes(@Root() d: Directive, @Ctx() ctx: RequestContext) {
    return d.supersedesId ? directiveService.byId(ctx, d.supersedesId) : null;
  }

  @FieldResolver(() => [ClearinghouseEntry], { description: 'Related clearinghouse entries you may see.' })
  async relatedEntries(@Root() d: Directive, @Ctx() ctx: RequestContext) {
    return (await entryLoader(ctx).loadMany(d.relatedEntryIds)).filter(
      (e): e is ClearinghouseEntry => Boolean(e) && !(e instanceof Error),
    );
  }

  @Mutation(() => DirectivePayload, { description: 'Draft a directive (directive issuers).' })
  async draftDirective(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DraftDirectiveInput, { description: 'The directive.' }) input: DraftDirectiveInput,
  ) {
    return { directive: await directiveService.draft(ctx, input) };
  }

  @Mutation(() => DirectivePayload, {
    description:
      'Issue it: every federal civilian agency gets a NOT_STARTED report per required action; a superseded directive is replaced.',
  })
  async issueDirective(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DirectiveActionInput, { description: 'The directive.' }) input: DirectiveActionInput,
  ) {
    return { directive: await directiveService.issue(ctx, input) };
  }

  @Mutation(() => DirectivePayload, { description: 'Revoke an issued directive; open reports close.' })
  async revokeDirective(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DirectiveActionInput, { description: 'The directive.' }) input: DirectiveActionInput,
  ) {
    return { directive: await directiveService.revoke(ctx, input) };
  }
}

@Resolver(() => ActionComplianceType)
export class ActionComplianceResolver {
  @FieldResolver(() => [Agency], { description: 'The agencies that are overdue.' })
  async overdueAgencies(@Root() a: ActionCompliance, @Ctx() ctx: RequestContext) {
    return (await organizationLoader(ctx).loadMany(a.overdueAgencyIds)).filter((o) => o instanceof Agency);
  }
}

@Resolver(() => ComplianceReport)
export class ComplianceReportResolver {
  @FieldResolver(() => Directive, { nullable: true, description: 'The directive.' })
  directive(@Root() r: ComplianceReport, @Ctx() ctx: RequestContext) {
    return directiveService.byId(ctx, r.directiveId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The reporting agency.' })
  agency(@Root() r: ComplianceReport, @Ctx() ctx: RequestContext) {
    return organizationLoader(ctx).load(r.agencyId);
  }

  @FieldResolver(() => DirectiveAction, { nullable: true, description: 'The required action.' })
  async requiredAction(@Root() r: ComplianceReport, @Ctx() ctx: RequestContext) {
    const d = await directiveService.byId(ctx, r.directiveId);
    const a = d?.requiredActions[r.actionIndex];
    return d && a ? { index: r.actionIndex, ...a, dueAt: d.dueAt(r.actionIndex) } : null;
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "This agency's due date: the action's days counted from when the directive began to apply to it (assignedAt).",
  })
  async dueAt(@Root() r: ComplianceReport, @Ctx() ctx: RequestContext) {
    const d = await directiveService.byId(ctx, r.directiveId);
    return d ? reportDueAt(d, r) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Past due and not complete (from the clock, never stored).' })
  overdue(@Root() r: ComplianceReport, @Ctx() ctx: RequestContext) {
    return directiveService.overdue(ctx, r);
  }

  @Mutation(() => ComplianceReportPayload, { description: "Report your agency's progress on a required action." })
  async updateComplianceReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateComplianceReportInput, { description: 'The report.' }) input: UpdateComplianceReportInput,
  ) {
    return { report: await directiveService.updateReport(ctx, input) };
  }
}

@Resolver(() => Agency)
export class AgencyReportsResolver {
  @FieldResolver(() => ComplianceReportConnection, {
    description: "The agency's compliance reports that you may see (its own people, and government analysts).",
  })
  complianceReports(
    @Root() a: Agency,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ComplianceReportFilter, { nullable: true, description: 'Filters (agencyId is this agency).' })
    filter?: ComplianceReportFilter,
    @Arg('orderBy', () => ComplianceReportOrder.Input, ComplianceReportOrder.arg) orderBy?: ComplianceReportOrderValue,
  ) {
    return directiveService.reportsOfAgency(ctx, a.id, filter, args, orderBy);
  }
}
