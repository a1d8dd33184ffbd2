/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Filters for developers. */
export type DeveloperFilter = {
  /** Only these participation states. */
  participation?: Array<Participation> | null | undefined;
  /** Case-insensitive text contained in the name. */
  search?: string | null | undefined;
};

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
    | { __typename: 'Developer', id: string, name: string, slug: string, kind: OrganizationKind, website: string | null, participation: Participation, enrolledAt: string | null, version: number }
    | { __typename: 'FrontierModel', id: string, name: string, modelVersion: string, description: string | null, plannedReleaseAt: string | null, releasedAt: string | null, coverage: Coverage, version: number, developer: { id: string, name: string } }
    | { __typename: 'Recipient', id: string, name: string, slug: string, kind: OrganizationKind, recipientType: RecipientType, sector: Sector, state: string, county: string, rural: boolean, sizeTier: SizeTier, version: number }
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
    | { __typename: 'Developer', id: string }
    | { __typename: 'FrontierModel', id: string }
    | { __typename: 'Recipient', id: string }
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