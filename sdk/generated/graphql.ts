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

/** What an agency is empowered to do in Concord. */
export type AgencyCapability =
  /** Operates the AI cybersecurity clearinghouse. */
  | 'CLEARINGHOUSE_OPERATOR'
  /** Leads covered-frontier-model designations (NSA). */
  | 'DESIGNATION_AUTHORITY'
  /** Issues binding directives and memoranda (CISA, OMB). */
  | 'DIRECTIVE_ISSUER'
  /** A federal civilian agency bound by directives. */
  | 'FEDERAL_CIVILIAN';

/** Filters for agencies. */
export type AgencyFilter = {
  /** Agencies holding any of these capabilities. */
  capabilities?: Array<AgencyCapability> | null | undefined;
  /** Case-insensitive text contained in the name or acronym. */
  search?: string | null | undefined;
};

/** Close a review window before release. */
export type CloseReviewWindowInput = {
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** DEVELOPER_WITHDREW or RELEASE_CANCELLED (RELEASED comes from recordModelRelease). */
  reason: ClosedReason;
  /** The window. */
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

/** The final determination. */
export type DecideDesignationInput = {
  /** COVERED or NOT_COVERED. */
  decision: DesignationDecision;
  /** The case. */
  designationId: string | number;
  /** Why. */
  rationale: string;
};

/** Act on a case. */
export type DesignationActionInput = {
  /** The case. */
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

/** Ordering for designation cases. */
export type DesignationOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: DesignationOrderField;
};

/** Fields designation cases can be ordered by. */
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

/** Ordering for model connections. */
export type FrontierModelOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: FrontierModelOrderField;
};

/** Fields models can be ordered by. */
export type FrontierModelOrderField =
  /** By registration time. */
  | 'CREATED_AT'
  /** By name, then version label. */
  | 'NAME'
  /** By planned release (models without one last). */
  | 'PLANNED_RELEASE_AT';

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

/** Open a designation case (designation authority). */
export type OpenDesignationInput = {
  /** BENCHMARK_SCREENING or AGENCY_INITIATIVE. */
  basis: DesignationBasis;
  /** The model. */
  modelId: string | number;
  /** Days the developer gets to respond to a proposal (default 14). */
  responseWindowDays?: number | null | undefined;
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

/** Ordering for organization connections. */
export type OrganizationOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: OrganizationOrderField;
};

/** Fields organizations can be ordered by. */
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
  /** The finding. */
  findingId: string | number;
  /** A note for the timeline. */
  note?: string | null | undefined;
};

/** Act on a review window. */
export type ReviewWindowActionInput = {
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** The window. */
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

/** The size of an operator, for eligibility rules. */
export type SizeTier =
  /** Large operator. */
  | 'LARGE'
  /** Medium operator. */
  | 'MEDIUM'
  /** Small operator (e.g. critical-access hospital, bank under $1B assets). */
  | 'SMALL';

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

/** Ordering for user connections. */
export type UserOrder = {
  /** The direction. */
  direction: OrderDirection;
  /** The field to order by. */
  field: UserOrderField;
};

/** Fields users can be ordered by. */
export type UserOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By email. */
  | 'EMAIL'
  /** By name. */
  | 'NAME';

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
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'Designation', id: string, status: DesignationStatus, basis: DesignationBasis, question: string | null, proposedAt: string | null, developerNotifiedAt: string | null, responseWindowDays: number, responseDueAt: string | null, responseOverdue: boolean, decidedAt: string | null, rationale: string | null, version: number, benchmarkResults: { totalCount: number, nodes: Array<{ id: string, suite: string, suiteVersion: string, score: number, threshold: number, exceedsThreshold: boolean, evaluatedAt: string, classifiedReference: string | null }> }, responses: { totalCount: number, nodes: Array<{ id: string, position: ResponsePosition, arguments: string, submittedAt: string }> }, events: { totalCount: number, nodes: Array<{ id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null }> }, model: { id: string, name: string, modelVersion: string }, leadAgency: { id: string, acronym: string } | null, reassessmentOf: { id: string, status: DesignationStatus } | null }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'User' }
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
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'FrontierModel', id: string, coverage: Coverage, releasedAt: string | null, plannedReleaseAt: string | null, designations: { totalCount: number, nodes: Array<{ id: string, status: DesignationStatus }> }, reviewWindows: { totalCount: number, nodes: Array<{ id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null }> } }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow' }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'User' }
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
    | { __typename: 'Agency', id: string, name: string, slug: string, kind: OrganizationKind, acronym: string, capabilities: Array<AgencyCapability>, version: number }
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, roles: Array<Role>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BenchmarkResult', id: string }
    | { __typename: 'Designation', id: string }
    | { __typename: 'DesignationResponse', id: string }
    | { __typename: 'Developer', id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number }
    | { __typename: 'FrontierModel', id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } }
    | { __typename: 'Recipient', id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number }
    | { __typename: 'ReviewFinding', id: string }
    | { __typename: 'ReviewWindow', id: string }
    | { __typename: 'TimelineEvent', id: string }
    | { __typename: 'User', id: string, email: string, name: string, roles: Array<Role>, active: boolean, version: number, organization:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Developer', id: string, name: string }
        | { __typename: 'Recipient', id: string, name: string }
       }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Agency', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BenchmarkResult', id: string }
    | { __typename: 'Designation', id: string }
    | { __typename: 'DesignationResponse', id: string }
    | { __typename: 'Developer', id: string }
    | { __typename: 'FrontierModel', id: string }
    | { __typename: 'Recipient', id: string }
    | { __typename: 'ReviewFinding', id: string }
    | { __typename: 'ReviewWindow', id: string }
    | { __typename: 'TimelineEvent', id: string }
    | { __typename: 'User', id: string }
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

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { valid: boolean, checked: number, firstBrokenSeq: number | null, firstBrokenEventId: string | null } };

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
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkResult' }
    | { __typename: 'Designation' }
    | { __typename: 'DesignationResponse' }
    | { __typename: 'Developer' }
    | { __typename: 'FrontierModel' }
    | { __typename: 'Recipient' }
    | { __typename: 'ReviewFinding' }
    | { __typename: 'ReviewWindow', id: string, status: ReviewWindowStatus, closedReason: ClosedReason | null, plannedReleaseAt: string, accessStartsAt: string, daysUntilRelease: number, version: number, findings: { totalCount: number, nodes: Array<{ id: string, title: string, category: string, severity: FindingSeverity, description: string, status: FindingStatus, marking: Marking, version: number, filedBy: { id: string, acronym: string } | null }> }, events: { nodes: Array<{ id: string, at: string, action: string, fromStatus: string | null, toStatus: string, note: string | null, actor: { id: string, email: string } | null }> }, accessTerms: { confidentiality: string, intellectualProperty: string, insiderRisk: string, isolatedEnvironment: boolean | null }, reviewingAgencies: Array<{ id: string, acronym: string }>, model: { id: string, name: string } }
    | { __typename: 'TimelineEvent' }
    | { __typename: 'User' }
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
}`) as unknown as TypedDocumentString<DesignationsQuery, DesignationsQueryVariables>;
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
}`) as unknown as TypedDocumentString<DesignationDetailQuery, DesignationDetailQueryVariables>;
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
}`) as unknown as TypedDocumentString<CoveredModelsQuery, CoveredModelsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ModelCoverageQuery, ModelCoverageQueryVariables>;
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
}`) as unknown as TypedDocumentString<RequestDesignationMutation, RequestDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<OpenDesignationMutation, OpenDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<RecordBenchmarkResultMutation, RecordBenchmarkResultMutationVariables>;
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
}`) as unknown as TypedDocumentString<ProposeDesignationMutation, ProposeDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<NotifyDeveloperMutation, NotifyDeveloperMutationVariables>;
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
}`) as unknown as TypedDocumentString<RespondToDesignationMutation, RespondToDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<DecideDesignationMutation, DecideDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<WithdrawDesignationMutation, WithdrawDesignationMutationVariables>;
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
}`) as unknown as TypedDocumentString<RequestReassessmentMutation, RequestReassessmentMutationVariables>;
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
}`) as unknown as TypedDocumentString<RecordModelReleaseMutation, RecordModelReleaseMutationVariables>;
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
}`) as unknown as TypedDocumentString<DesignationUpdatedSubscription, DesignationUpdatedSubscriptionVariables>;
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
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
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
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
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
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
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
}`) as unknown as TypedDocumentString<DevelopersQuery, DevelopersQueryVariables>;
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
    `) as unknown as TypedDocumentString<DevelopersWithModelsQuery, DevelopersWithModelsQueryVariables>;
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
}`) as unknown as TypedDocumentString<AgenciesQuery, AgenciesQueryVariables>;
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
}`) as unknown as TypedDocumentString<RecipientsQuery, RecipientsQueryVariables>;
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
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
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
}`) as unknown as TypedDocumentString<FrontierModelsQuery, FrontierModelsQueryVariables>;
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
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
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
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    valid
    checked
    firstBrokenSeq
    firstBrokenEventId
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
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
}`) as unknown as TypedDocumentString<CreateDeveloperMutation, CreateDeveloperMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateDeveloperMutation, UpdateDeveloperMutationVariables>;
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
}`) as unknown as TypedDocumentString<CreateAgencyMutation, CreateAgencyMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
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
}`) as unknown as TypedDocumentString<CreateRecipientMutation, CreateRecipientMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateRecipientMutation, UpdateRecipientMutationVariables>;
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
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
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
}`) as unknown as TypedDocumentString<IssueApiKeyMutation, IssueApiKeyMutationVariables>;
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
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
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
}`) as unknown as TypedDocumentString<RegisterFrontierModelMutation, RegisterFrontierModelMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateFrontierModelMutation, UpdateFrontierModelMutationVariables>;
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
}`) as unknown as TypedDocumentString<ReviewWindowsQuery, ReviewWindowsQueryVariables>;
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
}`) as unknown as TypedDocumentString<ReviewWindowDetailQuery, ReviewWindowDetailQueryVariables>;
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
}`) as unknown as TypedDocumentString<ProposeReviewWindowMutation, ProposeReviewWindowMutationVariables>;
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
}`) as unknown as TypedDocumentString<AgreeReviewWindowMutation, AgreeReviewWindowMutationVariables>;
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
}`) as unknown as TypedDocumentString<GrantReviewAccessMutation, GrantReviewAccessMutationVariables>;
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
}`) as unknown as TypedDocumentString<CancelReviewWindowMutation, CancelReviewWindowMutationVariables>;
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
}`) as unknown as TypedDocumentString<CloseReviewWindowMutation, CloseReviewWindowMutationVariables>;
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
}`) as unknown as TypedDocumentString<FileReviewFindingMutation, FileReviewFindingMutationVariables>;
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
}`) as unknown as TypedDocumentString<AcknowledgeReviewFindingMutation, AcknowledgeReviewFindingMutationVariables>;
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
}`) as unknown as TypedDocumentString<MarkReviewFindingMitigatedMutation, MarkReviewFindingMitigatedMutationVariables>;
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
}`) as unknown as TypedDocumentString<AcceptReviewFindingRiskMutation, AcceptReviewFindingRiskMutationVariables>;