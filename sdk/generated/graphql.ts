/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Safeguards for pre-release access. */
export type AccessTermsInput = {
  /** Confidentiality terms. */
  confidentiality: string;
  /** Insider-risk safeguards (cleared personnel, logging, ...). */
  insiderRisk: string;
  /** Intellectual-property protections. */
  intellectualProperty: string;
  /** Whether access is through an isolated evaluation environment. */
  isolatedEnvironment?: boolean | null | undefined;
};

/** Attach a remediation. */
export type AddRemediationInput = {
  /** The entry. */
  id: string | number;
  /** The remediation. */
  remediation: RemediationInput;
};

/** Act on an advisory. */
export type AdvisoryActionInput = {
  /** The advisory. */
  advisoryId: string | number;
  /** A note for the timeline; to withdraw a published advisory, the reason its recipients see. */
  note?: string | null | undefined;
};

/** Who an advisory targets. Rules combine with AND; named recipients are added. */
export type AdvisoryAudienceInput = {
  /** Recipients named explicitly (added to the rule matches). */
  recipientIds?: Array<string | number> | null | undefined;
  /** Operator types (any of). */
  recipientTypes?: Array<RecipientType> | null | undefined;
  /** Only rural operators. */
  ruralOnly?: boolean | null | undefined;
  /** Sectors (any of). */
  sectors?: Array<Sector> | null | undefined;
  /** USPS state codes (any of). */
  states?: Array<string> | null | undefined;
};

/** Filters for advisories. */
export type AdvisoryFilter = {
  /** Priorities. */
  priorities?: Array<AdvisoryPriority> | null | undefined;
  /** Statuses. */
  statuses?: Array<AdvisoryStatus> | null | undefined;
};

/** How fast recipients should act. */
export type AdvisoryPriority =
  /** Priority. */
  | 'PRIORITY'
  /** Routine. */
  | 'ROUTINE'
  /** Urgent. */
  | 'URGENT';

/** Where an advisory stands. */
export type AdvisoryStatus =
  /** Being written; reaches nobody. */
  | 'DRAFT'
  /** Delivered to its audience. */
  | 'PUBLISHED'
  /** Replaced by a newer advisory. */
  | 'SUPERSEDED'
  /** Withdrawn. */
  | 'WITHDRAWN';

/** A product the vulnerability affects. */
export type AffectedProductInput = {
  /** First fixed version. */
  fixedIn?: string | null | undefined;
  /** Product. */
  product: string;
  /** Package URL (purl), e.g. pkg:npm/lodash. */
  purl?: string | null | undefined;
  /** Vendor. */
  vendor: string;
  /** Affected versions, e.g. ">=2.0.0 <2.4.1". */
  versionRange: string;
};

/** What an agency is empowered to do in Concord. */
export type AgencyCapability =
  /** Operates the AI cybersecurity clearinghouse. */
  | 'CLEARINGHOUSE_OPERATOR'
  /** Leads covered-frontier-model designations (NSA). */
  | 'DESIGNATION_AUTHORITY'
  /** Issues binding directives and memoranda (CISA, OMB). */
  | 'DIRECTIVE_ISSUER'
  /** A federal civilian agency bound by directives. */
  | 'FEDERAL_CIVILIAN'
  /** Leads the order's cyber hiring initiatives: sets agencies' targets and sees every position (OMB, OPM). */
  | 'WORKFORCE_AUTHORITY';

/** Filters for agencies. */
export type AgencyFilter = {
  /** Agencies holding any of these capabilities. */
  capabilities?: Array<AgencyCapability> | null | undefined;
  /** Case-insensitive text contained in the name or acronym. */
  search?: string | null | undefined;
};

/** A checkpoint you kept from auditCheckpoint. */
export type AuditCheckpointInput = {
  /** Hash of the head link. */
  hash: string;
  /** True for the seal over links written before keyed hashing. */
  legacy: boolean;
  /** Sequence number of the head link. */
  seq: number;
  /** HMAC signature by Concord's audit key. */
  signature: string;
};

/** Claim a scanning scope for a time range. */
export type ClaimScanScopeInput = {
  /** Scanning ends (after startsAt, within 90 days). */
  endsAt: string;
  /** Product. */
  product: string;
  /** Scanning starts. */
  startsAt: string;
  /** Vendor. */
  vendor: string;
  /** Versions (all when omitted). */
  versionRange?: string | null | undefined;
};

/** The clearance or position designation a position requires. */
export type ClearanceLevel =
  /** Non-sensitive, low risk. */
  | 'NONE'
  /** A public trust position (moderate or high risk). */
  | 'PUBLIC_TRUST'
  /** Secret. */
  | 'SECRET'
  /** Top Secret. */
  | 'TOP_SECRET'
  /** Top Secret with Sensitive Compartmented Information access. */
  | 'TOP_SECRET_SCI';

/** Close a review window before release. */
export type CloseReviewWindowInput = {
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** DEVELOPER_WITHDREW or RELEASE_CANCELLED (RELEASED comes from recordModelRelease). */
  reason: ClosedReason;
  /** The review window. */
  windowId: string | number;
};

/** Why a review window closed. */
export type ClosedReason =
  /** The developer withdrew from the voluntary review. */
  | 'DEVELOPER_WITHDREW'
  /** The model was released. */
  | 'RELEASED'
  /** The developer cancelled the release. */
  | 'RELEASE_CANCELLED';

/** Mark a milestone complete. */
export type CompleteMilestoneInput = {
  /** The milestone. */
  milestoneId: string | number;
};

/** Filters for compliance reports. */
export type ComplianceReportFilter = {
  /** Reports of this agency. */
  agencyId?: string | number | null | undefined;
  /** Reports on this directive. */
  directiveId?: string | number | null | undefined;
  /** Overdue (true) or not (false), from the clock. */
  overdue?: boolean | null | undefined;
  /** Statuses. */
  statuses?: Array<ComplianceStatus> | null | undefined;
};

/** An agency's progress on one required action. */
export type ComplianceStatus =
  /** Complete. */
  | 'COMPLETE'
  /** In progress. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'NOT_STARTED';

/** Whether a model is a covered frontier model, derived from its designation cases. */
export type Coverage =
  /** Designated a covered frontier model. */
  | 'COVERED'
  /** Determined not to be a covered frontier model. */
  | 'NOT_COVERED'
  /** A designation case is open. */
  | 'UNDER_ASSESSMENT'
  /** No designation case has been decided or opened. */
  | 'UNDETERMINED';

/** How to group patch coverage. */
export type CoverageGroupBy =
  /** By operator type. */
  | 'RECIPIENT_TYPE'
  /** By CISA sector. */
  | 'SECTOR'
  /** By state. */
  | 'STATE';

/** A new government agency. */
export type CreateAgencyInput = {
  /** Acronym, e.g. CISA. */
  acronym: string;
  /** What the agency may do in Concord. */
  capabilities: Array<AgencyCapability>;
  /** Display name. */
  name: string;
  /** Unique handle: lower-case letters, digits and dashes. */
  slug: string;
};

/** A new AI developer. */
export type CreateDeveloperInput = {
  /** Display name. */
  name: string;
  /** Initial participation (default INVITED). */
  participation?: Participation | null | undefined;
  /** Unique handle: lower-case letters, digits and dashes. */
  slug: string;
  /** Public website (https). */
  website?: string | null | undefined;
};

/** A new critical-infrastructure recipient. */
export type CreateRecipientInput = {
  /** County or equivalent. */
  county: string;
  /** Display name. */
  name: string;
  /** Operator type. */
  recipientType: RecipientType;
  /** Whether it serves a rural area. */
  rural: boolean;
  /** CISA sector. */
  sector: Sector;
  /** Size of the operator. */
  sizeTier: SizeTier;
  /** Unique handle: lower-case letters, digits and dashes. */
  slug: string;
  /** USPS state code. */
  state: string;
};

/** A new user. */
export type CreateUserInput = {
  /** Sign-in email (stored lower-case). */
  email: string;
  /** Full name. */
  name: string;
  /** The organization the user belongs to. */
  organizationId: string | number;
  /** Roles (ANALYST only in agencies; PLATFORM_ADMIN only by platform administrators). */
  roles: Array<Role>;
};

/** A webhook endpoint to register for your organization. */
export type CreateWebhookEndpointInput = {
  /** A label for humans. */
  description?: string | null | undefined;
  /** The kinds it receives (at least one). */
  events: Array<NotificationKind>;
  /** An https URL on a public address (no credentials, no fragment). */
  url: string;
};

/** A CVSS 3.0, 3.1 or 4.0 base vector; the score is computed, and checked if given. */
export type CvssInput = {
  /** The base score you computed; must match the vector. */
  baseScore?: number | null | undefined;
  /** The base vector, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. */
  vector: string;
};

/** CVSS version of a vector. */
export type CvssVersion =
  /** CVSS 3.0. */
  | 'V3_0'
  /** CVSS 3.1. */
  | 'V3_1'
  /** CVSS 4.0. */
  | 'V4_0';

/** The final determination. */
export type DecideDesignationInput = {
  /** COVERED or NOT_COVERED. */
  decision: DesignationDecision;
  /** The case. */
  designationId: string | number;
  /** Why. */
  rationale: string;
};

/** Filters for deliveries. */
export type DeliveryFilter = {
  /** Deliveries of this advisory. */
  advisoryId?: string | number | null | undefined;
  /** Still open: neither patched, not affected nor withdrawn (true), or closed (false). */
  open?: boolean | null | undefined;
  /** Past a deadline (true) or not (false), from the clock. */
  overdue?: boolean | null | undefined;
  /** Deliveries to this recipient. */
  recipientId?: string | number | null | undefined;
  /** Recipients' states. */
  states?: Array<string> | null | undefined;
  /** Statuses. */
  statuses?: Array<DeliveryStatus> | null | undefined;
  /** Of withdrawn advisories (true) or not (false). */
  withdrawn?: boolean | null | undefined;
};

/** A recipient's progress on an advisory. */
export type DeliveryStatus =
  /** Acknowledged. */
  | 'ACKNOWLEDGED'
  /** Delivered, not yet acknowledged. */
  | 'DELIVERED'
  /** The recipient is not affected. */
  | 'NOT_AFFECTED'
  /** Patched. */
  | 'PATCHED'
  /** Patching under way. */
  | 'PATCH_IN_PROGRESS';

/** Act on a designation case. */
export type DesignationActionInput = {
  /** The designation case. */
  designationId: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** Why a designation case was opened. */
export type DesignationBasis =
  /** An agency opened it on its own initiative. */
  | 'AGENCY_INITIATIVE'
  /** Routine benchmark screening by the classification process. */
  | 'BENCHMARK_SCREENING'
  /** The developer asked whether a designation applies. */
  | 'DEVELOPER_REQUEST';

/** The final determination of a case. */
export type DesignationDecision =
  /** A covered frontier model. */
  | 'COVERED'
  /** Not a covered frontier model. */
  | 'NOT_COVERED';

/** Filters for designation cases. */
export type DesignationFilter = {
  /** Only these bases. */
  bases?: Array<DesignationBasis> | null | undefined;
  /** Only cases led by this agency. */
  leadAgencyId?: string | number | null | undefined;
  /** Only cases on this model. */
  modelId?: string | number | null | undefined;
  /** Only proposals whose developer response window has passed without a response (true), or the others (false). */
  responseOverdue?: boolean | null | undefined;
  /** Only these statuses. */
  statuses?: Array<DesignationStatus> | null | undefined;
};

/** Ordering for Designation lists. */
export type DesignationOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: DesignationOrderField;
};

/** Fields Designation lists can be ordered by. */
export type DesignationOrderField =
  /** By when the case was opened. */
  | 'CREATED_AT'
  /** By last change. */
  | 'UPDATED_AT';

/** Where a designation case stands. */
export type DesignationStatus =
  /** The classification benchmarks are being run. */
  | 'BENCHMARKING'
  /** Decided: a covered frontier model. */
  | 'COVERED'
  /** Decided: not a covered frontier model. */
  | 'NOT_COVERED'
  /** Opened; nothing assessed yet. */
  | 'OPEN'
  /** The designation authority proposes to designate the model covered. */
  | 'PROPOSED_COVERED'
  /** The designation authority proposes to find the model not covered. */
  | 'PROPOSED_NOT_COVERED'
  /** Closed without a decision. */
  | 'WITHDRAWN';

/** Filters for developers. */
export type DeveloperFilter = {
  /** Only these participation states. */
  participation?: Array<Participation> | null | undefined;
  /** Case-insensitive text contained in the name. */
  search?: string | null | undefined;
};

/** Act on a directive. */
export type DirectiveActionInput = {
  /** The directive. */
  directiveId: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** Kind of directive. */
export type DirectiveKind =
  /** A CISA Binding Operational Directive (BOD). */
  | 'BINDING_OPERATIONAL_DIRECTIVE'
  /** A CISA Emergency Directive (ED). */
  | 'EMERGENCY_DIRECTIVE'
  /** An OMB memorandum. */
  | 'OMB_MEMORANDUM';

/** Where a directive stands. */
export type DirectiveStatus =
  /** Being written. */
  | 'DRAFT'
  /** In force. */
  | 'ISSUED'
  /** Revoked; open reports are closed. */
  | 'REVOKED'
  /** Replaced by a newer directive. */
  | 'SUPERSEDED';

/** Disable an endpoint. */
export type DisableWebhookEndpointInput = {
  /** The endpoint. */
  endpointId: string | number;
  /** Why (shown to the other admins). */
  reason?: string | null | undefined;
};

/** A new advisory (drafted by a clearinghouse analyst). */
export type DraftAdvisoryInput = {
  /** Hours to acknowledge. */
  acknowledgeWithinHours?: number | null | undefined;
  /** Who it targets. */
  audience: AdvisoryAudienceInput;
  /** The clearinghouse entries it is about (validated onwards). */
  entryIds: Array<string | number>;
  /** TLP marking (not RED: advisories go to organizations). */
  marking: Marking;
  /** Days to patch. */
  patchWithinDays?: number | null | undefined;
  /** Priority. */
  priority: AdvisoryPriority;
  /** Whether recipients must acknowledge (default true). */
  requiresAcknowledgement?: boolean | null | undefined;
  /** What recipients need to know and do. */
  summary: string;
  /** The published advisory this one replaces (on publication). */
  supersedesId?: string | number | null | undefined;
  /** Title. */
  title: string;
};

/** A new directive (directive issuers: CISA, OMB). */
export type DraftDirectiveInput = {
  /** Code, e.g. "BOD 26-04" or "M-26-11". */
  code: string;
  /** Kind. */
  kind: DirectiveKind;
  /** Related clearinghouse entries. */
  relatedEntryIds?: Array<string | number> | null | undefined;
  /** Required actions. */
  requiredActions: Array<RequiredActionInput>;
  /** Official text (https). */
  sourceUrl?: string | null | undefined;
  /** Summary. */
  summary: string;
  /** An issued directive of the same issuer that this one replaces when issued. */
  supersedesId?: string | number | null | undefined;
  /** Title. */
  title: string;
};

/** Filters for entries; lists match any of their values. */
export type EntryFilter = {
  /** The entry for this CVE id. */
  cve?: string | null | undefined;
  /** Known exploited (true) or not (false). */
  knownExploited?: boolean | null | undefined;
  /** TLP markings. */
  markings?: Array<Marking> | null | undefined;
  /** Affected product (exact). */
  product?: string | null | undefined;
  /** Reported by this organization. */
  reportedById?: string | number | null | undefined;
  /** Entries exposing any of these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Severities. */
  severities?: Array<Severity> | null | undefined;
  /** Statuses. */
  statuses?: Array<EntryStatus> | null | undefined;
  /** Changed at or after this time. */
  updatedSince?: string | null | undefined;
  /** Affected vendor (exact). */
  vendor?: string | null | undefined;
};

/** An identifier of the vulnerability. */
export type EntryIdentifierInput = {
  /** Kind of identifier. */
  type: IdentifierType;
  /** The identifier, e.g. CVE-2026-12345. */
  value: string;
};

/** Ordering for Entry lists. */
export type EntryOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: EntryOrderField;
};

/** Fields Entry lists can be ordered by. */
export type EntryOrderField =
  /** By CVSS base score (unscored lowest). */
  | 'CVSS_SCORE'
  /** By publication (unpublished last when descending). */
  | 'PUBLISHED_AT'
  /** By full-text rank (with `search`; without it, by last change). */
  | 'RELEVANCE'
  /** By severity. */
  | 'SEVERITY'
  /** By last change. */
  | 'UPDATED_AT';

/** Where a clearinghouse entry stands. */
export type EntryStatus =
  /** Fix being coordinated with vendors and operators. */
  | 'COORDINATING'
  /** Duplicate of another entry (see duplicateOf). */
  | 'DUPLICATE'
  /** A fix is available. */
  | 'PATCH_AVAILABLE'
  /** Not a vulnerability. */
  | 'REJECTED'
  /** Reported, not yet looked at. */
  | 'REPORTED'
  /** Resolved. */
  | 'RESOLVED'
  /** Triaged by the clearinghouse. */
  | 'TRIAGED'
  /** Validated as a real vulnerability. */
  | 'VALIDATED'
  /** Withdrawn. */
  | 'WITHDRAWN';

/** Move an entry through its lifecycle. */
export type EntryTransitionInput = {
  /** The entry. */
  id: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** A finding from the review. */
export type FileReviewFindingInput = {
  /** Category. */
  category: string;
  /** What was found. */
  description: string;
  /** AMBER_STRICT (default: the developer and your agency) or AMBER (the developer and the government). */
  marking?: Marking | null | undefined;
  /** Severity. */
  severity: FindingSeverity;
  /** Short title. */
  title: string;
  /** The window (access granted). */
  windowId: string | number;
};

/** How serious a review finding is. */
export type FindingSeverity =
  /** Critical. */
  | 'CRITICAL'
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Where a review finding stands. Findings inform; they never gate a release. */
export type FindingStatus =
  /** The developer acknowledged it. */
  | 'ACKNOWLEDGED'
  /** The developer mitigated it. */
  | 'MITIGATED'
  /** The developer accepted the risk. */
  | 'RISK_ACCEPTED'
  /** Shared with the developer. */
  | 'SHARED';

/** Filters for frontier models. */
export type FrontierModelFilter = {
  /** Only models with these coverage states. */
  coverage?: Array<Coverage> | null | undefined;
  /** Only models of this developer. */
  developerId?: string | number | null | undefined;
  /** Planned release at or after this time. */
  plannedReleaseAfter?: string | null | undefined;
  /** Planned release at or before this time. */
  plannedReleaseBefore?: string | null | undefined;
  /** Only released (true) or unreleased (false) models. */
  released?: boolean | null | undefined;
  /** Case-insensitive text in the name. */
  search?: string | null | undefined;
};

/** Ordering for FrontierModel lists. */
export type FrontierModelOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: FrontierModelOrderField;
};

/** Fields FrontierModel lists can be ordered by. */
export type FrontierModelOrderField =
  /** By registration time. */
  | 'CREATED_AT'
  /** By name, then version label. */
  | 'NAME'
  /** By planned release (models without one last). */
  | 'PLANNED_RELEASE_AT';

/** A decision on a tool grant. */
export type GrantAction =
  /** REQUESTED -> APPROVED (takes a seat, if one is free). */
  | 'APPROVE'
  /** REQUESTED -> DENIED. */
  | 'DENY'
  /** PROVISIONED -> EXPIRED (frees the seat). */
  | 'EXPIRE'
  /** APPROVED -> PROVISIONED. */
  | 'PROVISION'
  /** APPROVED or PROVISIONED -> REVOKED (frees the seat). */
  | 'REVOKE';

/** Where a tool grant stands. */
export type GrantStatus =
  /** Approved; holds a seat. */
  | 'APPROVED'
  /** Denied. */
  | 'DENIED'
  /** Expired; the seat is free again. */
  | 'EXPIRED'
  /** Provisioned; holds a seat. */
  | 'PROVISIONED'
  /** Requested by the recipient. */
  | 'REQUESTED'
  /** Revoked; the seat is free again. */
  | 'REVOKED';

/** The legal authority a position is filled under. */
export type HiringAuthority =
  /** Competitive (delegated) examining open to the public (5 U.S.C. 3304). */
  | 'COMPETITIVE_EXAMINING'
  /** DHS's Cybersecurity Talent Management System (6 U.S.C. 658), for CISA and DHS cyber positions. */
  | 'CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM'
  /** Direct-hire authority for a critical need or severe shortage, e.g. OPM’s government-wide DHA for IT. */
  | 'DIRECT_HIRE'
  /** Merit promotion among current and former federal employees. */
  | 'MERIT_PROMOTION'
  /** Another excepted-service authority (e.g. title 10 or title 50 cyber positions). */
  | 'OTHER_EXCEPTED_SERVICE'
  /** The Pathways programs: interns, recent graduates, Presidential Management Fellows. */
  | 'PATHWAYS'
  /** Excepted service under Schedule A (5 CFR 213.3102), e.g. A(r) fellowships. */
  | 'SCHEDULE_A'
  /** CyberCorps: Scholarship for Service placements. */
  | 'SCHOLARSHIP_FOR_SERVICE'
  /** Veterans Recruitment Appointment (VRA) and other veteran authorities. */
  | 'VETERANS_RECRUITMENT_APPOINTMENT';

/** What an agency reports to the initiative's authority, by the order's deadlines. */
export type HiringReportKind =
  /** The hiring plan (due by day 30). */
  | 'PLAN'
  /** Progress against the plan (due by day 60). */
  | 'PROGRESS';

/** Where a position's hiring stands, following OPM's End-to-End Hiring Roadmap. Each stage is entered on a date; ANNOUNCEMENT_OPEN again after it is a re-announcement. */
export type HiringStage =
  /** The announcement closed; applicants are assessed. */
  | 'ANNOUNCEMENT_CLOSED'
  /** The job announcement is open (on USAJOBS). */
  | 'ANNOUNCEMENT_OPEN'
  /** The action was cancelled. */
  | 'CANCELLED'
  /** A certificate of eligibles went to the selecting official. */
  | 'CERTIFICATE_ISSUED'
  /** The new hire entered on duty (the clock stops). */
  | 'ENTERED_ON_DUTY'
  /** A firm offer was made. */
  | 'FIRM_OFFER'
  /** Job analysis and assessment strategy. */
  | 'JOB_ANALYSIS'
  /** The need to hire was validated against the workforce plan (the clock starts). */
  | 'NEED_VALIDATED'
  /** Security clearance and suitability checks. */
  | 'SECURITY_AND_SUITABILITY'
  /** The selecting official chose a candidate. */
  | 'SELECTION'
  /** A tentative offer was made. */
  | 'TENTATIVE_OFFER';

/** Kind of vulnerability identifier. */
export type IdentifierType =
  /** A CVE id (CVE-YYYY-NNNN+). */
  | 'CVE'
  /** A GitHub security advisory id. */
  | 'GHSA'
  /** Any other identifier. */
  | 'OTHER'
  /** A vendor's own advisory id. */
  | 'VENDOR';

/** A new API key for a machine partner. */
export type IssueApiKeyInput = {
  /** When the key stops working. */
  expiresAt?: string | null | undefined;
  /** A label, e.g. "release pipeline". */
  name: string;
  /** The organization the key acts for. */
  organizationId: string | number;
  /** Roles the key acts with (default MEMBER; never PLATFORM_ADMIN). */
  roles?: Array<Role> | null | undefined;
};

/** Known Exploited Vulnerabilities catalog fields. */
export type KevInput = {
  /** When it was added to the catalog. */
  dateAdded: string;
  /** When federal agencies must have acted. */
  dueDate: string;
  /** 'Known' when used in ransomware campaigns, else 'Unknown' (as CISA writes it). */
  knownRansomwareCampaignUse?: string | null | undefined;
  /** The catalog's notes (its reference URLs are also in the entry's references). */
  notes?: string | null | undefined;
  /** The product, as the catalog names it. */
  product?: string | null | undefined;
  /** The required action. */
  requiredAction: string;
  /** The vendor or project, as the catalog names it. */
  vendorProject?: string | null | undefined;
};

/** A new hiring initiative under the order (WORKFORCE_AUTHORITY analysts). */
export type LaunchHiringInitiativeInput = {
  /** The hiring authorities positions under it may use. */
  allowedAuthorities: Array<HiringAuthority>;
  /** Legal basis, e.g. "E.O. 14409 sec. 6(b); 5 U.S.C. 3304". */
  legalBasis: string;
  /** Name, unique. */
  name: string;
  /** Hiring plans due (default: day 30). */
  planDueAt?: string | null | undefined;
  /** Progress reports due (default: day 60). */
  progressDueAt?: string | null | undefined;
  /** Day 0. */
  startsAt: string;
};

/** Mark an entry as a duplicate of another. */
export type MarkDuplicateInput = {
  /** The original entry. */
  duplicateOfId: string | number;
  /** The entry. */
  id: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** Flag an entry as known exploited, with its KEV catalog fields. */
export type MarkKnownExploitedInput = {
  /** The entry. */
  id: string | number;
  /** KEV catalog fields. */
  kev: KevInput;
};

/** Traffic Light Protocol (TLP 2.0) marking: who may see the information. */
export type Marking =
  /** TLP:AMBER: the targeted organizations, the reporter and the government. */
  | 'AMBER'
  /** TLP:AMBER+STRICT: the targeted organization itself and the government originator. */
  | 'AMBER_STRICT'
  /** TLP:CLEAR: anyone, including the public. */
  | 'CLEAR'
  /** TLP:GREEN: the community (anyone signed in). */
  | 'GREEN'
  /** TLP:RED: named individuals only. */
  | 'RED';

/** Filters for milestones. */
export type MilestoneFilter = {
  /** Responsible agency. */
  agencyId?: string | number | null | undefined;
  /** Statuses (computed from the clock). */
  statuses?: Array<MilestoneStatus> | null | undefined;
};

/** Where one of the order's deliverables stands, from the clock. */
export type MilestoneStatus =
  /** Completed. */
  | 'COMPLETE'
  /** Due within 14 days. */
  | 'DUE_SOON'
  /** Past due, not completed. */
  | 'OVERDUE'
  /** Due later. */
  | 'UPCOMING';

/** Move a position to its next hiring stage, on a date. */
export type MovePositionInput = {
  /** When it entered the stage: not before the current stage was entered, not in the future. */
  date: string;
  /** The version you last read. */
  expectedVersion?: number | null | undefined;
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** The position. */
  positionId: string | number;
  /** The stage it enters. */
  stage: HiringStage;
  /** USAJOBS control number (when the announcement opens). */
  usajobsControlNumber?: string | null | undefined;
};

/** How a notification travels. */
export type NotificationChannel =
  /** An email to a person (SMTP). */
  | 'EMAIL'
  /** A signed HTTPS POST to an endpoint an organization registered. */
  | 'WEBHOOK';

/** Filters for notifications. */
export type NotificationFilter = {
  /** Only this channel. */
  channel?: NotificationChannel | null | undefined;
  /** Only to this webhook endpoint. */
  endpointId?: string | number | null | undefined;
  /** Only this kind. */
  kind?: NotificationKind | null | undefined;
  /** Only this status (DEAD: the dead letters). */
  status?: NotificationStatus | null | undefined;
};

/** Which notification. */
export type NotificationInput = {
  /** The notification (its id is the webhook-id). */
  notificationId: string | number;
};

/** What a notification is about. Webhook payloads carry it in `type` in its dotted form (e.g. `advisory.published`). */
export type NotificationKind =
  /** An advisory was published and delivered to your organization. */
  | 'ADVISORY_PUBLISHED'
  /** An advisory delivered to your organization was withdrawn; nothing more is expected. */
  | 'ADVISORY_WITHDRAWN'
  /** Your acknowledgement or patch of an advisory is due within a day. */
  | 'DELIVERY_DUE_SOON'
  /** An advisory has been overdue for three days: told to the recipient organization's admins. */
  | 'DELIVERY_ESCALATED'
  /** Your acknowledgement or patch of an advisory is overdue. */
  | 'DELIVERY_OVERDUE'
  /** A recipient acknowledged an advisory your organization issued, or reported it patched. */
  | 'DELIVERY_UPDATED'
  /** The window to respond to a designation case about your model closes within three days. */
  | 'DESIGNATION_RESPONSE_DUE'
  /** A designation case about one of your models (or one your agency leads) moved. */
  | 'DESIGNATION_UPDATED'
  /** A directive with required actions for your agency was issued. */
  | 'DIRECTIVE_ISSUED'
  /** A required action of a directive is due for your agency within three days. */
  | 'DIRECTIVE_REPORT_DUE'
  /** A required action of a directive is past due for your agency. */
  | 'DIRECTIVE_REPORT_OVERDUE'
  /** A new clearinghouse report to triage. */
  | 'ENTRY_REPORTED'
  /** A clearinghouse entry your organization reported (or, for operators, any entry) moved. */
  | 'ENTRY_UPDATED'
  /** One of your agency's cyber positions moved through the hiring stages. */
  | 'POSITION_CHANGED'
  /** Government access to a covered model opens within three days. */
  | 'REVIEW_WINDOW_OPENING'
  /** A request for a defense tool was approved or declined. */
  | 'TOOL_GRANT_DECIDED'
  /** One of your organization's webhook endpoints failed for days and was disabled. */
  | 'WEBHOOK_ENDPOINT_DISABLED'
  /** A milestone of a cyber hiring initiative your agency has targets in is due within three days. */
  | 'WORKFORCE_MILESTONE_DUE';

/** How a person wants the email of one notification kind. */
export type NotificationMode =
  /** Collected into one email a day. */
  | 'DAILY_DIGEST'
  /** One email as soon as it happens. */
  | 'IMMEDIATELY'
  /** No email (webhooks of the organization are not affected). */
  | 'OFF';

/** Ordering for Notification lists. */
export type NotificationOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: NotificationOrderField;
};

/** Fields Notification lists can be ordered by. */
export type NotificationOrderField =
  /** When it was queued. */
  | 'CREATED_AT';

/** Where a notification stands. */
export type NotificationStatus =
  /** Every attempt failed for over a day (the dead-letter state); `retryNotification` sends it again, with the same id. */
  | 'DEAD'
  /** The receiver accepted it (a 2xx answer, or the mail server took it). */
  | 'DELIVERED'
  /** Waiting for the person's daily digest email. */
  | 'DIGEST'
  /** Queued; not attempted yet. */
  | 'PENDING'
  /** An attempt failed; it is tried again with exponential backoff and jitter. */
  | 'RETRYING'
  /** Being sent now. */
  | 'SENDING'
  /** Not sent: when it was due, its target could no longer see the subject (visibility, embargo, revocation), the credential or person was gone, or the endpoint was disabled. */
  | 'SUPPRESSED';

/** Offer a defense tool (developer members). */
export type OfferDefenseToolInput = {
  /** Capabilities. */
  capabilities: Array<string>;
  /** What it does. */
  description: string;
  /** Eligibility. */
  eligibility: ToolEligibilityInput;
  /** Name. */
  name: string;
  /** Seats offered. */
  seats: number;
};

/** Open a designation case (designation authority). */
export type OpenDesignationInput = {
  /** BENCHMARK_SCREENING or AGENCY_INITIATIVE. */
  basis: DesignationBasis;
  /** The model. */
  modelId: string | number;
  /** Days the developer gets to respond to a proposal (default 14). */
  responseWindowDays?: number | null | undefined;
};

/** Filters for OPM cybersecurity codes. */
export type OpmCyberCodeFilter = {
  /** Only codes whose work role is in these categories. */
  categories?: Array<WorkRoleCategory> | null | undefined;
  /** Only the codes of this work role. */
  workRoleId?: string | number | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending (A to Z, oldest first). */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Filters for organizations of any kind. */
export type OrganizationFilter = {
  /** Only these kinds. */
  kinds?: Array<OrganizationKind> | null | undefined;
  /** Case-insensitive text contained in the name. */
  search?: string | null | undefined;
};

/** What kind of participant an organization is. */
export type OrganizationKind =
  /** A frontier AI developer (lab). */
  | 'AI_DEVELOPER'
  /** A critical-infrastructure operator that receives advisories. */
  | 'CRITICAL_INFRASTRUCTURE'
  /** A US government agency. */
  | 'GOVERNMENT_AGENCY';

/** Ordering for Organization lists. */
export type OrganizationOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: OrganizationOrderField;
};

/** Fields Organization lists can be ordered by. */
export type OrganizationOrderField =
  /** By when they were added. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME';

/** A developer's participation in the voluntary framework. */
export type Participation =
  /** Enrolled and participating. */
  | 'ENROLLED'
  /** Invited, not yet enrolled. */
  | 'INVITED'
  /** Withdrew from the voluntary framework. */
  | 'WITHDRAWN';

/** The pay plan of a position (grades 1 to 15). */
export type PayPlan =
  /** Excepted-service positions paid like the General Schedule. */
  | 'GG'
  /** General Schedule. */
  | 'GS';

/** Filters for positions. */
export type PositionFilter = {
  /** Of this agency. */
  agencyId?: string | number | null | undefined;
  /** Counting toward this initiative. */
  initiativeId?: string | number | null | undefined;
  /** A GS-2210 position coded "000" (a likely coding error). */
  likelyCodingError?: boolean | null | undefined;
  /** Past the 80-day model’s allotment for its current stage (from the clock). */
  overdue?: boolean | null | undefined;
  /** At these stages. */
  stages?: Array<HiringStage> | null | undefined;
  /** Defending these systems. */
  systemPriorities?: Array<SystemPriority> | null | undefined;
  /** Whose most critical code is this work role's. */
  workRoleId?: string | number | null | undefined;
};

/** Ordering for Position lists. */
export type PositionOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: PositionOrderField;
};

/** Fields Position lists can be ordered by. */
export type PositionOrderField =
  /** When it was recorded. */
  | 'CREATED_AT'
  /** When its need was validated (the start of time to hire). */
  | 'NEED_VALIDATED_AT'
  /** When it entered its current stage. */
  | 'STAGE_ENTERED_AT';

/** Propose an outcome for a case. */
export type ProposeDesignationInput = {
  /** The case. */
  designationId: string | number;
  /** The proposed outcome. */
  outcome: DesignationDecision;
  /** Why. */
  rationale?: string | null | undefined;
  /** Change the response window for this case (days). */
  responseWindowDays?: number | null | undefined;
};

/** Propose a voluntary pre-release review window for your model. */
export type ProposeReviewWindowInput = {
  /** When reviewers get access: not earlier than 30 days before the planned release. */
  accessStartsAt: string;
  /** Confidentiality, IP and insider-risk safeguards. */
  accessTerms: AccessTermsInput;
  /** Your model (with a planned release date). */
  modelId: string | number;
  /** The agencies that will review. */
  reviewingAgencyIds: Array<string | number>;
};

/** Filters for critical-infrastructure recipients; each list matches any of its values. */
export type RecipientFilter = {
  /** Only these operator types. */
  recipientTypes?: Array<RecipientType> | null | undefined;
  /** Only rural (true) or non-rural (false) operators. */
  rural?: boolean | null | undefined;
  /** Case-insensitive text contained in the name. */
  search?: string | null | undefined;
  /** Only these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Only these sizes. */
  sizeTiers?: Array<SizeTier> | null | undefined;
  /** Only these USPS state codes. */
  states?: Array<string> | null | undefined;
};

/** The kind of critical-infrastructure operator. */
export type RecipientType =
  /** A community bank or credit union. */
  | 'COMMUNITY_BANK'
  /** A hospital or health system. */
  | 'HOSPITAL'
  /** A local water, wastewater or electric utility. */
  | 'LOCAL_UTILITY'
  /** Any other operator. */
  | 'OTHER'
  /** A state, local, tribal or territorial government body. */
  | 'STATE_LOCAL_GOVERNMENT';

/** A classification benchmark result. */
export type RecordBenchmarkResultInput = {
  /** Opaque pointer to classified material; never the material itself. */
  classifiedReference?: string | null | undefined;
  /** The case. */
  designationId: string | number;
  /** When it ran (default now; not in the future). */
  evaluatedAt?: string | null | undefined;
  /** Score achieved. */
  score: number;
  /** Suite name. */
  suite: string;
  /** Suite version. */
  suiteVersion: string;
  /** Threshold for advanced cyber capability. */
  threshold: number;
};

/** Record that your model has been publicly released. Always succeeds for the developer. */
export type RecordModelReleaseInput = {
  /** Your model. */
  modelId: string | number;
  /** When it was released (default now; a future time counts as now). */
  releasedAt?: string | null | undefined;
};

/** A position your agency is filling (a requisition; never a person). */
export type RecordPositionInput = {
  /** Clearance or designation required. */
  clearance: ClearanceLevel;
  /** Grade, 1 to 15. */
  grade: number;
  /** The hiring authority (one the initiative allows). */
  hiringAuthority: HiringAuthority;
  /** The initiative it counts toward. */
  initiativeId: string | number;
  /** Duty station city. */
  locationCity: string;
  /** Duty station state (two letters). */
  locationState: string;
  /** When the need was validated (not in the future). */
  needValidatedAt: string;
  /** OPM cybersecurity data codes, most critical first (one to three). */
  opmCodes: Array<string>;
  /** Pay plan. */
  payPlan: PayPlan;
  /** Sensitive (national security systems only; your agency's administrators and analysts see it). */
  sensitive?: boolean | null | undefined;
  /** Occupational series, four digits (e.g. "2210"). */
  series: string;
  /** Which systems it defends. */
  systemPriority: SystemPriority;
  /** Position title. */
  title: string;
};

/** A frontier model to register. */
export type RegisterFrontierModelInput = {
  /** What the model is. */
  description?: string | null | undefined;
  /** The developer (defaults to the viewer's organization). */
  developerId?: string | number | null | undefined;
  /** Version label, e.g. "4.1". */
  modelVersion: string;
  /** Model name. */
  name: string;
  /** Planned public release (must be in the future). */
  plannedReleaseAt?: string | null | undefined;
};

/** Release a scan claim. */
export type ReleaseScanClaimInput = {
  /** The claim. */
  id: string | number;
};

/** Kind of remediation (as in CSAF). */
export type RemediationCategory =
  /** A mitigation. */
  | 'MITIGATION'
  /** No remediation is available yet. */
  | 'NONE_AVAILABLE'
  /** The vendor plans no fix. */
  | 'NO_FIX_PLANNED'
  /** A fix from the vendor. */
  | 'VENDOR_FIX'
  /** A workaround. */
  | 'WORKAROUND';

/** A way to fix or mitigate the vulnerability. */
export type RemediationInput = {
  /** When it became available. */
  availableAt?: string | null | undefined;
  /** Kind of remediation. */
  category: RemediationCategory;
  /** What to do. */
  details: string;
  /** Where to find it (https). */
  url?: string | null | undefined;
};

/** A position's applicant counts so far (counts only: never names). */
export type ReportApplicantCountsInput = {
  /** Applicants. */
  applicants: number;
  /** Selectees who declined (at most the selected). */
  declined: number;
  /** The version you last read. */
  expectedVersion?: number | null | undefined;
  /** Interviewed (at most the referred). */
  interviewed: number;
  /** The position. */
  positionId: string | number;
  /** Found qualified (at most the applicants). */
  qualified: number;
  /** Referred on a certificate (at most the qualified). */
  referred: number;
  /** Selected (at most the referred). */
  selected: number;
};

/** A vulnerability to report to the clearinghouse. */
export type ReportEntryInput = {
  /** Affected products. */
  affected: Array<AffectedProductInput>;
  /** Organizations affected (e.g. the vendor, if a participant): they see it during an embargo and by AMBER. */
  affectedPartyIds?: Array<string | number> | null | undefined;
  /** CVSS 3.x or 4.0 base vector. */
  cvss?: CvssInput | null | undefined;
  /** CWE ids, e.g. CWE-787. */
  cwes?: Array<string> | null | undefined;
  /** Technical details. */
  details?: string | null | undefined;
  /** Your frontier model that found it (AI-assisted discovery). */
  discoveredWithModelId?: string | number | null | undefined;
  /** Embargo: until then only you and the government see it. */
  embargoUntil?: string | null | undefined;
  /** CVE (at most one), GHSA, vendor and other ids. */
  identifiers?: Array<EntryIdentifierInput> | null | undefined;
  /** TLP marking (default AMBER). */
  marking?: Marking | null | undefined;
  /** For TLP:RED: the users who may see it (besides you). */
  redUserIds?: Array<string | number> | null | undefined;
  /** Sectors exposed. */
  sectors?: Array<Sector> | null | undefined;
  /** Severity when there is no CVSS vector (otherwise derived). */
  severity?: Severity | null | undefined;
  /** One-paragraph summary. */
  summary: string;
  /** Title. */
  title: string;
};

/** An agency's hiring plan or progress report under an initiative. */
export type ReportHiringPlanInput = {
  /** The initiative. */
  initiativeId: string | number;
  /** PLAN (due day 30) or PROGRESS (due day 60). */
  kind: HiringReportKind;
  /** What the agency reports. */
  summary: string;
};

/** Ask whether a designation applies to one of your models. */
export type RequestDesignationInput = {
  /** Your model. */
  modelId: string | number;
  /** What you are asking, and any facts the authority should know. */
  question?: string | null | undefined;
};

/** Ask for a covered model to be assessed again, with new facts. */
export type RequestReassessmentInput = {
  /** The covered model. */
  modelId: string | number;
  /** What has changed since the designation. */
  newFacts: string;
};

/** Request a seat of a tool for your organization. */
export type RequestToolGrantInput = {
  /** Why you need it. */
  note?: string | null | undefined;
  /** The tool. */
  toolId: string | number;
};

/** One action a directive requires. */
export type RequiredActionInput = {
  /** What agencies must do. */
  description: string;
  /** Days after issuance it is due. */
  dueInDays: number;
  /** Title. */
  title: string;
};

/** The developer's response to a proposal. */
export type RespondToDesignationInput = {
  /** Your arguments. */
  arguments: string;
  /** The case. */
  designationId: string | number;
  /** Agree or contest. */
  position: ResponsePosition;
};

/** The developer's position on a proposal. */
export type ResponsePosition =
  /** Agrees with the proposal. */
  | 'AGREE'
  /** Contests the proposal, with arguments. */
  | 'CONTEST';

/** Act on a review finding. */
export type ReviewFindingActionInput = {
  /** The review finding. */
  findingId: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** Act on a review window. */
export type ReviewWindowActionInput = {
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** The review window. */
  windowId: string | number;
};

/** Filters for review windows. */
export type ReviewWindowFilter = {
  /** Only windows for this model. */
  modelId?: string | number | null | undefined;
  /** Only windows whose release is planned at or before this time. */
  releaseBefore?: string | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ReviewWindowStatus> | null | undefined;
};

/** Where a voluntary pre-release review window stands. */
export type ReviewWindowStatus =
  /** The developer granted access to the reviewing agencies. */
  | 'ACCESS_GRANTED'
  /** The government agreed to the terms. */
  | 'AGREED'
  /** Called off before access was granted. */
  | 'CANCELLED'
  /** Closed, see closedReason. */
  | 'CLOSED'
  /** The developer proposed the window. */
  | 'PROPOSED';

/** Revokes an API key. */
export type RevokeApiKeyInput = {
  /** The key to revoke. */
  id: string | number;
};

/** What a user (or API key) may do, on top of what its organization may see. */
export type Role =
  /** A government analyst (only in an agency): sees what the government may see. */
  | 'ANALYST'
  /** A member of its organization. */
  | 'MEMBER'
  /** Manages its own organization's users and API keys. */
  | 'ORG_ADMIN'
  /** Operates Concord: manages every organization and user (a government agency's staff). */
  | 'PLATFORM_ADMIN';

/** Filters for scan claims. */
export type ScanClaimFilter = {
  /** Product (case-insensitive). */
  product?: string | null | undefined;
  /** Statuses. */
  statuses?: Array<ScanClaimStatus> | null | undefined;
  /** Vendor (case-insensitive). */
  vendor?: string | null | undefined;
};

/** Whether a scan claim holds. */
export type ScanClaimStatus =
  /** Claimed. */
  | 'ACTIVE'
  /** Released by the claimant. */
  | 'RELEASED';

/** The 16 critical-infrastructure sectors designated by CISA. */
export type Sector =
  /** The chemical sector. */
  | 'CHEMICAL'
  /** The commercial facilities sector. */
  | 'COMMERCIAL_FACILITIES'
  /** The communications sector. */
  | 'COMMUNICATIONS'
  /** The critical manufacturing sector. */
  | 'CRITICAL_MANUFACTURING'
  /** The dams sector. */
  | 'DAMS'
  /** The defense industrial base sector. */
  | 'DEFENSE_INDUSTRIAL_BASE'
  /** The emergency services sector. */
  | 'EMERGENCY_SERVICES'
  /** The energy sector. */
  | 'ENERGY'
  /** The financial services sector. */
  | 'FINANCIAL_SERVICES'
  /** The food and agriculture sector. */
  | 'FOOD_AND_AGRICULTURE'
  /** The government services and facilities sector. */
  | 'GOVERNMENT_SERVICES_AND_FACILITIES'
  /** The healthcare and public health sector. */
  | 'HEALTHCARE_AND_PUBLIC_HEALTH'
  /** The information technology sector. */
  | 'INFORMATION_TECHNOLOGY'
  /** The nuclear reactors materials and waste sector. */
  | 'NUCLEAR_REACTORS_MATERIALS_AND_WASTE'
  /** The transportation systems sector. */
  | 'TRANSPORTATION_SYSTEMS'
  /** The water and wastewater systems sector. */
  | 'WATER_AND_WASTEWATER_SYSTEMS';

/** Set an agency's target under an initiative (the initiative's authority). */
export type SetHiringTargetInput = {
  /** The agency. */
  agencyId: string | number;
  /** By when. */
  dueAt: string;
  /** The initiative. */
  initiativeId: string | number;
  /** Positions to fill (entered on duty). */
  positions: number;
  /** A work role (none: the agency's target in all roles). */
  workRoleId?: string | number | null | undefined;
};

/** How you want the email of one kind. */
export type SetNotificationPreferenceInput = {
  /** The kind. */
  kind: NotificationKind;
  /** Immediately, in a daily digest, or off. */
  mode: NotificationMode;
};

/** Severity, following the CVSS score bands (9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low). */
export type Severity =
  /** CVSS 9.0-10.0. */
  | 'CRITICAL'
  /** CVSS 7.0-8.9. */
  | 'HIGH'
  /** CVSS 0.1-3.9. */
  | 'LOW'
  /** CVSS 4.0-6.9. */
  | 'MEDIUM'
  /** CVSS 0.0, or not scored. */
  | 'NONE';

/** The size of an operator, for eligibility rules. */
export type SizeTier =
  /** Large operator. */
  | 'LARGE'
  /** Medium operator. */
  | 'MEDIUM'
  /** Small operator (e.g. critical-access hospital, bank under $1B assets). */
  | 'SMALL';

/** Which systems a position defends: the order puts national security and federal civilian systems first. */
export type SystemPriority =
  /** Federal civilian executive branch systems. */
  | 'FEDERAL_CIVILIAN_SYSTEMS'
  /** National security systems (NSS, 44 U.S.C. 3552(b)(6)). */
  | 'NATIONAL_SECURITY_SYSTEMS'
  /** Any other cyber work. */
  | 'OTHER';

/** Who may request a tool (any when a list is empty or omitted). */
export type ToolEligibilityInput = {
  /** Operator types. */
  recipientTypes?: Array<RecipientType> | null | undefined;
  /** Sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Sizes. */
  sizeTiers?: Array<SizeTier> | null | undefined;
};

/** Decide on or change a grant (the developer or a government analyst). */
export type ToolGrantActionInput = {
  /** What to do. */
  action: GrantAction;
  /** The grant. */
  grantId: string | number;
  /** A note. */
  note?: string | null | undefined;
};

/** Changes to a government agency. */
export type UpdateAgencyInput = {
  /** New capabilities (replaces the list). */
  capabilities?: Array<AgencyCapability> | null | undefined;
  /** The version you last read; a newer version on the server is CONFLICT. */
  expectedVersion: number;
  /** The organization to update. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
};

/** An agency's compliance report on one required action. */
export type UpdateComplianceReportInput = {
  /** Evidence note. */
  evidence?: string | null | undefined;
  /** The version you last read. */
  expectedVersion: number;
  /** The report. */
  reportId: string | number;
  /** IN_PROGRESS or COMPLETE. */
  status: ComplianceStatus;
};

/** A recipient's progress report on an advisory. */
export type UpdateDeliveryStatusInput = {
  /** The delivery. */
  deliveryId: string | number;
  /** A note, e.g. why not affected. */
  note?: string | null | undefined;
  /** ACKNOWLEDGED, PATCH_IN_PROGRESS, PATCHED or NOT_AFFECTED. */
  status: DeliveryStatus;
};

/** Changes to an AI developer. */
export type UpdateDeveloperInput = {
  /** The version you last read; a newer version on the server is CONFLICT. */
  expectedVersion: number;
  /** The organization to update. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** New participation state. */
  participation?: Participation | null | undefined;
  /** Public website (https). */
  website?: string | null | undefined;
};

/** Changes to an entry (clearinghouse analysts; the reporter while REPORTED). */
export type UpdateEntryInput = {
  /** Affected products (replaces the list). */
  affected?: Array<AffectedProductInput> | null | undefined;
  /** CVSS base vector. */
  cvss?: CvssInput | null | undefined;
  /** CWE ids. */
  cwes?: Array<string> | null | undefined;
  /** Details. */
  details?: string | null | undefined;
  /** Embargo end. */
  embargoUntil?: string | null | undefined;
  /** The version you last read. */
  expectedVersion: number;
  /** The entry. */
  id: string | number;
  /** TLP marking. */
  marking?: Marking | null | undefined;
  /** Sectors (replaces the list). */
  sectors?: Array<Sector> | null | undefined;
  /** Summary. */
  summary?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a frontier model. */
export type UpdateFrontierModelInput = {
  /** New description. */
  description?: string | null | undefined;
  /** The version you last read. */
  expectedVersion: number;
  /** The model. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New planned release (must be in the future). */
  plannedReleaseAt?: string | null | undefined;
};

/** Changes to a recipient. */
export type UpdateRecipientInput = {
  /** County or equivalent. */
  county?: string | null | undefined;
  /** The version you last read; a newer version on the server is CONFLICT. */
  expectedVersion: number;
  /** The organization to update. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** Operator type. */
  recipientType?: RecipientType | null | undefined;
  /** Whether it serves a rural area. */
  rural?: boolean | null | undefined;
  /** CISA sector. */
  sector?: Sector | null | undefined;
  /** Size of the operator. */
  sizeTier?: SizeTier | null | undefined;
  /** USPS state code. */
  state?: string | null | undefined;
};

/** Changes to a user. */
export type UpdateUserInput = {
  /** Deactivate (false) or reactivate (true). */
  active?: boolean | null | undefined;
  /** The version you last read. */
  expectedVersion: number;
  /** The user. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New roles (replaces the list). */
  roles?: Array<Role> | null | undefined;
};

/** Change what an endpoint receives. */
export type UpdateWebhookEndpointInput = {
  /** A label for humans. */
  description?: string | null | undefined;
  /** The endpoint. */
  endpointId: string | number;
  /** The kinds it receives. */
  events?: Array<NotificationKind> | null | undefined;
};

/** Filters for users. */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users. */
  active?: boolean | null | undefined;
  /** Only members of this organization. */
  organizationId?: string | number | null | undefined;
  /** Users holding any of these roles. */
  roles?: Array<Role> | null | undefined;
  /** Case-insensitive text in the name or email. */
  search?: string | null | undefined;
};

/** Ordering for User lists. */
export type UserOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: UserOrderField;
};

/** Fields User lists can be ordered by. */
export type UserOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By email. */
  | 'EMAIL'
  /** By name. */
  | 'NAME';

/** Which endpoint. */
export type WebhookEndpointInput = {
  /** The endpoint. */
  endpointId: string | number;
};

/** Ordering for WebhookEndpoint lists. */
export type WebhookEndpointOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: WebhookEndpointOrderField;
};

/** Fields WebhookEndpoint lists can be ordered by. */
export type WebhookEndpointOrderField =
  /** When it was registered. */
  | 'CREATED_AT';

/** Whether an endpoint receives notifications. */
export type WebhookEndpointStatus =
  /** Receives the kinds it subscribed to. */
  | 'ACTIVE'
  /** Receives nothing: disabled by an admin, or after failing for days. */
  | 'DISABLED';

/** The five work role categories of the NICE Framework, components v2.0.0. */
export type WorkRoleCategory =
  /** Design and Development (DD). */
  | 'DESIGN_AND_DEVELOPMENT'
  /** Implementation and Operation (IO). */
  | 'IMPLEMENTATION_AND_OPERATION'
  /** Investigation (IN). */
  | 'INVESTIGATION'
  /** Oversight and Governance (OG). */
  | 'OVERSIGHT_AND_GOVERNANCE'
  /** Protection and Defense (PD). */
  | 'PROTECTION_AND_DEFENSE';

/** Filters for work roles. */
export type WorkRoleFilter = {
  /** Only these categories. */
  categories?: Array<WorkRoleCategory> | null | undefined;
};

/** How workforce measures are grouped. */
export type WorkforceGrouping =
  /** Per hiring agency. */
  | 'AGENCY'
  /** Per hiring initiative. */
  | 'INITIATIVE'
  /** Per system priority (national security, federal civilian, other). */
  | 'SYSTEM_PRIORITY'
  /** One group: everything you may see. */
  | 'TOTAL'
  /** Per NICE work role (of the position's most critical OPM code). */
  | 'WORK_ROLE';

/** Which positions workforce measures cover. */
export type WorkforceMeasureFilter = {
  /** One agency. */
  agencyId?: string | number | null | undefined;
  /** One initiative. */
  initiativeId?: string | number | null | undefined;
  /** These system priorities. */
  systemPriorities?: Array<SystemPriority> | null | undefined;
  /** One work role. */
  workRoleId?: string | number | null | undefined;
};

export type AdvisoryPartsFragment = { id: string, title: string, summary: string, marking: Marking, priority: AdvisoryPriority, status: AdvisoryStatus, publishedAt: string | null, requiresAcknowledgement: boolean, acknowledgeWithinHours: number | null, patchWithinDays: number | null, acknowledgeBy: string | null, patchBy: string | null, version: number, audience: { sectors: Array<Sector>, recipientTypes: Array<RecipientType>, states: Array<string>, ruralOnly: boolean }, entries: Array<{ id: string, key: string, marking: Marking }>, supersedes: { id: string, title: string } | null, supersededBy: { id: string, title: string } | null };

export type DeliveryPartsFragment = { id: string, status: DeliveryStatus, deliveredAt: string, acknowledgedAt: string | null, patchedAt: string | null, note: string | null, overdue: boolean, version: number, recipient: { id: string, name: string, state: string, recipientType: RecipientType } | null, advisory: { id: string, title: string, priority: AdvisoryPriority, patchBy: string | null } };

export type AdvisoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AdvisoryFilter | null | undefined;
}>;


export type AdvisoriesQuery = { advisories: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, marking: Marking, priority: AdvisoryPriority, status: AdvisoryStatus, publishedAt: string | null, requiresAcknowledgement: boolean, acknowledgeWithinHours: number | null, patchWithinDays: number | null, acknowledgeBy: string | null, patchBy: string | null, version: number, audience: { sectors: Array<Sector>, recipientTypes: Array<RecipientType>, states: Array<string>, ruralOnly: boolean }, entries: Array<{ id: string, key: string, marking: Marking }>, supersedes: { id: string, title: string } | null, supersededBy: { id: string, title: string } | null }> } };

export type AdvisoryDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvisoryDetailQuery = { node:
    | { __typename: 'Advisory', id: string, title: string, summary: string, marking: Marking, priority: AdvisoryPriority, status: AdvisoryStatus, publishedAt: string | null, requiresAcknowledgement: boolean, acknowledgeWithinHours: number | null, patchWithinDays: number | null, acknowledgeBy: string | null, patchBy: string | null, version: number, deliveryStats: { targeted: number, delivered: number, acknowledged: number, patchInProgress: number, patched: number, notAffected: number, overdue: number }, audience: { sectors: Array<Sector>, recipientTypes: Array<RecipientType>, states: Array<string>, ruralOnly: boolean }, entries: Array<{ id: string, key: string, marking: Marking }>, supersedes: { id: string, title: string } | null, supersededBy: { id: string, title: string } | null }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry' }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type PreviewAudienceQueryVariables = Exact<{
  audience: AdvisoryAudienceInput;
}>;


export type PreviewAudienceQuery = { previewAudience: { total: number, byRecipientType: Array<{ key: string, count: number }>, byState: Array<{ key: string, count: number }> } };

export type PatchCoverageQueryVariables = Exact<{
  groupBy: CoverageGroupBy;
  advisoryId?: string | number | null | undefined;
}>;


export type PatchCoverageQuery = { patchCoverage: Array<{ key: string, targeted: number, acknowledged: number, patched: number, notAffected: number, overdue: number, medianHoursToAcknowledge: number | null, medianHoursToPatch: number | null }> };

export type DeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DeliveryFilter | null | undefined;
}>;


export type DeliveriesQuery = { deliveries: { totalCount: number, nodes: Array<{ id: string, status: DeliveryStatus, deliveredAt: string, acknowledgedAt: string | null, patchedAt: string | null, note: string | null, overdue: boolean, version: number, recipient: { id: string, name: string, state: string, recipientType: RecipientType } | null, advisory: { id: string, title: string, priority: AdvisoryPriority, patchBy: string | null } }> } };

export type MyAdvisoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DeliveryFilter | null | undefined;
}>;


export type MyAdvisoriesQuery = { myAdvisories: { totalCount: number, nodes: Array<{ id: string, status: DeliveryStatus, deliveredAt: string, acknowledgedAt: string | null, patchedAt: string | null, note: string | null, overdue: boolean, version: number, recipient: { id: string, name: string, state: string, recipientType: RecipientType } | null, advisory: { id: string, title: string, priority: AdvisoryPriority, patchBy: string | null } }> } };

export type DraftAdvisoryMutationVariables = Exact<{
  input: DraftAdvisoryInput;
}>;


export type DraftAdvisoryMutation = { draftAdvisory: { advisory: { id: string, title: string, summary: string, marking: Marking, priority: AdvisoryPriority, status: AdvisoryStatus, publishedAt: string | null, requiresAcknowledgement: boolean, acknowledgeWithinHours: number | null, patchWithinDays: number | null, acknowledgeBy: string | null, patchBy: string | null, version: number, audience: { sectors: Array<Sector>, recipientTypes: Array<RecipientType>, states: Array<string>, ruralOnly: boolean }, entries: Array<{ id: string, key: string, marking: Marking }>, supersedes: { id: string, title: string } | null, supersededBy: { id: string, title: string } | null } } };

export type PublishAdvisoryMutationVariables = Exact<{
  input: AdvisoryActionInput;
}>;


export type PublishAdvisoryMutation = { publishAdvisory: { advisory: { id: string, title: string, summary: string, marking: Marking, priority: AdvisoryPriority, status: AdvisoryStatus, publishedAt: string | null, requiresAcknowledgement: boolean, acknowledgeWithinHours: number | null, patchWithinDays: number | null, acknowledgeBy: string | null, patchBy: string | null, version: number, audience: { sectors: Array<Sector>, recipientTypes: Array<RecipientType>, states: Array<string>, ruralOnly: boolean }, entries: Array<{ id: string, key: string, marking: Marking }>, supersedes: { id: string, title: string } | null, supersededBy: { id: string, title: string } | null } } };

export type WithdrawAdvisoryMutationVariables = Exact<{
  input: AdvisoryActionInput;
}>;


export type WithdrawAdvisoryMutation = { withdrawAdvisory: { advisory: { id: string, status: AdvisoryStatus } } };

export type UpdateDeliveryStatusMutationVariables = Exact<{
  input: UpdateDeliveryStatusInput;
}>;


export type UpdateDeliveryStatusMutation = { updateDeliveryStatus: { delivery: { id: string, status: DeliveryStatus, deliveredAt: string, acknowledgedAt: string | null, patchedAt: string | null, note: string | null, overdue: boolean, version: number, recipient: { id: string, name: string, state: string, recipientType: RecipientType } | null, advisory: { id: string, title: string, priority: AdvisoryPriority, patchBy: string | null } } } };

export type AdvisoryPublishedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdvisoryPublishedSubscription = { advisoryPublished: { id: string, title: string, priority: AdvisoryPriority } };

export type EntryPartsFragment = { id: string, key: string, title: string, summary: string, details: string | null, cwes: Array<string>, cvssScore: number | null, severity: Severity, knownExploited: boolean, sectors: Array<Sector>, marking: Marking, embargoUntil: string | null, status: EntryStatus, publishedAt: string | null, updatedAt: string, version: number, identifiers: Array<{ type: IdentifierType, value: string }>, cvss: { version: CvssVersion, vector: string, baseScore: number } | null, kev: { dateAdded: string, dueDate: string, requiredAction: string } | null, affected: Array<{ vendor: string, product: string, versionRange: string, fixedIn: string | null, purl: string | null }>, remediations: Array<{ category: RemediationCategory, details: string, url: string | null, availableAt: string | null }>, duplicateOf: { id: string, key: string } | null, possibleDuplicateOf: { id: string, key: string } | null, discoveredWithModel: { id: string, name: string } | null };

export type ClearinghouseEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  search?: string | null | undefined;
  filter?: EntryFilter | null | undefined;
  orderBy?: EntryOrder | null | undefined;
}>;


export type ClearinghouseEntriesQuery = { clearinghouseEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, key: string, title: string, severity: Severity, cvssScore: number | null, status: EntryStatus, marking: Marking }> } };

export type EntryDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EntryDetailQuery = { node:
    | { __typename: 'Advisory' }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry', id: string, key: string, title: string, summary: string, details: string | null, cwes: Array<string>, cvssScore: number | null, severity: Severity, knownExploited: boolean, sectors: Array<Sector>, marking: Marking, embargoUntil: string | null, status: EntryStatus, publishedAt: string | null, updatedAt: string, version: number, events: { nodes: Array<{ id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null }> }, identifiers: Array<{ type: IdentifierType, value: string }>, cvss: { version: CvssVersion, vector: string, baseScore: number } | null, kev: { dateAdded: string, dueDate: string, requiredAction: string } | null, affected: Array<{ vendor: string, product: string, versionRange: string, fixedIn: string | null, purl: string | null }>, remediations: Array<{ category: RemediationCategory, details: string, url: string | null, availableAt: string | null }>, duplicateOf: { id: string, key: string } | null, possibleDuplicateOf: { id: string, key: string } | null, discoveredWithModel: { id: string, name: string } | null }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type EntryExportsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntryExportsQuery = { node:
    | { __typename: 'Advisory' }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry', id: string, key: string, osv: unknown, csaf: unknown }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type ReportClearinghouseEntryMutationVariables = Exact<{
  input: ReportEntryInput;
}>;


export type ReportClearinghouseEntryMutation = { reportClearinghouseEntry: { entry: { id: string, key: string, title: string, summary: string, details: string | null, cwes: Array<string>, cvssScore: number | null, severity: Severity, knownExploited: boolean, sectors: Array<Sector>, marking: Marking, embargoUntil: string | null, status: EntryStatus, publishedAt: string | null, updatedAt: string, version: number, identifiers: Array<{ type: IdentifierType, value: string }>, cvss: { version: CvssVersion, vector: string, baseScore: number } | null, kev: { dateAdded: string, dueDate: string, requiredAction: string } | null, affected: Array<{ vendor: string, product: string, versionRange: string, fixedIn: string | null, purl: string | null }>, remediations: Array<{ category: RemediationCategory, details: string, url: string | null, availableAt: string | null }>, duplicateOf: { id: string, key: string } | null, possibleDuplicateOf: { id: string, key: string } | null, discoveredWithModel: { id: string, name: string } | null } } };

export type UpdateClearinghouseEntryMutationVariables = Exact<{
  input: UpdateEntryInput;
}>;


export type UpdateClearinghouseEntryMutation = { updateClearinghouseEntry: { entry: { id: string, key: string, title: string, summary: string, details: string | null, cwes: Array<string>, cvssScore: number | null, severity: Severity, knownExploited: boolean, sectors: Array<Sector>, marking: Marking, embargoUntil: string | null, status: EntryStatus, publishedAt: string | null, updatedAt: string, version: number, identifiers: Array<{ type: IdentifierType, value: string }>, cvss: { version: CvssVersion, vector: string, baseScore: number } | null, kev: { dateAdded: string, dueDate: string, requiredAction: string } | null, affected: Array<{ vendor: string, product: string, versionRange: string, fixedIn: string | null, purl: string | null }>, remediations: Array<{ category: RemediationCategory, details: string, url: string | null, availableAt: string | null }>, duplicateOf: { id: string, key: string } | null, possibleDuplicateOf: { id: string, key: string } | null, discoveredWithModel: { id: string, name: string } | null } } };

export type TriageClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type TriageClearinghouseEntryMutation = { triageClearinghouseEntry: { entry: { id: string, status: EntryStatus, version: number } } };

export type ValidateClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type ValidateClearinghouseEntryMutation = { validateClearinghouseEntry: { entry: { id: string, status: EntryStatus, publishedAt: string | null, version: number } } };

export type RejectClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type RejectClearinghouseEntryMutation = { rejectClearinghouseEntry: { entry: { id: string, status: EntryStatus } } };

export type MarkClearinghouseEntryDuplicateMutationVariables = Exact<{
  input: MarkDuplicateInput;
}>;


export type MarkClearinghouseEntryDuplicateMutation = { markClearinghouseEntryDuplicate: { entry: { id: string, status: EntryStatus, duplicateOf: { id: string, key: string } | null } } };

export type CoordinateClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type CoordinateClearinghouseEntryMutation = { coordinateClearinghouseEntry: { entry: { id: string, status: EntryStatus } } };

export type MarkClearinghouseEntryPatchAvailableMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type MarkClearinghouseEntryPatchAvailableMutation = { markClearinghouseEntryPatchAvailable: { entry: { id: string, status: EntryStatus } } };

export type ResolveClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type ResolveClearinghouseEntryMutation = { resolveClearinghouseEntry: { entry: { id: string, status: EntryStatus } } };

export type WithdrawClearinghouseEntryMutationVariables = Exact<{
  input: EntryTransitionInput;
}>;


export type WithdrawClearinghouseEntryMutation = { withdrawClearinghouseEntry: { entry: { id: string, status: EntryStatus } } };

export type AddClearinghouseRemediationMutationVariables = Exact<{
  input: AddRemediationInput;
}>;


export type AddClearinghouseRemediationMutation = { addClearinghouseRemediation: { entry: { id: string, remediations: Array<{ category: RemediationCategory, details: string, url: string | null }> } } };

export type MarkClearinghouseEntryKnownExploitedMutationVariables = Exact<{
  input: MarkKnownExploitedInput;
}>;


export type MarkClearinghouseEntryKnownExploitedMutation = { markClearinghouseEntryKnownExploited: { entry: { id: string, knownExploited: boolean, kev: { dateAdded: string, dueDate: string, requiredAction: string } | null } } };

export type EntryUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EntryUpdatedSubscription = { entryUpdated: { id: string, key: string, status: EntryStatus, marking: Marking } };

export type ScanClaimsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ScanClaimFilter | null | undefined;
}>;


export type ScanClaimsQuery = { scanClaims: { totalCount: number, nodes: Array<{ id: string, vendor: string, product: string, startsAt: string, endsAt: string, status: ScanClaimStatus, organization:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, conflicts: Array<{ id: string, organization:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }> }> } };

export type ClaimScanScopeMutationVariables = Exact<{
  input: ClaimScanScopeInput;
}>;


export type ClaimScanScopeMutation = { claimScanScope: { claim: { id: string, vendor: string, product: string, status: ScanClaimStatus }, conflicts: Array<{ id: string, vendor: string, product: string, startsAt: string, endsAt: string }> } };

export type ReleaseScanClaimMutationVariables = Exact<{
  input: ReleaseScanClaimInput;
}>;


export type ReleaseScanClaimMutation = { releaseScanClaim: { claim: { id: string, status: ScanClaimStatus } } };

export type DefenseToolsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DefenseToolsQuery = { defenseTools: { totalCount: number, nodes: Array<{ id: string, name: string, capabilities: Array<string>, seats: number, seatsTaken: number, eligibility: { recipientTypes: Array<RecipientType>, sectors: Array<Sector>, sizeTiers: Array<SizeTier> }, developer: { id: string, name: string } | null }> } };

export type ToolGrantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  toolId?: string | number | null | undefined;
}>;


export type ToolGrantsQuery = { toolGrants: { totalCount: number, nodes: Array<{ id: string, status: GrantStatus, recipient: { id: string, name: string } | null }> } };

export type OfferDefenseToolMutationVariables = Exact<{
  input: OfferDefenseToolInput;
}>;


export type OfferDefenseToolMutation = { offerDefenseTool: { tool: { id: string, name: string, seats: number, seatsTaken: number } } };

export type RequestToolGrantMutationVariables = Exact<{
  input: RequestToolGrantInput;
}>;


export type RequestToolGrantMutation = { requestToolGrant: { grant: { id: string, status: GrantStatus } } };

export type DecideToolGrantMutationVariables = Exact<{
  input: ToolGrantActionInput;
}>;


export type DecideToolGrantMutation = { decideToolGrant: { grant: { id: string, status: GrantStatus } } };

export type DesignationPartsFragment = { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null };

export type TimelineEventPartsFragment = { id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null };

export type DesignationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DesignationFilter | null | undefined;
  orderBy?: DesignationOrder | null | undefined;
}>;


export type DesignationsQuery = { designations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null }> } };

export type DesignationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DesignationDetailQuery = { node:
    | { __typename: 'Advisory' }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry' }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation', id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, benchmarkResults: { totalCount: number, nodes: Array<{ id: string, suite: string, suiteVersion: string, score: number, threshold: number, exceedsThreshold: boolean, evaluatedAt: string, classifiedReference: string | null }> }, responses: { totalCount: number, nodes: Array<{ id: string, position: ResponsePosition, arguments: string, submittedAt: string }> }, events: { totalCount: number, nodes: Array<{ id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null }> }, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type CoveredModelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FrontierModelFilter | null | undefined;
}>;


export type CoveredModelsQuery = { coveredModels: { totalCount: number, nodes: Array<{ id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } }> } };

export type ModelCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelCoverageQuery = { node:
    | { __typename: 'Advisory' }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry' }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel', id: string, coverage: Coverage, releasedAt: string | null, plannedReleaseAt: string | null, designations: { totalCount: number, nodes: Array<{ id: string, status: DesignationStatus }> }, reviewWindows: { totalCount: number, nodes: Array<{ id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null }> } }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type RequestDesignationMutationVariables = Exact<{
  input: RequestDesignationInput;
}>;


export type RequestDesignationMutation = { requestDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type OpenDesignationMutationVariables = Exact<{
  input: OpenDesignationInput;
}>;


export type OpenDesignationMutation = { openDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type RecordBenchmarkResultMutationVariables = Exact<{
  input: RecordBenchmarkResultInput;
}>;


export type RecordBenchmarkResultMutation = { recordBenchmarkResult: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null }, benchmarkResult: { id: string, score: number, threshold: number, exceedsThreshold: boolean } } };

export type ProposeDesignationMutationVariables = Exact<{
  input: ProposeDesignationInput;
}>;


export type ProposeDesignationMutation = { proposeDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type NotifyDeveloperMutationVariables = Exact<{
  input: DesignationActionInput;
}>;


export type NotifyDeveloperMutation = { notifyDeveloper: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type RespondToDesignationMutationVariables = Exact<{
  input: RespondToDesignationInput;
}>;


export type RespondToDesignationMutation = { respondToDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null }, response: { id: string, position: ResponsePosition, submittedAt: string } } };

export type DecideDesignationMutationVariables = Exact<{
  input: DecideDesignationInput;
}>;


export type DecideDesignationMutation = { decideDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type WithdrawDesignationMutationVariables = Exact<{
  input: DesignationActionInput;
}>;


export type WithdrawDesignationMutation = { withdrawDesignation: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type RequestReassessmentMutationVariables = Exact<{
  input: RequestReassessmentInput;
}>;


export type RequestReassessmentMutation = { requestReassessment: { designation: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } } };

export type RecordModelReleaseMutationVariables = Exact<{
  input: RecordModelReleaseInput;
}>;


export type RecordModelReleaseMutation = { recordModelRelease: { model: { id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } } } };

export type DesignationUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DesignationUpdatedSubscription = { designationUpdated: { id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null } };

export type DirectivePartsFragment = { id: string, code: string, kind: DirectiveKind, title: string, summary: string, status: DirectiveStatus, issuedAt: string | null, version: number, requiredActions: Array<{ index: number, title: string, dueInDays: number, dueAt: string | null }>, supersedes: { id: string, code: string } | null };

export type DirectivesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  statuses?: Array<DirectiveStatus> | DirectiveStatus | null | undefined;
}>;


export type DirectivesQuery = { directives: { totalCount: number, nodes: Array<{ id: string, code: string, kind: DirectiveKind, title: string, summary: string, status: DirectiveStatus, issuedAt: string | null, version: number, requiredActions: Array<{ index: number, title: string, dueInDays: number, dueAt: string | null }>, supersedes: { id: string, code: string } | null }> } };

export type DirectiveComplianceQueryVariables = Exact<{
  directiveId: string | number;
}>;


export type DirectiveComplianceQuery = { directiveCompliance: Array<{ actionIndex: number, title: string, dueAt: string | null, complete: number, inProgress: number, notStarted: number, overdue: number, overdueAgencies: Array<{ id: string, acronym: string }> }> };

export type ComplianceReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ComplianceReportFilter | null | undefined;
}>;


export type ComplianceReportsQuery = { complianceReports: { totalCount: number, nodes: Array<{ id: string, actionIndex: number, status: ComplianceStatus, evidence: string | null, overdue: boolean, closedAt: string | null, version: number, agency: { id: string, acronym: string } | null, requiredAction: { title: string, dueAt: string | null } | null }> } };

export type DraftDirectiveMutationVariables = Exact<{
  input: DraftDirectiveInput;
}>;


export type DraftDirectiveMutation = { draftDirective: { directive: { id: string, code: string, kind: DirectiveKind, title: string, summary: string, status: DirectiveStatus, issuedAt: string | null, version: number, requiredActions: Array<{ index: number, title: string, dueInDays: number, dueAt: string | null }>, supersedes: { id: string, code: string } | null } } };

export type IssueDirectiveMutationVariables = Exact<{
  input: DirectiveActionInput;
}>;


export type IssueDirectiveMutation = { issueDirective: { directive: { id: string, code: string, kind: DirectiveKind, title: string, summary: string, status: DirectiveStatus, issuedAt: string | null, version: number, requiredActions: Array<{ index: number, title: string, dueInDays: number, dueAt: string | null }>, supersedes: { id: string, code: string } | null } } };

export type RevokeDirectiveMutationVariables = Exact<{
  input: DirectiveActionInput;
}>;


export type RevokeDirectiveMutation = { revokeDirective: { directive: { id: string, status: DirectiveStatus } } };

export type UpdateComplianceReportMutationVariables = Exact<{
  input: UpdateComplianceReportInput;
}>;


export type UpdateComplianceReportMutation = { updateComplianceReport: { report: { id: string, status: ComplianceStatus, evidence: string | null, overdue: boolean, version: number } } };

export type MilestonesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MilestoneFilter | null | undefined;
}>;


export type MilestonesQuery = { milestones: { totalCount: number, nodes: Array<{ id: string, section: string, title: string, dueAt: string, completedAt: string | null, status: MilestoneStatus, responsibleAgency: { id: string, acronym: string } | null }> } };

export type CompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { milestone: { id: string, status: MilestoneStatus, completedAt: string | null } } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { advisoriesAwaitingAcknowledgement: number, modelsByCoverage: Array<{ key: string, count: number }>, openReviewWindows: { totalCount: number, nodes: Array<{ id: string, daysUntilRelease: number }> }, entriesByStatus: Array<{ key: string, count: number }>, entriesBySeverity: Array<{ key: string, count: number }>, patchCoverage: { targeted: number, acknowledged: number, patched: number, notAffected: number, overdue: number }, directivesWithOverdueAgencies: Array<{ overdueAgencies: number, overdueReports: number, directive: { id: string, code: string } }>, milestonesDueOrOverdue: { totalCount: number, nodes: Array<{ id: string, title: string, status: MilestoneStatus }> } } };

export type PageInfoPartsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type DeveloperPartsFragment = { id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number };

export type AgencyPartsFragment = { id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number };

export type RecipientPartsFragment = { id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number };

export type UserPartsFragment = { id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
    | { __typename: 'Agency', id: string, name: string }
    | { __typename: 'Developer', id: string, name: string }
    | { __typename: 'Recipient', id: string, name: string }
   };

export type FrontierModelPartsFragment = { id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } };

export type ApiKeyPartsFragment = { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type WebhookEndpointPartsFragment = { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number };

export type NotificationPartsFragment = { id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, attemptCount: number, lastError: string | null, occurredAt: string, createdAt: string, deliveredAt: string | null, attempts: Array<{ at: string, status: number | null, latencyMs: number, response: string | null, error: string | null }> };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: WebhookEndpointOrder | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
  orderBy?: NotificationOrder | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, attemptCount: number, lastError: string | null, occurredAt: string, createdAt: string, deliveredAt: string | null, endpoint: { id: string, url: string } | null, attempts: Array<{ at: string, status: number | null, latencyMs: number, response: string | null, error: string | null }> }> } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
  orderBy?: NotificationOrder | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, attemptCount: number, lastError: string | null, occurredAt: string, createdAt: string, deliveredAt: string | null, attempts: Array<{ at: string, status: number | null, latencyMs: number, response: string | null, error: string | null }> }> } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, mode: NotificationMode, isDefault: boolean }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number } } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number } } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  input: DisableWebhookEndpointInput;
}>;


export type DisableWebhookEndpointMutation = { disableWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number } } };

export type EnableWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type EnableWebhookEndpointMutation = { enableWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, events: Array<NotificationKind>, status: WebhookEndpointStatus, disabledReason: string | null, secretHint: string, failingSince: string | null, lastSuccessAt: string | null, createdAt: string, version: number } } };

export type RedeliverWebhookMutationVariables = Exact<{
  input: NotificationInput;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { notification: { id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, attemptCount: number, lastError: string | null, occurredAt: string, createdAt: string, deliveredAt: string | null, attempts: Array<{ at: string, status: number | null, latencyMs: number, response: string | null, error: string | null }> } } };

export type RetryNotificationMutationVariables = Exact<{
  input: NotificationInput;
}>;


export type RetryNotificationMutation = { retryNotification: { notification: { id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, attemptCount: number, lastError: string | null, occurredAt: string, createdAt: string, deliveredAt: string | null, attempts: Array<{ at: string, status: number | null, latencyMs: number, response: string | null, error: string | null }> } } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { kind: NotificationKind, mode: NotificationMode, isDefault: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { authenticated: boolean, roles: Array<Role>, user: { id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       } | null, organization:
      | { __typename: 'Agency', id: string, name: string, kind: OrganizationKind }
      | { __typename: 'Developer', id: string, name: string, kind: OrganizationKind }
      | { __typename: 'Recipient', id: string, name: string, kind: OrganizationKind }
     | null } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Advisory', id: string }
    | { __typename: 'AdvisoryDelivery', id: string }
    | { __typename: 'Agency', id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number }
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BenchmarkResult', id: string }
    | { __typename: 'ClearinghouseEntry', id: string }
    | { __typename: 'ComplianceReport', id: string }
    | { __typename: 'DefenseTool', id: string }
    | { __typename: 'Designation', id: string }
    | { __typename: 'DesignationResponse', id: string }
    | { __typename: 'Developer', id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number }
    | { __typename: 'Directive', id: string }
    | { __typename: 'FrontierModel', id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } }
    | { __typename: 'HiringInitiative', id: string }
    | { __typename: 'HiringReport', id: string }
    | { __typename: 'HiringTarget', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OpmCyberCode', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Recipient', id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number }
    | { __typename: 'ReviewFinding', id: string }
    | { __typename: 'ReviewWindow', id: string }
    | { __typename: 'ScanClaim', id: string }
    | { __typename: 'TimelineEvent', id: string }
    | { __typename: 'ToolGrant', id: string }
    | { __typename: 'User', id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WorkRole', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Advisory', id: string }
    | { __typename: 'AdvisoryDelivery', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BenchmarkResult', id: string }
    | { __typename: 'ClearinghouseEntry', id: string }
    | { __typename: 'ComplianceReport', id: string }
    | { __typename: 'DefenseTool', id: string }
    | { __typename: 'Designation', id: string }
    | { __typename: 'DesignationResponse', id: string }
    | { __typename: 'Developer', id: string }
    | { __typename: 'Directive', id: string }
    | { __typename: 'FrontierModel', id: string }
    | { __typename: 'HiringInitiative', id: string }
    | { __typename: 'HiringReport', id: string }
    | { __typename: 'HiringTarget', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OpmCyberCode', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Recipient', id: string }
    | { __typename: 'ReviewFinding', id: string }
    | { __typename: 'ReviewWindow', id: string }
    | { __typename: 'ScanClaim', id: string }
    | { __typename: 'TimelineEvent', id: string }
    | { __typename: 'ToolGrant', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WorkRole', id: string }
   | null> };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Agency', id: string, name: string, kind: OrganizationKind }
        | { __typename: 'Developer', id: string, name: string, kind: OrganizationKind }
        | { __typename: 'Recipient', id: string, name: string, kind: OrganizationKind }
       }> } };

export type DevelopersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: DeveloperFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type DevelopersQuery = { developers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number } }> } };

export type DevelopersWithModelsQueryVariables = Exact<{
  first?: number | null | undefined;
  modelsFirst?: number | null | undefined;
}>;


export type DevelopersWithModelsQuery = { developers: { totalCount: number, nodes: Array<{ id: string, name: string, models: { totalCount: number, nodes: Array<{ id: string, name: string, modelVersion: string, developer: { id: string } }> } }> } };

export type AgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgencyFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number }> } };

export type RecipientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: RecipientFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
}>;


export type RecipientsQuery = { recipients: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number } }> } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       }> } };

export type FrontierModelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: FrontierModelFilter | null | undefined;
  orderBy?: FrontierModelOrder | null | undefined;
}>;


export type FrontierModelsQuery = { frontierModels: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } } }> } };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, nodes: Array<{ id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  direction?: OrderDirection | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, seq: number, at: string, action: string, subjectIds: Array<string>, requestId: string, prevHash: string, hash: string, actor: { id: string, email: string } | null }> } };

export type VerifyAuditChainQueryVariables = Exact<{
  checkpoint?: AuditCheckpointInput | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { valid: boolean, checked: number, firstBrokenSeq: number | null, firstBrokenEventId: string | null } };

export type AuditCheckpointQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCheckpointQuery = { auditCheckpoint: { seq: number, hash: string, legacy: boolean, signature: string } | null };

export type CreateDeveloperMutationVariables = Exact<{
  input: CreateDeveloperInput;
}>;


export type CreateDeveloperMutation = { createDeveloper: { developer: { id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number } } };

export type UpdateDeveloperMutationVariables = Exact<{
  input: UpdateDeveloperInput;
}>;


export type UpdateDeveloperMutation = { updateDeveloper: { developer: { id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number } } };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { agency: { id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number } } };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency: { agency: { id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number } } };

export type CreateRecipientMutationVariables = Exact<{
  input: CreateRecipientInput;
}>;


export type CreateRecipientMutation = { createRecipient: { recipient: { id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number } } };

export type UpdateRecipientMutationVariables = Exact<{
  input: UpdateRecipientInput;
}>;


export type UpdateRecipientMutation = { updateRecipient: { recipient: { id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       } } };

export type IssueApiKeyMutationVariables = Exact<{
  input: IssueApiKeyInput;
}>;


export type IssueApiKeyMutation = { issueApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RegisterFrontierModelMutationVariables = Exact<{
  input: RegisterFrontierModelInput;
}>;


export type RegisterFrontierModelMutation = { registerFrontierModel: { model: { id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } } } };

export type UpdateFrontierModelMutationVariables = Exact<{
  input: UpdateFrontierModelInput;
}>;


export type UpdateFrontierModelMutation = { updateFrontierModel: { model: { id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } } } };

export type RateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitQuery = { rateLimit: { limit: number, cost: number, used: number, remaining: number, resetAt: string } | null };

export type ReviewWindowPartsFragment = { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } };

export type ReviewFindingPartsFragment = { id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null };

export type ReviewWindowsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReviewWindowFilter | null | undefined;
}>;


export type ReviewWindowsQuery = { reviewWindows: { totalCount: number, nodes: Array<{ id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } }> } };

export type ReviewWindowDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewWindowDetailQuery = { node:
    | { __typename: 'Advisory' }
    | { __typename: 'AdvisoryDelivery' }
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'ClearinghouseEntry' }
    | { __typename: 'ComplianceReport' }
    | { __typename: 'DefenseTool' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'Directive' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'HiringInitiative' }
    | { __typename: 'HiringReport' }
    | { __typename: 'HiringTarget' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'OpmCyberCode' }
    | { __typename: 'Position' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow', id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, findings: { totalCount: number, nodes: Array<{ id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null }> }, events: { nodes: Array<{ id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null }> }, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } }
    | { __typename: 'ScanClaim' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'ToolGrant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkRole' }
   | null };

export type ProposeReviewWindowMutationVariables = Exact<{
  input: ProposeReviewWindowInput;
}>;


export type ProposeReviewWindowMutation = { proposeReviewWindow: { reviewWindow: { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } } } };

export type AgreeReviewWindowMutationVariables = Exact<{
  input: ReviewWindowActionInput;
}>;


export type AgreeReviewWindowMutation = { agreeReviewWindow: { reviewWindow: { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } } } };

export type GrantReviewAccessMutationVariables = Exact<{
  input: ReviewWindowActionInput;
}>;


export type GrantReviewAccessMutation = { grantReviewAccess: { reviewWindow: { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } } } };

export type CancelReviewWindowMutationVariables = Exact<{
  input: ReviewWindowActionInput;
}>;


export type CancelReviewWindowMutation = { cancelReviewWindow: { reviewWindow: { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } } } };

export type CloseReviewWindowMutationVariables = Exact<{
  input: CloseReviewWindowInput;
}>;


export type CloseReviewWindowMutation = { closeReviewWindow: { reviewWindow: { id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } } } };

export type FileReviewFindingMutationVariables = Exact<{
  input: FileReviewFindingInput;
}>;


export type FileReviewFindingMutation = { fileReviewFinding: { finding: { id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null } } };

export type AcknowledgeReviewFindingMutationVariables = Exact<{
  input: ReviewFindingActionInput;
}>;


export type AcknowledgeReviewFindingMutation = { acknowledgeReviewFinding: { finding: { id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null } } };

export type MarkReviewFindingMitigatedMutationVariables = Exact<{
  input: ReviewFindingActionInput;
}>;


export type MarkReviewFindingMitigatedMutation = { markReviewFindingMitigated: { finding: { id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null } } };

export type AcceptReviewFindingRiskMutationVariables = Exact<{
  input: ReviewFindingActionInput;
}>;


export type AcceptReviewFindingRiskMutation = { acceptReviewFindingRisk: { finding: { id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null } } };

export type WorkRolePartsFragment = { id: string, code: string, title: string, category: WorkRoleCategory };

export type HiringInitiativePartsFragment = { id: string, name: string, legalBasis: string, startsAt: string, planDueAt: string, progressDueAt: string, allowedAuthorities: Array<HiringAuthority>, version: number, authority: { id: string, acronym: string } | null };

export type PositionPartsFragment = { id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> };

export type WorkforceMeasurePartsFragment = { key: string, systemPriority: SystemPriority | null, positions: number, open: number, filled: number, cancelled: number, target: number | null, filledShareOfTarget: number | null, medianDaysToHire: number | null, p90DaysToHire: number | null, withinModel: number, shareWithinModel: number | null, overdue: number, likelyCodingErrors: number, slowestStage: HiringStage | null, stages: Array<{ stage: HiringStage, allotmentDays: number, medianDays: number | null, positions: number, overAllotment: boolean }> };

export type WorkRolesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: WorkRoleFilter | null | undefined;
}>;


export type WorkRolesQuery = { workRoles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ definition: string, id: string, code: string, title: string, category: WorkRoleCategory, opmCyberCodes: Array<{ code: string }> }> } };

export type OpmCyberCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OpmCyberCodeFilter | null | undefined;
}>;


export type OpmCyberCodesQuery = { opmCyberCodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, specialtyArea: string | null, workRole: { id: string, code: string, title: string, category: WorkRoleCategory } | null }> } };

export type HiringInitiativesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  lateOnly?: boolean | null | undefined;
}>;


export type HiringInitiativesQuery = { hiringInitiatives: { totalCount: number, nodes: Array<{ id: string, name: string, legalBasis: string, startsAt: string, planDueAt: string, progressDueAt: string, allowedAuthorities: Array<HiringAuthority>, version: number, targets: { totalCount: number, nodes: Array<{ id: string, positions: number, dueAt: string, agency: { id: string, acronym: string } | null, workRole: { code: string } | null }> }, agencies: Array<{ target: number, planReportedAt: string | null, planLate: boolean, progressReportedAt: string | null, progressLate: boolean, agency: { id: string, acronym: string } | null }>, authority: { id: string, acronym: string } | null }> } };

export type PositionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PositionFilter | null | undefined;
  orderBy?: PositionOrder | null | undefined;
}>;


export type PositionsQuery = { positions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> }> } };

export type PositionTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type PositionTimelineQuery = { node:
    | { id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, stages: Array<{ stage: HiringStage, enteredAt: string | null, days: number | null, allotmentDays: number | null }>, events: { nodes: Array<{ action: string, fromStatus: string | null, toStatus: string, note: string | null }> }, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> }
    | Record<PropertyKey, never>
   | null };

export type WorkforceMeasuresQueryVariables = Exact<{
  groupBy: WorkforceGrouping;
  filter?: WorkforceMeasureFilter | null | undefined;
}>;


export type WorkforceMeasuresQuery = { workforceMeasures: Array<{ key: string, systemPriority: SystemPriority | null, positions: number, open: number, filled: number, cancelled: number, target: number | null, filledShareOfTarget: number | null, medianDaysToHire: number | null, p90DaysToHire: number | null, withinModel: number, shareWithinModel: number | null, overdue: number, likelyCodingErrors: number, slowestStage: HiringStage | null, agency: { id: string, acronym: string } | null, initiative: { id: string, name: string } | null, workRole: { code: string, title: string } | null, stages: Array<{ stage: HiringStage, allotmentDays: number, medianDays: number | null, positions: number, overAllotment: boolean }> }> };

export type WorkforceOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkforceOverviewQuery = { overview: { workforce: { lateReports: number, prioritySystemsFirst: boolean | null, total: { key: string, systemPriority: SystemPriority | null, positions: number, open: number, filled: number, cancelled: number, target: number | null, filledShareOfTarget: number | null, medianDaysToHire: number | null, p90DaysToHire: number | null, withinModel: number, shareWithinModel: number | null, overdue: number, likelyCodingErrors: number, slowestStage: HiringStage | null, stages: Array<{ stage: HiringStage, allotmentDays: number, medianDays: number | null, positions: number, overAllotment: boolean }> } | null, bySystemPriority: Array<{ key: string, systemPriority: SystemPriority | null, positions: number, open: number, filled: number, cancelled: number, target: number | null, filledShareOfTarget: number | null, medianDaysToHire: number | null, p90DaysToHire: number | null, withinModel: number, shareWithinModel: number | null, overdue: number, likelyCodingErrors: number, slowestStage: HiringStage | null, stages: Array<{ stage: HiringStage, allotmentDays: number, medianDays: number | null, positions: number, overAllotment: boolean }> }> } } };

export type LaunchHiringInitiativeMutationVariables = Exact<{
  input: LaunchHiringInitiativeInput;
}>;


export type LaunchHiringInitiativeMutation = { launchHiringInitiative: { initiative: { id: string, name: string, legalBasis: string, startsAt: string, planDueAt: string, progressDueAt: string, allowedAuthorities: Array<HiringAuthority>, version: number, planMilestone: { id: string, dueAt: string, status: MilestoneStatus } | null, progressMilestone: { id: string, dueAt: string, status: MilestoneStatus } | null, authority: { id: string, acronym: string } | null } } };

export type SetHiringTargetMutationVariables = Exact<{
  input: SetHiringTargetInput;
}>;


export type SetHiringTargetMutation = { setHiringTarget: { target: { id: string, positions: number, dueAt: string, version: number, workRole: { code: string } | null } } };

export type ReportHiringPlanMutationVariables = Exact<{
  input: ReportHiringPlanInput;
}>;


export type ReportHiringPlanMutation = { reportHiringPlan: { report: { id: string, kind: HiringReportKind, summary: string, reportedAt: string, late: boolean } } };

export type RecordPositionMutationVariables = Exact<{
  input: RecordPositionInput;
}>;


export type RecordPositionMutation = { recordPosition: { position: { id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> } } };

export type MovePositionMutationVariables = Exact<{
  input: MovePositionInput;
}>;


export type MovePositionMutation = { movePosition: { position: { id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> } } };

export type ReportApplicantCountsMutationVariables = Exact<{
  input: ReportApplicantCountsInput;
}>;


export type ReportApplicantCountsMutation = { reportApplicantCounts: { position: { id: string, title: string, payPlan: PayPlan, series: string, grade: number, opmCodes: Array<string>, locationState: string, locationCity: string, clearance: ClearanceLevel, systemPriority: SystemPriority, hiringAuthority: HiringAuthority, sensitive: boolean, usajobsControlNumber: string | null, stage: HiringStage, stageEnteredAt: string, stageDeadline: string | null, overdue: boolean, timeToHireDays: number | null, likelyCodingError: boolean, reannouncements: number, applicants: number, qualified: number, referred: number, interviewed: number, selected: number, declined: number, version: number, agency: { id: string, acronym: string } | null, workRoles: Array<{ id: string, code: string, title: string }> } } };

export type PositionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PositionChangedSubscription = { positionChanged: { id: string, stage: HiringStage, stageEnteredAt: string, overdue: boolean, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdvisoryPartsFragmentDoc = new TypedDocumentString(`
    fragment AdvisoryParts on Advisory {
  id
  title
  summary
  marking
  priority
  status
  publishedAt
  requiresAcknowledgement
  acknowledgeWithinHours
  patchWithinDays
  acknowledgeBy
  patchBy
  version
  audience {
    sectors
    recipientTypes
    states
    ruralOnly
  }
  entries {
    id
    key
    marking
  }
  supersedes {
    id
    title
  }
  supersededBy {
    id
    title
  }
}
    `, {"fragmentName":"AdvisoryParts"}) as unknown as TypedDocumentString<AdvisoryPartsFragment, unknown>;
export const DeliveryPartsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryParts on AdvisoryDelivery {
  id
  status
  deliveredAt
  acknowledgedAt
  patchedAt
  note
  overdue
  version
  recipient {
    id
    name
    state
    recipientType
  }
  advisory {
    id
    title
    priority
    patchBy
  }
}
    `, {"fragmentName":"DeliveryParts"}) as unknown as TypedDocumentString<DeliveryPartsFragment, unknown>;
export const EntryPartsFragmentDoc = new TypedDocumentString(`
    fragment EntryParts on ClearinghouseEntry {
  id
  key
  title
  summary
  details
  identifiers {
    type
    value
  }
  cwes
  cvss {
    version
    vector
    baseScore
  }
  cvssScore
  severity
  knownExploited
  kev {
    dateAdded
    dueDate
    requiredAction
  }
  affected {
    vendor
    product
    versionRange
    fixedIn
    purl
  }
  sectors
  marking
  embargoUntil
  status
  remediations {
    category
    details
    url
    availableAt
  }
  publishedAt
  updatedAt
  version
  duplicateOf {
    id
    key
  }
  possibleDuplicateOf {
    id
    key
  }
  discoveredWithModel {
    id
    name
  }
}
    `, {"fragmentName":"EntryParts"}) as unknown as TypedDocumentString<EntryPartsFragment, unknown>;
export const DesignationPartsFragmentDoc = new TypedDocumentString(`
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}
    `, {"fragmentName":"DesignationParts"}) as unknown as TypedDocumentString<DesignationPartsFragment, unknown>;
export const TimelineEventPartsFragmentDoc = new TypedDocumentString(`
    fragment TimelineEventParts on TimelineEvent {
  id
  at
  action
  fromStatus
  toStatus
  note
  actor {
    id
    email
  }
}
    `, {"fragmentName":"TimelineEventParts"}) as unknown as TypedDocumentString<TimelineEventPartsFragment, unknown>;
export const DirectivePartsFragmentDoc = new TypedDocumentString(`
    fragment DirectiveParts on Directive {
  id
  code
  kind
  title
  summary
  status
  issuedAt
  version
  requiredActions {
    index
    title
    dueInDays
    dueAt
  }
  supersedes {
    id
    code
  }
}
    `, {"fragmentName":"DirectiveParts"}) as unknown as TypedDocumentString<DirectivePartsFragment, unknown>;
export const PageInfoPartsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoParts"}) as unknown as TypedDocumentString<PageInfoPartsFragment, unknown>;
export const DeveloperPartsFragmentDoc = new TypedDocumentString(`
    fragment DeveloperParts on Developer {
  id
  name
  slug
  kind
  website
  participation
  enrolledAt
  version
}
    `, {"fragmentName":"DeveloperParts"}) as unknown as TypedDocumentString<DeveloperPartsFragment, unknown>;
export const AgencyPartsFragmentDoc = new TypedDocumentString(`
    fragment AgencyParts on Agency {
  id
  name
  slug
  kind
  acronym
  capabilities
  version
}
    `, {"fragmentName":"AgencyParts"}) as unknown as TypedDocumentString<AgencyPartsFragment, unknown>;
export const RecipientPartsFragmentDoc = new TypedDocumentString(`
    fragment RecipientParts on Recipient {
  id
  name
  slug
  kind
  recipientType
  sector
  state
  county
  rural
  sizeTier
  version
}
    `, {"fragmentName":"RecipientParts"}) as unknown as TypedDocumentString<RecipientPartsFragment, unknown>;
export const UserPartsFragmentDoc = new TypedDocumentString(`
    fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}
    `, {"fragmentName":"UserParts"}) as unknown as TypedDocumentString<UserPartsFragment, unknown>;
export const FrontierModelPartsFragmentDoc = new TypedDocumentString(`
    fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}
    `, {"fragmentName":"FrontierModelParts"}) as unknown as TypedDocumentString<FrontierModelPartsFragment, unknown>;
export const ApiKeyPartsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyParts on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyParts"}) as unknown as TypedDocumentString<ApiKeyPartsFragment, unknown>;
export const WebhookEndpointPartsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}
    `, {"fragmentName":"WebhookEndpointParts"}) as unknown as TypedDocumentString<WebhookEndpointPartsFragment, unknown>;
export const NotificationPartsFragmentDoc = new TypedDocumentString(`
    fragment NotificationParts on Notification {
  id
  kind
  channel
  status
  attemptCount
  lastError
  occurredAt
  createdAt
  deliveredAt
  attempts {
    at
    status
    latencyMs
    response
    error
  }
}
    `, {"fragmentName":"NotificationParts"}) as unknown as TypedDocumentString<NotificationPartsFragment, unknown>;
export const ReviewWindowPartsFragmentDoc = new TypedDocumentString(`
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}
    `, {"fragmentName":"ReviewWindowParts"}) as unknown as TypedDocumentString<ReviewWindowPartsFragment, unknown>;
export const ReviewFindingPartsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}
    `, {"fragmentName":"ReviewFindingParts"}) as unknown as TypedDocumentString<ReviewFindingPartsFragment, unknown>;
export const WorkRolePartsFragmentDoc = new TypedDocumentString(`
    fragment WorkRoleParts on WorkRole {
  id
  code
  title
  category
}
    `, {"fragmentName":"WorkRoleParts"}) as unknown as TypedDocumentString<WorkRolePartsFragment, unknown>;
export const HiringInitiativePartsFragmentDoc = new TypedDocumentString(`
    fragment HiringInitiativeParts on HiringInitiative {
  id
  name
  legalBasis
  startsAt
  planDueAt
  progressDueAt
  allowedAuthorities
  version
  authority {
    id
    acronym
  }
}
    `, {"fragmentName":"HiringInitiativeParts"}) as unknown as TypedDocumentString<HiringInitiativePartsFragment, unknown>;
export const PositionPartsFragmentDoc = new TypedDocumentString(`
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}
    `, {"fragmentName":"PositionParts"}) as unknown as TypedDocumentString<PositionPartsFragment, unknown>;
export const WorkforceMeasurePartsFragmentDoc = new TypedDocumentString(`
    fragment WorkforceMeasureParts on WorkforceMeasure {
  key
  systemPriority
  positions
  open
  filled
  cancelled
  target
  filledShareOfTarget
  medianDaysToHire
  p90DaysToHire
  withinModel
  shareWithinModel
  overdue
  likelyCodingErrors
  slowestStage
  stages {
    stage
    allotmentDays
    medianDays
    positions
    overAllotment
  }
}
    `, {"fragmentName":"WorkforceMeasureParts"}) as unknown as TypedDocumentString<WorkforceMeasurePartsFragment, unknown>;
export const AdvisoriesDocument = new TypedDocumentString(`
    query Advisories($first: Int, $after: String, $filter: AdvisoryFilter) {
  advisories(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      ...AdvisoryParts
    }
  }
}
    fragment AdvisoryParts on Advisory {
  id
  title
  summary
  marking
  priority
  status
  publishedAt
  requiresAcknowledgement
  acknowledgeWithinHours
  patchWithinDays
  acknowledgeBy
  patchBy
  version
  audience {
    sectors
    recipientTypes
    states
    ruralOnly
  }
  entries {
    id
    key
    marking
  }
  supersedes {
    id
    title
  }
  supersededBy {
    id
    title
  }
}`, {"hash":"sha256:f66f4d654242284f5a7acd08c60e6b5a9320318797891066882f58f095002195"}) as unknown as TypedDocumentString<AdvisoriesQuery, AdvisoriesQueryVariables>;
export const AdvisoryDetailDocument = new TypedDocumentString(`
    query AdvisoryDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Advisory {
      ...AdvisoryParts
      deliveryStats {
        targeted
        delivered
        acknowledged
        patchInProgress
        patched
        notAffected
        overdue
      }
    }
  }
}
    fragment AdvisoryParts on Advisory {
  id
  title
  summary
  marking
  priority
  status
  publishedAt
  requiresAcknowledgement
  acknowledgeWithinHours
  patchWithinDays
  acknowledgeBy
  patchBy
  version
  audience {
    sectors
    recipientTypes
    states
    ruralOnly
  }
  entries {
    id
    key
    marking
  }
  supersedes {
    id
    title
  }
  supersededBy {
    id
    title
  }
}`, {"hash":"sha256:c25f2fbe98a3d5e3210e439970017e75042e0fb16d843a5ff7a8793c77b6a8bc"}) as unknown as TypedDocumentString<AdvisoryDetailQuery, AdvisoryDetailQueryVariables>;
export const PreviewAudienceDocument = new TypedDocumentString(`
    query PreviewAudience($audience: AdvisoryAudienceInput!) {
  previewAudience(audience: $audience) {
    total
    byRecipientType {
      key
      count
    }
    byState {
      key
      count
    }
  }
}
    `, {"hash":"sha256:b854737fe1793e4ece04c217b392411582dfc982501098909cf02543dac7b493"}) as unknown as TypedDocumentString<PreviewAudienceQuery, PreviewAudienceQueryVariables>;
export const PatchCoverageDocument = new TypedDocumentString(`
    query PatchCoverage($groupBy: CoverageGroupBy!, $advisoryId: ID) {
  patchCoverage(groupBy: $groupBy, advisoryId: $advisoryId) {
    key
    targeted
    acknowledged
    patched
    notAffected
    overdue
    medianHoursToAcknowledge
    medianHoursToPatch
  }
}
    `, {"hash":"sha256:6949a24b90a212d91ad32de84e0d57c9a43520f85c9569e59edee6e14182a0ce"}) as unknown as TypedDocumentString<PatchCoverageQuery, PatchCoverageQueryVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries($first: Int, $after: String, $filter: DeliveryFilter) {
  deliveries(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      ...DeliveryParts
    }
  }
}
    fragment DeliveryParts on AdvisoryDelivery {
  id
  status
  deliveredAt
  acknowledgedAt
  patchedAt
  note
  overdue
  version
  recipient {
    id
    name
    state
    recipientType
  }
  advisory {
    id
    title
    priority
    patchBy
  }
}`, {"hash":"sha256:fa675c141e4544c395f705c2b516d8aee7bca0569bb3989b539b0d18438cd837"}) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const MyAdvisoriesDocument = new TypedDocumentString(`
    query MyAdvisories($first: Int, $after: String, $filter: DeliveryFilter) {
  myAdvisories(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      ...DeliveryParts
    }
  }
}
    fragment DeliveryParts on AdvisoryDelivery {
  id
  status
  deliveredAt
  acknowledgedAt
  patchedAt
  note
  overdue
  version
  recipient {
    id
    name
    state
    recipientType
  }
  advisory {
    id
    title
    priority
    patchBy
  }
}`, {"hash":"sha256:d25eb48e47a9f9c143c134e13200e05f2a118ba9b44b8093c2a88a7a8054f5ec"}) as unknown as TypedDocumentString<MyAdvisoriesQuery, MyAdvisoriesQueryVariables>;
export const DraftAdvisoryDocument = new TypedDocumentString(`
    mutation DraftAdvisory($input: DraftAdvisoryInput!) {
  draftAdvisory(input: $input) {
    advisory {
      ...AdvisoryParts
    }
  }
}
    fragment AdvisoryParts on Advisory {
  id
  title
  summary
  marking
  priority
  status
  publishedAt
  requiresAcknowledgement
  acknowledgeWithinHours
  patchWithinDays
  acknowledgeBy
  patchBy
  version
  audience {
    sectors
    recipientTypes
    states
    ruralOnly
  }
  entries {
    id
    key
    marking
  }
  supersedes {
    id
    title
  }
  supersededBy {
    id
    title
  }
}`, {"hash":"sha256:6320f7d89c7b4732765bc9b4870f9e6ea8694179a72e436e9bba8127b9665306"}) as unknown as TypedDocumentString<DraftAdvisoryMutation, DraftAdvisoryMutationVariables>;
export const PublishAdvisoryDocument = new TypedDocumentString(`
    mutation PublishAdvisory($input: AdvisoryActionInput!) {
  publishAdvisory(input: $input) {
    advisory {
      ...AdvisoryParts
    }
  }
}
    fragment AdvisoryParts on Advisory {
  id
  title
  summary
  marking
  priority
  status
  publishedAt
  requiresAcknowledgement
  acknowledgeWithinHours
  patchWithinDays
  acknowledgeBy
  patchBy
  version
  audience {
    sectors
    recipientTypes
    states
    ruralOnly
  }
  entries {
    id
    key
    marking
  }
  supersedes {
    id
    title
  }
  supersededBy {
    id
    title
  }
}`, {"hash":"sha256:59960e742440facb7bad9a27a27c81c2c201665907ddd96ec275495430f251c6"}) as unknown as TypedDocumentString<PublishAdvisoryMutation, PublishAdvisoryMutationVariables>;
export const WithdrawAdvisoryDocument = new TypedDocumentString(`
    mutation WithdrawAdvisory($input: AdvisoryActionInput!) {
  withdrawAdvisory(input: $input) {
    advisory {
      id
      status
    }
  }
}
    `, {"hash":"sha256:ae111de666d40d88349a40064c7d8199c7bf662d91df9a63e24e8bd876f3402d"}) as unknown as TypedDocumentString<WithdrawAdvisoryMutation, WithdrawAdvisoryMutationVariables>;
export const UpdateDeliveryStatusDocument = new TypedDocumentString(`
    mutation UpdateDeliveryStatus($input: UpdateDeliveryStatusInput!) {
  updateDeliveryStatus(input: $input) {
    delivery {
      ...DeliveryParts
    }
  }
}
    fragment DeliveryParts on AdvisoryDelivery {
  id
  status
  deliveredAt
  acknowledgedAt
  patchedAt
  note
  overdue
  version
  recipient {
    id
    name
    state
    recipientType
  }
  advisory {
    id
    title
    priority
    patchBy
  }
}`, {"hash":"sha256:145b8c93686ef044701780b7613e1632950716efa28a6f23e516032b1db93bf5"}) as unknown as TypedDocumentString<UpdateDeliveryStatusMutation, UpdateDeliveryStatusMutationVariables>;
export const AdvisoryPublishedDocument = new TypedDocumentString(`
    subscription AdvisoryPublished {
  advisoryPublished {
    id
    title
    priority
  }
}
    `, {"hash":"sha256:dfa20fa38b316aa84f95b97bb18cf2fadc80776800e0325068ce594afde30ce9"}) as unknown as TypedDocumentString<AdvisoryPublishedSubscription, AdvisoryPublishedSubscriptionVariables>;
export const ClearinghouseEntriesDocument = new TypedDocumentString(`
    query ClearinghouseEntries($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: EntryFilter, $orderBy: EntryOrder) {
  clearinghouseEntries(
    first: $first
    after: $after
    last: $last
    before: $before
    search: $search
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      id
      key
      title
      severity
      cvssScore
      status
      marking
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:053363decb0b97fc7fbe6780da89d2997b8b273632853ca429f872deb5b3eb62"}) as unknown as TypedDocumentString<ClearinghouseEntriesQuery, ClearinghouseEntriesQueryVariables>;
export const EntryDetailDocument = new TypedDocumentString(`
    query EntryDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on ClearinghouseEntry {
      ...EntryParts
      events(first: 100) {
        nodes {
          ...TimelineEventParts
        }
      }
    }
  }
}
    fragment EntryParts on ClearinghouseEntry {
  id
  key
  title
  summary
  details
  identifiers {
    type
    value
  }
  cwes
  cvss {
    version
    vector
    baseScore
  }
  cvssScore
  severity
  knownExploited
  kev {
    dateAdded
    dueDate
    requiredAction
  }
  affected {
    vendor
    product
    versionRange
    fixedIn
    purl
  }
  sectors
  marking
  embargoUntil
  status
  remediations {
    category
    details
    url
    availableAt
  }
  publishedAt
  updatedAt
  version
  duplicateOf {
    id
    key
  }
  possibleDuplicateOf {
    id
    key
  }
  discoveredWithModel {
    id
    name
  }
}
fragment TimelineEventParts on TimelineEvent {
  id
  at
  action
  fromStatus
  toStatus
  note
  actor {
    id
    email
  }
}`, {"hash":"sha256:99f2c0d9dc2caef534436ad69b1e5d03c33573af7f11c18bc616d2c2e29aa433"}) as unknown as TypedDocumentString<EntryDetailQuery, EntryDetailQueryVariables>;
export const EntryExportsDocument = new TypedDocumentString(`
    query EntryExports($id: ID!) {
  node(id: $id) {
    __typename
    ... on ClearinghouseEntry {
      id
      key
      osv
      csaf
    }
  }
}
    `, {"hash":"sha256:a37ab7fd3013d8de939ce18dce27cbb4d486fe6fc510b8e1652ce26ef712553a"}) as unknown as TypedDocumentString<EntryExportsQuery, EntryExportsQueryVariables>;
export const ReportClearinghouseEntryDocument = new TypedDocumentString(`
    mutation ReportClearinghouseEntry($input: ReportEntryInput!) {
  reportClearinghouseEntry(input: $input) {
    entry {
      ...EntryParts
    }
  }
}
    fragment EntryParts on ClearinghouseEntry {
  id
  key
  title
  summary
  details
  identifiers {
    type
    value
  }
  cwes
  cvss {
    version
    vector
    baseScore
  }
  cvssScore
  severity
  knownExploited
  kev {
    dateAdded
    dueDate
    requiredAction
  }
  affected {
    vendor
    product
    versionRange
    fixedIn
    purl
  }
  sectors
  marking
  embargoUntil
  status
  remediations {
    category
    details
    url
    availableAt
  }
  publishedAt
  updatedAt
  version
  duplicateOf {
    id
    key
  }
  possibleDuplicateOf {
    id
    key
  }
  discoveredWithModel {
    id
    name
  }
}`, {"hash":"sha256:26ea4a529d6c071cfc32d4ba56bc17272fb67036bdc779461f3d19852734a0c7"}) as unknown as TypedDocumentString<ReportClearinghouseEntryMutation, ReportClearinghouseEntryMutationVariables>;
export const UpdateClearinghouseEntryDocument = new TypedDocumentString(`
    mutation UpdateClearinghouseEntry($input: UpdateEntryInput!) {
  updateClearinghouseEntry(input: $input) {
    entry {
      ...EntryParts
    }
  }
}
    fragment EntryParts on ClearinghouseEntry {
  id
  key
  title
  summary
  details
  identifiers {
    type
    value
  }
  cwes
  cvss {
    version
    vector
    baseScore
  }
  cvssScore
  severity
  knownExploited
  kev {
    dateAdded
    dueDate
    requiredAction
  }
  affected {
    vendor
    product
    versionRange
    fixedIn
    purl
  }
  sectors
  marking
  embargoUntil
  status
  remediations {
    category
    details
    url
    availableAt
  }
  publishedAt
  updatedAt
  version
  duplicateOf {
    id
    key
  }
  possibleDuplicateOf {
    id
    key
  }
  discoveredWithModel {
    id
    name
  }
}`, {"hash":"sha256:ca46be0047ab16fbf5dbb6128f369fc99705b42263621144d3ffa0b9cdbf46c5"}) as unknown as TypedDocumentString<UpdateClearinghouseEntryMutation, UpdateClearinghouseEntryMutationVariables>;
export const TriageClearinghouseEntryDocument = new TypedDocumentString(`
    mutation TriageClearinghouseEntry($input: EntryTransitionInput!) {
  triageClearinghouseEntry(input: $input) {
    entry {
      id
      status
      version
    }
  }
}
    `, {"hash":"sha256:a7f831d2b29f299e4f7b53eb59da3b64249d0bfa60e12ad7382a840740ad71c8"}) as unknown as TypedDocumentString<TriageClearinghouseEntryMutation, TriageClearinghouseEntryMutationVariables>;
export const ValidateClearinghouseEntryDocument = new TypedDocumentString(`
    mutation ValidateClearinghouseEntry($input: EntryTransitionInput!) {
  validateClearinghouseEntry(input: $input) {
    entry {
      id
      status
      publishedAt
      version
    }
  }
}
    `, {"hash":"sha256:3d1f93c47ad9b18f82e8aa1ca3392f2bfd3e3294246d37996cb3e397f076e5d9"}) as unknown as TypedDocumentString<ValidateClearinghouseEntryMutation, ValidateClearinghouseEntryMutationVariables>;
export const RejectClearinghouseEntryDocument = new TypedDocumentString(`
    mutation RejectClearinghouseEntry($input: EntryTransitionInput!) {
  rejectClearinghouseEntry(input: $input) {
    entry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:3927094d944e6f4afefc339c87027d5d01e57cacaf6df63f1b4549882e7bda7e"}) as unknown as TypedDocumentString<RejectClearinghouseEntryMutation, RejectClearinghouseEntryMutationVariables>;
export const MarkClearinghouseEntryDuplicateDocument = new TypedDocumentString(`
    mutation MarkClearinghouseEntryDuplicate($input: MarkDuplicateInput!) {
  markClearinghouseEntryDuplicate(input: $input) {
    entry {
      id
      status
      duplicateOf {
        id
        key
      }
    }
  }
}
    `, {"hash":"sha256:ea8bac1be7b9317d39def8f4aa60a1971fb81aab23f2e35a86fe35d4b5b155c5"}) as unknown as TypedDocumentString<MarkClearinghouseEntryDuplicateMutation, MarkClearinghouseEntryDuplicateMutationVariables>;
export const CoordinateClearinghouseEntryDocument = new TypedDocumentString(`
    mutation CoordinateClearinghouseEntry($input: EntryTransitionInput!) {
  coordinateClearinghouseEntry(input: $input) {
    entry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:be2aedb0e21818665ff71bb3c1350f4a76e60b43042ab952663f7f3edba044ed"}) as unknown as TypedDocumentString<CoordinateClearinghouseEntryMutation, CoordinateClearinghouseEntryMutationVariables>;
export const MarkClearinghouseEntryPatchAvailableDocument = new TypedDocumentString(`
    mutation MarkClearinghouseEntryPatchAvailable($input: EntryTransitionInput!) {
  markClearinghouseEntryPatchAvailable(input: $input) {
    entry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:6b8dd058b90a62c15e859682d2e782486abb2a7799c9134047bbdf192f3b24dc"}) as unknown as TypedDocumentString<MarkClearinghouseEntryPatchAvailableMutation, MarkClearinghouseEntryPatchAvailableMutationVariables>;
export const ResolveClearinghouseEntryDocument = new TypedDocumentString(`
    mutation ResolveClearinghouseEntry($input: EntryTransitionInput!) {
  resolveClearinghouseEntry(input: $input) {
    entry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:4e858f22bcd7c19daf4663b7a43990fd6898e21aa1b4cc79d9cf837e57d49719"}) as unknown as TypedDocumentString<ResolveClearinghouseEntryMutation, ResolveClearinghouseEntryMutationVariables>;
export const WithdrawClearinghouseEntryDocument = new TypedDocumentString(`
    mutation WithdrawClearinghouseEntry($input: EntryTransitionInput!) {
  withdrawClearinghouseEntry(input: $input) {
    entry {
      id
      status
    }
  }
}
    `, {"hash":"sha256:d002742c2654ac0f69b9b90a855069325289a8af77a3acbbd82fdbf258ee88ce"}) as unknown as TypedDocumentString<WithdrawClearinghouseEntryMutation, WithdrawClearinghouseEntryMutationVariables>;
export const AddClearinghouseRemediationDocument = new TypedDocumentString(`
    mutation AddClearinghouseRemediation($input: AddRemediationInput!) {
  addClearinghouseRemediation(input: $input) {
    entry {
      id
      remediations {
        category
        details
        url
      }
    }
  }
}
    `, {"hash":"sha256:482915cb3340af9831e8c4ef8900b5b9c74b1e316cc1b3a367ba0e3b7aebb9cd"}) as unknown as TypedDocumentString<AddClearinghouseRemediationMutation, AddClearinghouseRemediationMutationVariables>;
export const MarkClearinghouseEntryKnownExploitedDocument = new TypedDocumentString(`
    mutation MarkClearinghouseEntryKnownExploited($input: MarkKnownExploitedInput!) {
  markClearinghouseEntryKnownExploited(input: $input) {
    entry {
      id
      knownExploited
      kev {
        dateAdded
        dueDate
        requiredAction
      }
    }
  }
}
    `, {"hash":"sha256:f4d042b92b9c26699716d272753a6078e7c56a3d570975bbea47da1e2dee767d"}) as unknown as TypedDocumentString<MarkClearinghouseEntryKnownExploitedMutation, MarkClearinghouseEntryKnownExploitedMutationVariables>;
export const EntryUpdatedDocument = new TypedDocumentString(`
    subscription EntryUpdated {
  entryUpdated {
    id
    key
    status
    marking
  }
}
    `, {"hash":"sha256:13329806ee679788cfa2f9174e8882a5745c045e26cd48d591f0dc9d7b9f929f"}) as unknown as TypedDocumentString<EntryUpdatedSubscription, EntryUpdatedSubscriptionVariables>;
export const ScanClaimsDocument = new TypedDocumentString(`
    query ScanClaims($first: Int, $after: String, $filter: ScanClaimFilter) {
  scanClaims(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      id
      vendor
      product
      startsAt
      endsAt
      status
      organization {
        id
        name
      }
      conflicts {
        id
        organization {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:0dc6676ee4f2be7a43931bf0ab579ab52c10ae9324af48e6eb9327061fb68734"}) as unknown as TypedDocumentString<ScanClaimsQuery, ScanClaimsQueryVariables>;
export const ClaimScanScopeDocument = new TypedDocumentString(`
    mutation ClaimScanScope($input: ClaimScanScopeInput!) {
  claimScanScope(input: $input) {
    claim {
      id
      vendor
      product
      status
    }
    conflicts {
      id
      vendor
      product
      startsAt
      endsAt
    }
  }
}
    `, {"hash":"sha256:934290927d1adda7e84ce68a487726b197934ad9367379833c327fb86928dc7c"}) as unknown as TypedDocumentString<ClaimScanScopeMutation, ClaimScanScopeMutationVariables>;
export const ReleaseScanClaimDocument = new TypedDocumentString(`
    mutation ReleaseScanClaim($input: ReleaseScanClaimInput!) {
  releaseScanClaim(input: $input) {
    claim {
      id
      status
    }
  }
}
    `, {"hash":"sha256:c532d1d0aad8af4f36b0e878926dc885717d03f0fc97902ab503e3d2a7cdb643"}) as unknown as TypedDocumentString<ReleaseScanClaimMutation, ReleaseScanClaimMutationVariables>;
export const DefenseToolsDocument = new TypedDocumentString(`
    query DefenseTools($first: Int, $after: String) {
  defenseTools(first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      capabilities
      seats
      seatsTaken
      eligibility {
        recipientTypes
        sectors
        sizeTiers
      }
      developer {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:24fa398199b63348e7e75155342fed8adcc35015c23f0871ae22f86f035d091d"}) as unknown as TypedDocumentString<DefenseToolsQuery, DefenseToolsQueryVariables>;
export const ToolGrantsDocument = new TypedDocumentString(`
    query ToolGrants($first: Int, $after: String, $toolId: ID) {
  toolGrants(first: $first, after: $after, toolId: $toolId) {
    totalCount
    nodes {
      id
      status
      recipient {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:050a68c9d3025edaa0ce20f22ee2245309d502581987c6ced528a1e0f436291b"}) as unknown as TypedDocumentString<ToolGrantsQuery, ToolGrantsQueryVariables>;
export const OfferDefenseToolDocument = new TypedDocumentString(`
    mutation OfferDefenseTool($input: OfferDefenseToolInput!) {
  offerDefenseTool(input: $input) {
    tool {
      id
      name
      seats
      seatsTaken
    }
  }
}
    `, {"hash":"sha256:8ae90151b5058aa13f4d4788af71bcc9e8064156da9ce9380bce518818c11262"}) as unknown as TypedDocumentString<OfferDefenseToolMutation, OfferDefenseToolMutationVariables>;
export const RequestToolGrantDocument = new TypedDocumentString(`
    mutation RequestToolGrant($input: RequestToolGrantInput!) {
  requestToolGrant(input: $input) {
    grant {
      id
      status
    }
  }
}
    `, {"hash":"sha256:8655810b01d9d675ffd1700406ee4a298302dd5b5f8c8c056d020180af403fde"}) as unknown as TypedDocumentString<RequestToolGrantMutation, RequestToolGrantMutationVariables>;
export const DecideToolGrantDocument = new TypedDocumentString(`
    mutation DecideToolGrant($input: ToolGrantActionInput!) {
  decideToolGrant(input: $input) {
    grant {
      id
      status
    }
  }
}
    `, {"hash":"sha256:e1a0c9dc53ace031f204d3043a8293711be1194add5b39f141177e6223bd1cc7"}) as unknown as TypedDocumentString<DecideToolGrantMutation, DecideToolGrantMutationVariables>;
export const DesignationsDocument = new TypedDocumentString(`
    query Designations($first: Int, $after: String, $filter: DesignationFilter, $orderBy: DesignationOrder) {
  designations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}
fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:9c7acb5b145e421adf41f428a1dee1ed142dc9ce7853e43d7b7be0d8ccac9245"}) as unknown as TypedDocumentString<DesignationsQuery, DesignationsQueryVariables>;
export const DesignationDetailDocument = new TypedDocumentString(`
    query DesignationDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Designation {
      ...DesignationParts
      benchmarkResults(first: 50) {
        totalCount
        nodes {
          id
          suite
          suiteVersion
          score
          threshold
          exceedsThreshold
          evaluatedAt
          classifiedReference
        }
      }
      responses(first: 50) {
        totalCount
        nodes {
          id
          position
          arguments
          submittedAt
        }
      }
      events(first: 100) {
        totalCount
        nodes {
          ...TimelineEventParts
        }
      }
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}
fragment TimelineEventParts on TimelineEvent {
  id
  at
  action
  fromStatus
  toStatus
  note
  actor {
    id
    email
  }
}`, {"hash":"sha256:7bd427f664a9c068474a4c8ea49163704257438449852f375e33205d77ca4fb2"}) as unknown as TypedDocumentString<DesignationDetailQuery, DesignationDetailQueryVariables>;
export const CoveredModelsDocument = new TypedDocumentString(`
    query CoveredModels($first: Int, $after: String, $filter: FrontierModelFilter) {
  coveredModels(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      ...FrontierModelParts
    }
  }
}
    fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}`, {"hash":"sha256:e22f8f1a08c2fe5c7820c4efdc40e3a9203c20caa935f945aed58765b482cd37"}) as unknown as TypedDocumentString<CoveredModelsQuery, CoveredModelsQueryVariables>;
export const ModelCoverageDocument = new TypedDocumentString(`
    query ModelCoverage($id: ID!) {
  node(id: $id) {
    __typename
    ... on FrontierModel {
      id
      coverage
      releasedAt
      plannedReleaseAt
      designations(first: 20) {
        totalCount
        nodes {
          id
          status
        }
      }
      reviewWindows(first: 10) {
        totalCount
        nodes {
          id
          status
          closedReason
        }
      }
    }
  }
}
    `, {"hash":"sha256:543b6e3e398293a7e73cb3f7f98e1f344b04330c207d4a0cfdd62e1ee75081b1"}) as unknown as TypedDocumentString<ModelCoverageQuery, ModelCoverageQueryVariables>;
export const RequestDesignationDocument = new TypedDocumentString(`
    mutation RequestDesignation($input: RequestDesignationInput!) {
  requestDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:d76c7d30f281896ab260c3a55d48d16c46490af63e70e4c0360119c31601384e"}) as unknown as TypedDocumentString<RequestDesignationMutation, RequestDesignationMutationVariables>;
export const OpenDesignationDocument = new TypedDocumentString(`
    mutation OpenDesignation($input: OpenDesignationInput!) {
  openDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:84a5a9f19509e572dd170f90cc90d261b9ac35c1460a0a5e387a8cad49440254"}) as unknown as TypedDocumentString<OpenDesignationMutation, OpenDesignationMutationVariables>;
export const RecordBenchmarkResultDocument = new TypedDocumentString(`
    mutation RecordBenchmarkResult($input: RecordBenchmarkResultInput!) {
  recordBenchmarkResult(input: $input) {
    designation {
      ...DesignationParts
    }
    benchmarkResult {
      id
      score
      threshold
      exceedsThreshold
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:dbe0b5ff494cf7eeb389fa5b4189d87916aa8be3bfbd61781e8f0a476237c073"}) as unknown as TypedDocumentString<RecordBenchmarkResultMutation, RecordBenchmarkResultMutationVariables>;
export const ProposeDesignationDocument = new TypedDocumentString(`
    mutation ProposeDesignation($input: ProposeDesignationInput!) {
  proposeDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:adb7a5a7834c4cd24e5b385745a019278bd5ae7001cc3e3e8e452b688288c320"}) as unknown as TypedDocumentString<ProposeDesignationMutation, ProposeDesignationMutationVariables>;
export const NotifyDeveloperDocument = new TypedDocumentString(`
    mutation NotifyDeveloper($input: DesignationActionInput!) {
  notifyDeveloper(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:62cff8eb326ea0b7e1b10597aa644bec7bf649c57a980b3d090940470138eb7b"}) as unknown as TypedDocumentString<NotifyDeveloperMutation, NotifyDeveloperMutationVariables>;
export const RespondToDesignationDocument = new TypedDocumentString(`
    mutation RespondToDesignation($input: RespondToDesignationInput!) {
  respondToDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
    response {
      id
      position
      submittedAt
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:128eb57df5d3dce9e8a634ff93e1cc3c3aebdaa114b5ae46c262a2ddcd9a0836"}) as unknown as TypedDocumentString<RespondToDesignationMutation, RespondToDesignationMutationVariables>;
export const DecideDesignationDocument = new TypedDocumentString(`
    mutation DecideDesignation($input: DecideDesignationInput!) {
  decideDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:86d65f645a623340f5898c5d3060dd547353803436c25169e96b4e8563ddb477"}) as unknown as TypedDocumentString<DecideDesignationMutation, DecideDesignationMutationVariables>;
export const WithdrawDesignationDocument = new TypedDocumentString(`
    mutation WithdrawDesignation($input: DesignationActionInput!) {
  withdrawDesignation(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:3c64b83d06eeed037ee724de5b7bc38a2952b656ca47cee8b5bd597685a590fe"}) as unknown as TypedDocumentString<WithdrawDesignationMutation, WithdrawDesignationMutationVariables>;
export const RequestReassessmentDocument = new TypedDocumentString(`
    mutation RequestReassessment($input: RequestReassessmentInput!) {
  requestReassessment(input: $input) {
    designation {
      ...DesignationParts
    }
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:84f2b075df84473cc8563d07abec44aa42f8fb0cb827705fdadd629b171653a7"}) as unknown as TypedDocumentString<RequestReassessmentMutation, RequestReassessmentMutationVariables>;
export const RecordModelReleaseDocument = new TypedDocumentString(`
    mutation RecordModelRelease($input: RecordModelReleaseInput!) {
  recordModelRelease(input: $input) {
    model {
      ...FrontierModelParts
    }
  }
}
    fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}`, {"hash":"sha256:c3e5579b0082007c67840b7bca12410532f92ac8d79fdcfdf25c79e0ae9ad5e7"}) as unknown as TypedDocumentString<RecordModelReleaseMutation, RecordModelReleaseMutationVariables>;
export const DesignationUpdatedDocument = new TypedDocumentString(`
    subscription DesignationUpdated {
  designationUpdated {
    ...DesignationParts
  }
}
    fragment DesignationParts on Designation {
  id
  status
  basis
  question
  proposedAt
  developerNotifiedAt
  responseWindowDays
  responseDueAt
  responseOverdue
  decidedAt
  rationale
  version
  model {
    id
    name
    modelVersion
  }
  leadAgency {
    id
    acronym
  }
  reassessmentOf {
    id
    status
  }
}`, {"hash":"sha256:d043808210cc8e51348a0ec0a2835158c61e4e7fd9c61c4fdd82802d679aff9e"}) as unknown as TypedDocumentString<DesignationUpdatedSubscription, DesignationUpdatedSubscriptionVariables>;
export const DirectivesDocument = new TypedDocumentString(`
    query Directives($first: Int, $after: String, $statuses: [DirectiveStatus!]) {
  directives(first: $first, after: $after, statuses: $statuses) {
    totalCount
    nodes {
      ...DirectiveParts
    }
  }
}
    fragment DirectiveParts on Directive {
  id
  code
  kind
  title
  summary
  status
  issuedAt
  version
  requiredActions {
    index
    title
    dueInDays
    dueAt
  }
  supersedes {
    id
    code
  }
}`, {"hash":"sha256:ba171a9bc26bd9b4661a8001d53adc4d6eb0b1dd0fd99fcd44989b7cc3ca6826"}) as unknown as TypedDocumentString<DirectivesQuery, DirectivesQueryVariables>;
export const DirectiveComplianceDocument = new TypedDocumentString(`
    query DirectiveCompliance($directiveId: ID!) {
  directiveCompliance(directiveId: $directiveId) {
    actionIndex
    title
    dueAt
    complete
    inProgress
    notStarted
    overdue
    overdueAgencies {
      id
      acronym
    }
  }
}
    `, {"hash":"sha256:21acc23b91cd9a88fdfaad23375fecf57093c63c58f8cd0854944a27a1beabf6"}) as unknown as TypedDocumentString<DirectiveComplianceQuery, DirectiveComplianceQueryVariables>;
export const ComplianceReportsDocument = new TypedDocumentString(`
    query ComplianceReports($first: Int, $after: String, $filter: ComplianceReportFilter) {
  complianceReports(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      id
      actionIndex
      status
      evidence
      overdue
      closedAt
      version
      agency {
        id
        acronym
      }
      requiredAction {
        title
        dueAt
      }
    }
  }
}
    `, {"hash":"sha256:00cd0e894f1116dbe182666f20214551e7e81fe46ad204e3ef506907c3a4440a"}) as unknown as TypedDocumentString<ComplianceReportsQuery, ComplianceReportsQueryVariables>;
export const DraftDirectiveDocument = new TypedDocumentString(`
    mutation DraftDirective($input: DraftDirectiveInput!) {
  draftDirective(input: $input) {
    directive {
      ...DirectiveParts
    }
  }
}
    fragment DirectiveParts on Directive {
  id
  code
  kind
  title
  summary
  status
  issuedAt
  version
  requiredActions {
    index
    title
    dueInDays
    dueAt
  }
  supersedes {
    id
    code
  }
}`, {"hash":"sha256:861ddfff1e3ed3f65c3393f929e1e2217653830952ad6b0c9e3d75ac86702c2a"}) as unknown as TypedDocumentString<DraftDirectiveMutation, DraftDirectiveMutationVariables>;
export const IssueDirectiveDocument = new TypedDocumentString(`
    mutation IssueDirective($input: DirectiveActionInput!) {
  issueDirective(input: $input) {
    directive {
      ...DirectiveParts
    }
  }
}
    fragment DirectiveParts on Directive {
  id
  code
  kind
  title
  summary
  status
  issuedAt
  version
  requiredActions {
    index
    title
    dueInDays
    dueAt
  }
  supersedes {
    id
    code
  }
}`, {"hash":"sha256:1b9192adbd0aa7c03e19a24951d7f0caf4ffeb4e7612660bf4ddfb970f3c93b9"}) as unknown as TypedDocumentString<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const RevokeDirectiveDocument = new TypedDocumentString(`
    mutation RevokeDirective($input: DirectiveActionInput!) {
  revokeDirective(input: $input) {
    directive {
      id
      status
    }
  }
}
    `, {"hash":"sha256:c091ae1f9b91d23625e6fe4f1a2334f9f2efb5ce2242a6fd9bacfab574001bbd"}) as unknown as TypedDocumentString<RevokeDirectiveMutation, RevokeDirectiveMutationVariables>;
export const UpdateComplianceReportDocument = new TypedDocumentString(`
    mutation UpdateComplianceReport($input: UpdateComplianceReportInput!) {
  updateComplianceReport(input: $input) {
    report {
      id
      status
      evidence
      overdue
      version
    }
  }
}
    `, {"hash":"sha256:2f73c57e8e026a68320c73484dc7a796f23b24ae4ba90fa980ee5f357481b5ca"}) as unknown as TypedDocumentString<UpdateComplianceReportMutation, UpdateComplianceReportMutationVariables>;
export const MilestonesDocument = new TypedDocumentString(`
    query Milestones($first: Int, $after: String, $filter: MilestoneFilter) {
  milestones(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      id
      section
      title
      dueAt
      completedAt
      status
      responsibleAgency {
        id
        acronym
      }
    }
  }
}
    `, {"hash":"sha256:85933d7bac8798aae09109000d1e9848392b1d427a1e9c83d656133c556ef7bb"}) as unknown as TypedDocumentString<MilestonesQuery, MilestonesQueryVariables>;
export const CompleteMilestoneDocument = new TypedDocumentString(`
    mutation CompleteMilestone($input: CompleteMilestoneInput!) {
  completeMilestone(input: $input) {
    milestone {
      id
      status
      completedAt
    }
  }
}
    `, {"hash":"sha256:05f381bb99bb79372dffc871ec77bcce3fe90571cb0014f7efcb0cbffd0a8b08"}) as unknown as TypedDocumentString<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    modelsByCoverage {
      key
      count
    }
    openReviewWindows(first: 20) {
      totalCount
      nodes {
        id
        daysUntilRelease
      }
    }
    entriesByStatus {
      key
      count
    }
    entriesBySeverity {
      key
      count
    }
    advisoriesAwaitingAcknowledgement
    patchCoverage {
      targeted
      acknowledged
      patched
      notAffected
      overdue
    }
    directivesWithOverdueAgencies {
      overdueAgencies
      overdueReports
      directive {
        id
        code
      }
    }
    milestonesDueOrOverdue(first: 20) {
      totalCount
      nodes {
        id
        title
        status
      }
    }
  }
}
    `, {"hash":"sha256:4ab811df2fce268cc7510cce5ed0f012c317e0fcc1cb6dd15cd25f7f3f6dc238"}) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($first: Int, $after: String, $last: Int, $before: String, $orderBy: WebhookEndpointOrder) {
  webhookEndpoints(
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...WebhookEndpointParts
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:d29e68f972347fdefa33fc6e5b7115d5622ff63d2a69fb5f5def9efea1cef616"}) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {
  webhookDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...NotificationParts
      endpoint {
        id
        url
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment NotificationParts on Notification {
  id
  kind
  channel
  status
  attemptCount
  lastError
  occurredAt
  createdAt
  deliveredAt
  attempts {
    at
    status
    latencyMs
    response
    error
  }
}`, {"hash":"sha256:8f796b5cdeba96eb699015775249464c75582754b2bc9a9321f2d2787e56351f"}) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {
  notifications(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...NotificationParts
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment NotificationParts on Notification {
  id
  kind
  channel
  status
  attemptCount
  lastError
  occurredAt
  createdAt
  deliveredAt
  attempts {
    at
    status
    latencyMs
    response
    error
  }
}`, {"hash":"sha256:debeae5497ec19407cad764afe5f3410d0af607e63018119dcf0ea57862ffce5"}) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    mode
    isDefault
  }
}
    `, {"hash":"sha256:ff6ac90de79b5ade65a8fe1f0b5251185ba089b83c25f358e5e5a0560dc667a0"}) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointParts
    }
  }
}
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:91f752ac92d622866e9f41876e0cf6e64e7fb2a869bf85baca86c373001993c4"}) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    endpoint {
      ...WebhookEndpointParts
    }
  }
}
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:8b270e623744db16e2d9ba19940cdfe39f478f4bbdf57143cddba81e5021df88"}) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: WebhookEndpointInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointParts
    }
  }
}
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:8a8b29d380e4d673abbc19402857fd066c5a92fd8e5b6df5674f86d337e65c3f"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DisableWebhookEndpointDocument = new TypedDocumentString(`
    mutation DisableWebhookEndpoint($input: DisableWebhookEndpointInput!) {
  disableWebhookEndpoint(input: $input) {
    endpoint {
      ...WebhookEndpointParts
    }
  }
}
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:fdabac4bfbe3aa606b0ede2b4d627578839228aab36f7412e112c4c957aee903"}) as unknown as TypedDocumentString<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const EnableWebhookEndpointDocument = new TypedDocumentString(`
    mutation EnableWebhookEndpoint($input: WebhookEndpointInput!) {
  enableWebhookEndpoint(input: $input) {
    endpoint {
      ...WebhookEndpointParts
    }
  }
}
    fragment WebhookEndpointParts on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  secretHint
  failingSince
  lastSuccessAt
  createdAt
  version
}`, {"hash":"sha256:5f1ac30e05ff893bc10eee36b05773cfb62c7abaf3c066cda844c8253f783ff3"}) as unknown as TypedDocumentString<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($input: NotificationInput!) {
  redeliverWebhook(input: $input) {
    notification {
      ...NotificationParts
    }
  }
}
    fragment NotificationParts on Notification {
  id
  kind
  channel
  status
  attemptCount
  lastError
  occurredAt
  createdAt
  deliveredAt
  attempts {
    at
    status
    latencyMs
    response
    error
  }
}`, {"hash":"sha256:65f78510c9d8ec653213ca5c253597eb4bb8a74d7e051d391fe86f74b94647e2"}) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RetryNotificationDocument = new TypedDocumentString(`
    mutation RetryNotification($input: NotificationInput!) {
  retryNotification(input: $input) {
    notification {
      ...NotificationParts
    }
  }
}
    fragment NotificationParts on Notification {
  id
  kind
  channel
  status
  attemptCount
  lastError
  occurredAt
  createdAt
  deliveredAt
  attempts {
    at
    status
    latencyMs
    response
    error
  }
}`, {"hash":"sha256:c5d77099b7ea378912f3a5a160ecd189ea2316d7c10b6ed4523447e3282434db"}) as unknown as TypedDocumentString<RetryNotificationMutation, RetryNotificationMutationVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    kind
    mode
    isDefault
  }
}
    `, {"hash":"sha256:df9500a7ef90c593d1aeedbc0a2fe0f6057309c1c0361f5125716589d8e98768"}) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    authenticated
    roles
    user {
      ...UserParts
    }
    organization {
      __typename
      id
      name
      kind
    }
  }
}
    fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}`, {"hash":"sha256:8bf86c26d564e2ebcea920a0ad06b9152e954c0d8b909a24b0f66c88509ffb19"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Developer {
      ...DeveloperParts
    }
    ... on Agency {
      ...AgencyParts
    }
    ... on Recipient {
      ...RecipientParts
    }
    ... on User {
      ...UserParts
    }
    ... on FrontierModel {
      ...FrontierModelParts
    }
    ... on ApiKey {
      ...ApiKeyParts
    }
  }
}
    fragment DeveloperParts on Developer {
  id
  name
  slug
  kind
  website
  participation
  enrolledAt
  version
}
fragment AgencyParts on Agency {
  id
  name
  slug
  kind
  acronym
  capabilities
  version
}
fragment RecipientParts on Recipient {
  id
  name
  slug
  kind
  recipientType
  sector
  state
  county
  rural
  sizeTier
  version
}
fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}
fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}
fragment ApiKeyParts on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:c432b09f400d45fd4cf48b2cecb382769a000e58e129ff0cc341b289b0c335a9"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `, {"hash":"sha256:061e5e74ee7113d4c05a2475b34214b4bfa1c7f3a4c3904eb3829d10d065773b"}) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    edges {
      cursor
      node {
        __typename
        id
        name
        kind
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:aa57db5a78fcaa016ffa2ffdf54dcb949f7d5645ed400fffcf6967fc47a9c83d"}) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const DevelopersDocument = new TypedDocumentString(`
    query Developers($first: Int, $after: String, $last: Int, $before: String, $filter: DeveloperFilter, $orderBy: OrganizationOrder) {
  developers(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    edges {
      cursor
      node {
        ...DeveloperParts
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment DeveloperParts on Developer {
  id
  name
  slug
  kind
  website
  participation
  enrolledAt
  version
}`, {"hash":"sha256:fe5bd028a14c0ae43088a1fb8297ddaeda54109bf5ce3dc0963d4263c466a8b5"}) as unknown as TypedDocumentString<DevelopersQuery, DevelopersQueryVariables>;
export const DevelopersWithModelsDocument = new TypedDocumentString(`
    query DevelopersWithModels($first: Int, $modelsFirst: Int) {
  developers(first: $first) {
    totalCount
    nodes {
      id
      name
      models(first: $modelsFirst) {
        totalCount
        nodes {
          id
          name
          modelVersion
          developer {
            id
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:8db20dce0c30facdd983e2ba55aaeaa4ca824f820157a305d0c1087b4a2d9719"}) as unknown as TypedDocumentString<DevelopersWithModelsQuery, DevelopersWithModelsQueryVariables>;
export const AgenciesDocument = new TypedDocumentString(`
    query Agencies($first: Int, $after: String, $filter: AgencyFilter, $orderBy: OrganizationOrder) {
  agencies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...AgencyParts
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AgencyParts on Agency {
  id
  name
  slug
  kind
  acronym
  capabilities
  version
}`, {"hash":"sha256:3b3008480614d944f3bf359f3f9376526744f2bc91109743472c5f259d7285fd"}) as unknown as TypedDocumentString<AgenciesQuery, AgenciesQueryVariables>;
export const RecipientsDocument = new TypedDocumentString(`
    query Recipients($first: Int, $after: String, $last: Int, $before: String, $filter: RecipientFilter, $orderBy: OrganizationOrder) {
  recipients(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    edges {
      cursor
      node {
        ...RecipientParts
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment RecipientParts on Recipient {
  id
  name
  slug
  kind
  recipientType
  sector
  state
  county
  rural
  sizeTier
  version
}`, {"hash":"sha256:d55aec1c800c6f0d3f809ff978f7900d6bd3238c2fd1b5a639ca12442785824b"}) as unknown as TypedDocumentString<RecipientsQuery, RecipientsQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
  users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      ...UserParts
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}`, {"hash":"sha256:5c19adb787fb0462a47b593fdec42d581540926a305fc7aab3b2096f4802440c"}) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const FrontierModelsDocument = new TypedDocumentString(`
    query FrontierModels($first: Int, $after: String, $last: Int, $before: String, $filter: FrontierModelFilter, $orderBy: FrontierModelOrder) {
  frontierModels(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    edges {
      cursor
      node {
        ...FrontierModelParts
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}`, {"hash":"sha256:a3f58190de5e33e1c70b692de9cd485b2af9e5a5f199aa3f51fbf6786d643f26"}) as unknown as TypedDocumentString<FrontierModelsQuery, FrontierModelsQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($first: Int, $after: String, $organizationId: ID) {
  apiKeys(first: $first, after: $after, organizationId: $organizationId) {
    totalCount
    nodes {
      ...ApiKeyParts
    }
  }
}
    fragment ApiKeyParts on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:671dcb7d03c45a2c68ad677532f63d20806493bdb461c869e7d33d6d69e21f52"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $direction: OrderDirection) {
  auditEvents(
    first: $first
    after: $after
    last: $last
    before: $before
    direction: $direction
  ) {
    totalCount
    pageInfo {
      ...PageInfoParts
    }
    nodes {
      id
      seq
      at
      action
      subjectIds
      requestId
      prevHash
      hash
      actor {
        id
        email
      }
    }
  }
}
    fragment PageInfoParts on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:20d540b5e1aceb6739e21892c2caf897ecb314e25ed97f05a6ea299ab0531eb8"}) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain($checkpoint: AuditCheckpointInput) {
  verifyAuditChain(checkpoint: $checkpoint) {
    valid
    checked
    firstBrokenSeq
    firstBrokenEventId
  }
}
    `, {"hash":"sha256:d38d1f5acf84c439019dc1d6e67c58c90a712e18781af32ee51cbf8da4656263"}) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AuditCheckpointDocument = new TypedDocumentString(`
    query AuditCheckpoint {
  auditCheckpoint {
    seq
    hash
    legacy
    signature
  }
}
    `, {"hash":"sha256:8120e491c26633ba5bfece3db2cd3b4bfde42316d70d499b90559cd931f4f315"}) as unknown as TypedDocumentString<AuditCheckpointQuery, AuditCheckpointQueryVariables>;
export const CreateDeveloperDocument = new TypedDocumentString(`
    mutation CreateDeveloper($input: CreateDeveloperInput!) {
  createDeveloper(input: $input) {
    developer {
      ...DeveloperParts
    }
  }
}
    fragment DeveloperParts on Developer {
  id
  name
  slug
  kind
  website
  participation
  enrolledAt
  version
}`, {"hash":"sha256:1bff81c2d963bb8c72b6df2d936a9532bdfa17fbbfedba4a98dd585b52c11bf4"}) as unknown as TypedDocumentString<CreateDeveloperMutation, CreateDeveloperMutationVariables>;
export const UpdateDeveloperDocument = new TypedDocumentString(`
    mutation UpdateDeveloper($input: UpdateDeveloperInput!) {
  updateDeveloper(input: $input) {
    developer {
      ...DeveloperParts
    }
  }
}
    fragment DeveloperParts on Developer {
  id
  name
  slug
  kind
  website
  participation
  enrolledAt
  version
}`, {"hash":"sha256:6eae589fc1cb0ebc6f95c0db87fd96c6930b028aaec0b68b41a445e921d61acf"}) as unknown as TypedDocumentString<UpdateDeveloperMutation, UpdateDeveloperMutationVariables>;
export const CreateAgencyDocument = new TypedDocumentString(`
    mutation CreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    agency {
      ...AgencyParts
    }
  }
}
    fragment AgencyParts on Agency {
  id
  name
  slug
  kind
  acronym
  capabilities
  version
}`, {"hash":"sha256:5241b10dbd65ef2e1324320e456a6947f14002e16576b8c1b5e9e1bbbcbd95e8"}) as unknown as TypedDocumentString<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = new TypedDocumentString(`
    mutation UpdateAgency($input: UpdateAgencyInput!) {
  updateAgency(input: $input) {
    agency {
      ...AgencyParts
    }
  }
}
    fragment AgencyParts on Agency {
  id
  name
  slug
  kind
  acronym
  capabilities
  version
}`, {"hash":"sha256:7fb7b49157c65e58105aad01c2e0fef842af1381f4de24ff9caae98466dea2e1"}) as unknown as TypedDocumentString<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const CreateRecipientDocument = new TypedDocumentString(`
    mutation CreateRecipient($input: CreateRecipientInput!) {
  createRecipient(input: $input) {
    recipient {
      ...RecipientParts
    }
  }
}
    fragment RecipientParts on Recipient {
  id
  name
  slug
  kind
  recipientType
  sector
  state
  county
  rural
  sizeTier
  version
}`, {"hash":"sha256:7fe482e7d156aba7ba6c419e8b0160d36ef1c2824c49586251e717724abbfe8a"}) as unknown as TypedDocumentString<CreateRecipientMutation, CreateRecipientMutationVariables>;
export const UpdateRecipientDocument = new TypedDocumentString(`
    mutation UpdateRecipient($input: UpdateRecipientInput!) {
  updateRecipient(input: $input) {
    recipient {
      ...RecipientParts
    }
  }
}
    fragment RecipientParts on Recipient {
  id
  name
  slug
  kind
  recipientType
  sector
  state
  county
  rural
  sizeTier
  version
}`, {"hash":"sha256:83673570295e63a09738840c797d6447d1d9db9b1267444e06d3c59725002f93"}) as unknown as TypedDocumentString<UpdateRecipientMutation, UpdateRecipientMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      ...UserParts
    }
  }
}
    fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}`, {"hash":"sha256:1cb94398c553cacc91f92612edabb1b6aaf92845caf3bdcf279e9f5a2b52898f"}) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user {
      ...UserParts
    }
  }
}
    fragment UserParts on User {
  id
  email
  name
  roles
  active
  version
  organization {
    __typename
    id
    name
  }
}`, {"hash":"sha256:7e590f180841572a057430d4b205069b1e265ad13e1406d7cff1349da9555f84"}) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const IssueApiKeyDocument = new TypedDocumentString(`
    mutation IssueApiKey($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) {
    secret
    apiKey {
      ...ApiKeyParts
    }
  }
}
    fragment ApiKeyParts on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:1538217888d62ae8744412fe7955462539a4e188a2d2a99600b30c630e822494"}) as unknown as TypedDocumentString<IssueApiKeyMutation, IssueApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeyParts
    }
  }
}
    fragment ApiKeyParts on ApiKey {
  id
  name
  prefix
  roles
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:6574aefc1333c9c36754e6f60295a7c6a64a9b7e5d30669d3627ac05ef0c55ff"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RegisterFrontierModelDocument = new TypedDocumentString(`
    mutation RegisterFrontierModel($input: RegisterFrontierModelInput!) {
  registerFrontierModel(input: $input) {
    model {
      ...FrontierModelParts
    }
  }
}
    fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}`, {"hash":"sha256:7e90f7ff6ad0a02fdcc79eec6c25f0590d10ffcc4902992ae094822ed31d021f"}) as unknown as TypedDocumentString<RegisterFrontierModelMutation, RegisterFrontierModelMutationVariables>;
export const UpdateFrontierModelDocument = new TypedDocumentString(`
    mutation UpdateFrontierModel($input: UpdateFrontierModelInput!) {
  updateFrontierModel(input: $input) {
    model {
      ...FrontierModelParts
    }
  }
}
    fragment FrontierModelParts on FrontierModel {
  id
  name
  modelVersion
  description
  plannedReleaseAt
  releasedAt
  coverage
  version
  developer {
    id
    name
  }
}`, {"hash":"sha256:f39a4d220b65312567afcb95780046b04fe23753855fe682d0ec4ec1b1fe3730"}) as unknown as TypedDocumentString<UpdateFrontierModelMutation, UpdateFrontierModelMutationVariables>;
export const RateLimitDocument = new TypedDocumentString(`
    query RateLimit {
  rateLimit {
    limit
    cost
    used
    remaining
    resetAt
  }
}
    `, {"hash":"sha256:99c41d7ab8a1efe01bd61df0095269e80fbf0899a04b203c22a11fbefdd0dd2a"}) as unknown as TypedDocumentString<RateLimitQuery, RateLimitQueryVariables>;
export const ReviewWindowsDocument = new TypedDocumentString(`
    query ReviewWindows($first: Int, $after: String, $filter: ReviewWindowFilter) {
  reviewWindows(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:1a8bba89046e77b6d663541f9eda54570e97b567c51b59328d201a3a638258a8"}) as unknown as TypedDocumentString<ReviewWindowsQuery, ReviewWindowsQueryVariables>;
export const ReviewWindowDetailDocument = new TypedDocumentString(`
    query ReviewWindowDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on ReviewWindow {
      ...ReviewWindowParts
      findings(first: 100) {
        totalCount
        nodes {
          ...ReviewFindingParts
        }
      }
      events(first: 100) {
        nodes {
          ...TimelineEventParts
        }
      }
    }
  }
}
    fragment TimelineEventParts on TimelineEvent {
  id
  at
  action
  fromStatus
  toStatus
  note
  actor {
    id
    email
  }
}
fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}
fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}`, {"hash":"sha256:dc1805f5ddab35d79f58b32cffd004101c217974d816fec739c10e02a08972a6"}) as unknown as TypedDocumentString<ReviewWindowDetailQuery, ReviewWindowDetailQueryVariables>;
export const ProposeReviewWindowDocument = new TypedDocumentString(`
    mutation ProposeReviewWindow($input: ProposeReviewWindowInput!) {
  proposeReviewWindow(input: $input) {
    reviewWindow {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:1f792b73d9fb51ded1557ab759782f808a33eefa3ef4d2346c7dac1e87168a99"}) as unknown as TypedDocumentString<ProposeReviewWindowMutation, ProposeReviewWindowMutationVariables>;
export const AgreeReviewWindowDocument = new TypedDocumentString(`
    mutation AgreeReviewWindow($input: ReviewWindowActionInput!) {
  agreeReviewWindow(input: $input) {
    reviewWindow {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:0e0c88aacee7db817530a4f2d15fb01844a81f4b1899b26cb67e5dc0365a54fb"}) as unknown as TypedDocumentString<AgreeReviewWindowMutation, AgreeReviewWindowMutationVariables>;
export const GrantReviewAccessDocument = new TypedDocumentString(`
    mutation GrantReviewAccess($input: ReviewWindowActionInput!) {
  grantReviewAccess(input: $input) {
    reviewWindow {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:d1e32a19c2e8a5d5f7f05f6f532afab7ee1789f03a8f32d7261afcf5ee93e73f"}) as unknown as TypedDocumentString<GrantReviewAccessMutation, GrantReviewAccessMutationVariables>;
export const CancelReviewWindowDocument = new TypedDocumentString(`
    mutation CancelReviewWindow($input: ReviewWindowActionInput!) {
  cancelReviewWindow(input: $input) {
    reviewWindow {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:749b6a383ed13265a7241ffc71ed61b370735cd752a283e2105887fb63c68342"}) as unknown as TypedDocumentString<CancelReviewWindowMutation, CancelReviewWindowMutationVariables>;
export const CloseReviewWindowDocument = new TypedDocumentString(`
    mutation CloseReviewWindow($input: CloseReviewWindowInput!) {
  closeReviewWindow(input: $input) {
    reviewWindow {
      ...ReviewWindowParts
    }
  }
}
    fragment ReviewWindowParts on ReviewWindow {
  id
  status
  closedReason
  plannedReleaseAt
  accessStartsAt
  daysUntilRelease
  version
  accessTerms {
    confidentiality
    intellectualProperty
    insiderRisk
    isolatedEnvironment
  }
  reviewingAgencies {
    id
    acronym
  }
  model {
    id
    name
  }
}`, {"hash":"sha256:d3d7ce4c956a6a975cd97a4e8bcd447fc72522a5f12f68e8f5bc81c885678ef1"}) as unknown as TypedDocumentString<CloseReviewWindowMutation, CloseReviewWindowMutationVariables>;
export const FileReviewFindingDocument = new TypedDocumentString(`
    mutation FileReviewFinding($input: FileReviewFindingInput!) {
  fileReviewFinding(input: $input) {
    finding {
      ...ReviewFindingParts
    }
  }
}
    fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}`, {"hash":"sha256:f5342bee94b799775efe63350a5dd2f12ec2d93f4f63d4e6e23101b43319ac8b"}) as unknown as TypedDocumentString<FileReviewFindingMutation, FileReviewFindingMutationVariables>;
export const AcknowledgeReviewFindingDocument = new TypedDocumentString(`
    mutation AcknowledgeReviewFinding($input: ReviewFindingActionInput!) {
  acknowledgeReviewFinding(input: $input) {
    finding {
      ...ReviewFindingParts
    }
  }
}
    fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}`, {"hash":"sha256:bbda067b928688d1f5185bf9a573fa054508a84e98aac9f6325953d505af9ac0"}) as unknown as TypedDocumentString<AcknowledgeReviewFindingMutation, AcknowledgeReviewFindingMutationVariables>;
export const MarkReviewFindingMitigatedDocument = new TypedDocumentString(`
    mutation MarkReviewFindingMitigated($input: ReviewFindingActionInput!) {
  markReviewFindingMitigated(input: $input) {
    finding {
      ...ReviewFindingParts
    }
  }
}
    fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}`, {"hash":"sha256:64fb02e9b279038a4ffa4681a6a5382aeaac64885b5c5aec57afd7ebb5e30404"}) as unknown as TypedDocumentString<MarkReviewFindingMitigatedMutation, MarkReviewFindingMitigatedMutationVariables>;
export const AcceptReviewFindingRiskDocument = new TypedDocumentString(`
    mutation AcceptReviewFindingRisk($input: ReviewFindingActionInput!) {
  acceptReviewFindingRisk(input: $input) {
    finding {
      ...ReviewFindingParts
    }
  }
}
    fragment ReviewFindingParts on ReviewFinding {
  id
  title
  category
  severity
  description
  status
  marking
  version
  filedBy {
    id
    acronym
  }
}`, {"hash":"sha256:7e7cce3db55ec0fbb47537fbc52482ea12d64fba5ba4218f447a7eb047477830"}) as unknown as TypedDocumentString<AcceptReviewFindingRiskMutation, AcceptReviewFindingRiskMutationVariables>;
export const WorkRolesDocument = new TypedDocumentString(`
    query WorkRoles($first: Int, $after: String, $filter: WorkRoleFilter) {
  workRoles(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WorkRoleParts
      definition
      opmCyberCodes {
        code
      }
    }
  }
}
    fragment WorkRoleParts on WorkRole {
  id
  code
  title
  category
}`, {"hash":"sha256:d8cdcb4f9317a839f469d59ed6da42dd26de2a52064d85b444839323d07c8e91"}) as unknown as TypedDocumentString<WorkRolesQuery, WorkRolesQueryVariables>;
export const OpmCyberCodesDocument = new TypedDocumentString(`
    query OpmCyberCodes($first: Int, $after: String, $filter: OpmCyberCodeFilter) {
  opmCyberCodes(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      title
      specialtyArea
      workRole {
        ...WorkRoleParts
      }
    }
  }
}
    fragment WorkRoleParts on WorkRole {
  id
  code
  title
  category
}`, {"hash":"sha256:4a89973c6a23f5bd6c378168b3dbe66aa3b78d663b4cd97420b42d2b02b37dce"}) as unknown as TypedDocumentString<OpmCyberCodesQuery, OpmCyberCodesQueryVariables>;
export const HiringInitiativesDocument = new TypedDocumentString(`
    query HiringInitiatives($first: Int, $after: String, $lateOnly: Boolean) {
  hiringInitiatives(first: $first, after: $after) {
    totalCount
    nodes {
      ...HiringInitiativeParts
      targets(first: 25) {
        totalCount
        nodes {
          id
          positions
          dueAt
          agency {
            id
            acronym
          }
          workRole {
            code
          }
        }
      }
      agencies(lateOnly: $lateOnly) {
        target
        planReportedAt
        planLate
        progressReportedAt
        progressLate
        agency {
          id
          acronym
        }
      }
    }
  }
}
    fragment HiringInitiativeParts on HiringInitiative {
  id
  name
  legalBasis
  startsAt
  planDueAt
  progressDueAt
  allowedAuthorities
  version
  authority {
    id
    acronym
  }
}`, {"hash":"sha256:18696552eeb1fe5bd07ead6735ded9dea305bc414f2df693fa0e17e5c4389177"}) as unknown as TypedDocumentString<HiringInitiativesQuery, HiringInitiativesQueryVariables>;
export const PositionsDocument = new TypedDocumentString(`
    query Positions($first: Int, $after: String, $filter: PositionFilter, $orderBy: PositionOrder) {
  positions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...PositionParts
    }
  }
}
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}`, {"hash":"sha256:8278f503f8b3ae74add5ccc1d4bb50b193fd405fd30d6d1b570f6e7f7bda9345"}) as unknown as TypedDocumentString<PositionsQuery, PositionsQueryVariables>;
export const PositionTimelineDocument = new TypedDocumentString(`
    query PositionTimeline($id: ID!) {
  node(id: $id) {
    ... on Position {
      ...PositionParts
      stages {
        stage
        enteredAt
        days
        allotmentDays
      }
      events(first: 50, orderBy: {field: AT, direction: ASC}) {
        nodes {
          action
          fromStatus
          toStatus
          note
        }
      }
    }
  }
}
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}`, {"hash":"sha256:fa30949c0a64a935fcffec1cd770606da87bdce017ed8a850214aeff0ec854f5"}) as unknown as TypedDocumentString<PositionTimelineQuery, PositionTimelineQueryVariables>;
export const WorkforceMeasuresDocument = new TypedDocumentString(`
    query WorkforceMeasures($groupBy: WorkforceGrouping!, $filter: WorkforceMeasureFilter) {
  workforceMeasures(groupBy: $groupBy, filter: $filter) {
    ...WorkforceMeasureParts
    agency {
      id
      acronym
    }
    initiative {
      id
      name
    }
    workRole {
      code
      title
    }
  }
}
    fragment WorkforceMeasureParts on WorkforceMeasure {
  key
  systemPriority
  positions
  open
  filled
  cancelled
  target
  filledShareOfTarget
  medianDaysToHire
  p90DaysToHire
  withinModel
  shareWithinModel
  overdue
  likelyCodingErrors
  slowestStage
  stages {
    stage
    allotmentDays
    medianDays
    positions
    overAllotment
  }
}`, {"hash":"sha256:ed92a646aadc3686f319e2f41167b55bf554c2e867328e0113017889b1a6ac89"}) as unknown as TypedDocumentString<WorkforceMeasuresQuery, WorkforceMeasuresQueryVariables>;
export const WorkforceOverviewDocument = new TypedDocumentString(`
    query WorkforceOverview {
  overview {
    workforce {
      lateReports
      prioritySystemsFirst
      total {
        ...WorkforceMeasureParts
      }
      bySystemPriority {
        ...WorkforceMeasureParts
      }
    }
  }
}
    fragment WorkforceMeasureParts on WorkforceMeasure {
  key
  systemPriority
  positions
  open
  filled
  cancelled
  target
  filledShareOfTarget
  medianDaysToHire
  p90DaysToHire
  withinModel
  shareWithinModel
  overdue
  likelyCodingErrors
  slowestStage
  stages {
    stage
    allotmentDays
    medianDays
    positions
    overAllotment
  }
}`, {"hash":"sha256:6a375d54ab1884b4e1f3b7acbc80ed606bf862e3fb51e9ae85914bc1f289af92"}) as unknown as TypedDocumentString<WorkforceOverviewQuery, WorkforceOverviewQueryVariables>;
export const LaunchHiringInitiativeDocument = new TypedDocumentString(`
    mutation LaunchHiringInitiative($input: LaunchHiringInitiativeInput!) {
  launchHiringInitiative(input: $input) {
    initiative {
      ...HiringInitiativeParts
      planMilestone {
        id
        dueAt
        status
      }
      progressMilestone {
        id
        dueAt
        status
      }
    }
  }
}
    fragment HiringInitiativeParts on HiringInitiative {
  id
  name
  legalBasis
  startsAt
  planDueAt
  progressDueAt
  allowedAuthorities
  version
  authority {
    id
    acronym
  }
}`, {"hash":"sha256:0c30416953eedefc46e309716d6be3249f94de8e533cc10e892535181b8a32e9"}) as unknown as TypedDocumentString<LaunchHiringInitiativeMutation, LaunchHiringInitiativeMutationVariables>;
export const SetHiringTargetDocument = new TypedDocumentString(`
    mutation SetHiringTarget($input: SetHiringTargetInput!) {
  setHiringTarget(input: $input) {
    target {
      id
      positions
      dueAt
      version
      workRole {
        code
      }
    }
  }
}
    `, {"hash":"sha256:953a440387a1d80f9cb39a36e47b2b10bcc6e78f9fc89181dc2cd5b923e89b56"}) as unknown as TypedDocumentString<SetHiringTargetMutation, SetHiringTargetMutationVariables>;
export const ReportHiringPlanDocument = new TypedDocumentString(`
    mutation ReportHiringPlan($input: ReportHiringPlanInput!) {
  reportHiringPlan(input: $input) {
    report {
      id
      kind
      summary
      reportedAt
      late
    }
  }
}
    `, {"hash":"sha256:43f0898577eaedc13f2d3562e8d6ef3366a632c8bace781ad9a153e238937f83"}) as unknown as TypedDocumentString<ReportHiringPlanMutation, ReportHiringPlanMutationVariables>;
export const RecordPositionDocument = new TypedDocumentString(`
    mutation RecordPosition($input: RecordPositionInput!) {
  recordPosition(input: $input) {
    position {
      ...PositionParts
    }
  }
}
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}`, {"hash":"sha256:421ead14d0f62a6b702ffa86b6412c625f5a0cb0ce40dcc93dfb753af755f832"}) as unknown as TypedDocumentString<RecordPositionMutation, RecordPositionMutationVariables>;
export const MovePositionDocument = new TypedDocumentString(`
    mutation MovePosition($input: MovePositionInput!) {
  movePosition(input: $input) {
    position {
      ...PositionParts
    }
  }
}
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}`, {"hash":"sha256:91824d76726b865d022aebb2872ecaf463476fa9cf2c48adf67970ebdc8e44c8"}) as unknown as TypedDocumentString<MovePositionMutation, MovePositionMutationVariables>;
export const ReportApplicantCountsDocument = new TypedDocumentString(`
    mutation ReportApplicantCounts($input: ReportApplicantCountsInput!) {
  reportApplicantCounts(input: $input) {
    position {
      ...PositionParts
    }
  }
}
    fragment PositionParts on Position {
  id
  title
  payPlan
  series
  grade
  opmCodes
  locationState
  locationCity
  clearance
  systemPriority
  hiringAuthority
  sensitive
  usajobsControlNumber
  stage
  stageEnteredAt
  stageDeadline
  overdue
  timeToHireDays
  likelyCodingError
  reannouncements
  applicants
  qualified
  referred
  interviewed
  selected
  declined
  version
  agency {
    id
    acronym
  }
  workRoles {
    id
    code
    title
  }
}`, {"hash":"sha256:ae9aed054d076c1d8ad7076ba88d9a7e4c526095d71d3b709785564151ced0b3"}) as unknown as TypedDocumentString<ReportApplicantCountsMutation, ReportApplicantCountsMutationVariables>;
export const PositionChangedDocument = new TypedDocumentString(`
    subscription PositionChanged {
  positionChanged {
    id
    stage
    stageEnteredAt
    overdue
    version
  }
}
    `, {"hash":"sha256:03b778b64d8d563b50916a8b0d072631613f2eaadfeded3b15a82a74ad8883e0"}) as unknown as TypedDocumentString<PositionChangedSubscription, PositionChangedSubscriptionVariables>;