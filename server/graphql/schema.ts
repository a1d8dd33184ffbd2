import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { NodeResolver } from './node.resolver';
import { OrganizationResolver } from '../modules/organizations/organization.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { DeveloperModelsResolver, FrontierModelResolver } from '../modules/models/frontier-model.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { DesignationResolver } from '../modules/designations/designation.resolver';
import { ReviewFindingResolver, ReviewWindowResolver } from '../modules/review-windows/review-window.resolver';
import { TimelineEventResolver } from '../modules/timeline/timeline.resolver';
import { ClearinghouseEntryResolver } from '../modules/clearinghouse/entry.resolver';
import { ScanClaimResolver } from '../modules/scan-claims/scan-claim.resolver';
import { AdvisoryDeliveryResolver, AdvisoryResolver, RecipientDeliveriesResolver } from '../modules/advisories/advisory.resolver';
import { DefenseToolResolver, DeveloperToolsResolver, RecipientGrantsResolver, ToolGrantResolver } from '../modules/defense-tools/defense-tool.resolver';
import { ActionComplianceResolver, AgencyReportsResolver, ComplianceReportResolver, DirectiveResolver } from '../modules/directives/directive.resolver';
import { MilestoneResolver } from '../modules/milestones/milestone.resolver';
import { OverviewResolver } from '../modules/overview/overview.resolver';
import { RateLimitResolver } from '../modules/rate-limit/rate-limit.resolver';
import { KevResolver } from '../modules/kev/kev.resolver';
import { DemoClockResolver } from '../modules/demo-clock/demo-clock.resolver';
import { Developer } from '../modules/organizations/developer.entity';
import { Agency } from '../modules/organizations/agency.entity';
import { Recipient } from '../modules/organizations/recipient.entity';

export const resolvers = [
  NodeResolver,
  OrganizationResolver,
  UserResolver,
  ApiKeyResolver,
  FrontierModelResolver,
  DeveloperModelsResolver,
  AuditResolver,
  TimelineEventResolver,
  DesignationResolver,
  ReviewWindowResolver,
  ReviewFindingResolver,
  ClearinghouseEntryResolver,
  ScanClaimResolver,
  AdvisoryResolver,
  AdvisoryDeliveryResolver,
  RecipientDeliveriesResolver,
  DefenseToolResolver,
  ToolGrantResolver,
  DeveloperToolsResolver,
  RecipientGrantsResolver,
  DirectiveResolver,
  ActionComplianceResolver,
  ComplianceReportResolver,
  AgencyReportsResolver,
  MilestoneResolver,
  OverviewResolver,
  RateLimitResolver,
  KevResolver,
] as const;

const cached = new Map<boolean, Promise<GraphQLSchema>>();

export interface SchemaOptions {
  /**
   * Outside production the schema also carries the demo clock (`advanceClock`, `resetClock`). The committed
   * schema/schema.graphql, the SDK and production are without it.
   */
  demoClock?: boolean;
}

/** Builds each variant of the schema once per process (type-graphql's metadata is global). */
export function getSchema(opts: SchemaOptions = {}): Promise<GraphQLSchema> {
  const demo = Boolean(opts.demoClock);
  if (!cached.has(demo)) cached.set(demo, build(demo));
  return cached.get(demo)!;
}

function build(demo: boolean): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: demo ? [...resolvers, DemoClockResolver] : [...resolvers],
    orphanedTypes: [Developer, Agency, Recipient],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    // type-graphql insists on a PubSub; Concord's subscriptions never use it: each subscribes through its
    // request context's pubsub (in process, or Redis across replicas) and filters by visibility.
    pubSub: createPubSub(),
  }).then(describeRootTypes);
}

// type-graphql gives the root types no description; every type in Concord's schema has one.
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const describe = (type: { description?: string | null } | null | undefined, text: string) => {
    if (type) type.description = text;
  };
  describe(schema.getQueryType(), 'Everything you can read from Concord; every list is a paginated connection filtered by what you may see.');
  describe(schema.getMutationType(), 'Every change to Concord; each takes one `input`, returns a payload and is recorded in the audit chain.');
  describe(schema.getSubscriptionType(), 'Live updates over graphql-ws on /graphql, filtered by what you may see.');
  return schema;
}
