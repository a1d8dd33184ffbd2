// How node(id) loads each type. A new node type adds one line here.
import type { RequestContext } from '../core/context';
import type { Node } from '../core/node';
import { auditService } from '../modules/audit/audit.service';
import { apiKeyService } from '../modules/api-keys/api-key.service';
import { frontierModelLoader } from '../modules/models/frontier-model.loaders';
import { organizationLoader } from '../modules/organizations/organization.loaders';
import { userLoader } from '../modules/users/user.loaders';
import { entryLoader } from '../modules/clearinghouse/entry.loaders';
import { scanClaimService } from '../modules/scan-claims/scan-claim.service';
import { advisoryService } from '../modules/advisories/advisory.service';
import { defenseToolService } from '../modules/defense-tools/defense-tool.service';
import { directiveService } from '../modules/directives/directive.service';
import { milestoneService } from '../modules/milestones/milestone.service';
import { designationLoader } from '../modules/designations/designation.loaders';
import { reviewFindingLoader, reviewWindowLoader } from '../modules/review-windows/review-window.loaders';

type NodeLoader = (ctx: RequestContext, id: string) => Promise<Node | null>;

const org: NodeLoader = (ctx, id) => organizationLoader(ctx).load(id);

export const nodeLoaders: Record<string, NodeLoader> = {
  Developer: org,
  Agency: org,
  Recipient: org,
  User: (ctx, id) => userLoader(ctx).load(id),
  ApiKey: (ctx, id) => apiKeyService.byId(ctx, id),
  FrontierModel: (ctx, id) => frontierModelLoader(ctx).load(id),
  AuditEvent: (ctx, id) => auditService.byId(ctx, id),
  Designation: (ctx, id) => designationLoader(ctx).load(id),
  ReviewWindow: (ctx, id) => reviewWindowLoader(ctx).load(id),
  ReviewFinding: (ctx, id) => reviewFindingLoader(ctx).load(id),
  ClearinghouseEntry: (ctx, id) => entryLoader(ctx).load(id),
  ScanClaim: (ctx, id) => scanClaimService.byId(ctx, id),
  Advisory: (ctx, id) => advisoryService.byId(ctx, id),
  AdvisoryDelivery: (ctx, id) => advisoryService.deliveryById(ctx, id),
  DefenseTool: (ctx, id) => defenseToolService.byId(ctx, id),
  ToolGrant: (ctx, id) => defenseToolService.grantById(ctx, id),
  Directive: (ctx, id) => directiveService.byId(ctx, id),
  ComplianceReport: (ctx, id) => directiveService.reportById(ctx, id),
  Milestone: (ctx, id) => milestoneService.byId(ctx, id),
};
