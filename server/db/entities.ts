// Every entity, in one list for the data source.
import { Agency } from '../modules/organizations/agency.entity';
import { Developer } from '../modules/organizations/developer.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Recipient } from '../modules/organizations/recipient.entity';
import { User } from '../modules/users/user.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { FrontierModel } from '../modules/models/frontier-model.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { IdempotencyRecord } from '../core/idempotency.entity';
import { TimelineEvent } from '../core/timeline-event.entity';
import { Designation } from '../modules/designations/designation.entity';
import { BenchmarkResult } from '../modules/designations/benchmark-result.entity';
import { DesignationResponse } from '../modules/designations/designation-response.entity';
import { ReviewWindow } from '../modules/review-windows/review-window.entity';
import { ReviewFinding } from '../modules/review-windows/review-finding.entity';
import { ClearinghouseEntry } from '../modules/clearinghouse/entry.entity';
import { ScanClaim } from '../modules/scan-claims/scan-claim.entity';
import { Advisory } from '../modules/advisories/advisory.entity';
import { AdvisoryDelivery } from '../modules/advisories/advisory-delivery.entity';
import { DefenseTool } from '../modules/defense-tools/defense-tool.entity';
import { ToolGrant } from '../modules/defense-tools/tool-grant.entity';
import { Directive } from '../modules/directives/directive.entity';
import { ComplianceReport } from '../modules/directives/compliance-report.entity';
import { Milestone } from '../modules/milestones/milestone.entity';

export const entities = [
  Organization,
  Developer,
  Agency,
  Recipient,
  User,
  ApiKey,
  FrontierModel,
  AuditEvent,
  IdempotencyRecord,
  TimelineEvent,
  Designation,
  BenchmarkResult,
  DesignationResponse,
  ReviewWindow,
  ReviewFinding,
  ClearinghouseEntry,
  ScanClaim,
  Advisory,
  AdvisoryDelivery,
  DefenseTool,
  ToolGrant,
  Directive,
  ComplianceReport,
  Milestone,
];
