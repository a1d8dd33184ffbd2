// Who is asking. Built once per request from the token (graphql/context.ts); every service reads it.
import { AgencyCapability, OrganizationKind, Role } from './identity';

export interface Viewer {
  authenticated: boolean;
  userId?: string;
  apiKeyId?: string;
  organizationId?: string;
  organizationKind?: OrganizationKind;
  capabilities: AgencyCapability[];
  roles: Role[];
}

export const ANONYMOUS: Viewer = { authenticated: false, capabilities: [], roles: [] };

export const hasRole = (v: Viewer, role: Role) => v.roles.includes(role);

/** The capabilities that make an agency part of the government side (FEDERAL_CIVILIAN only reports). */
export const GOVERNMENT_CAPABILITIES: AgencyCapability[] = [
  AgencyCapability.DESIGNATION_AUTHORITY,
  AgencyCapability.CLEARINGHOUSE_OPERATOR,
  AgencyCapability.DIRECTIVE_ISSUER,
  AgencyCapability.WORKFORCE_AUTHORITY,
];

/**
 * A government analyst: ANALYST (or PLATFORM_ADMIN) in an agency with a government capability. Sees what the
 * government may see. Checked on every request, so an agency that loses its capability loses the view too.
 */
export const isGovernment = (v: Viewer) =>
  v.organizationKind === OrganizationKind.GOVERNMENT_AGENCY &&
  v.capabilities.some((c) => GOVERNMENT_CAPABILITIES.includes(c)) &&
  (hasRole(v, Role.ANALYST) || hasRole(v, Role.PLATFORM_ADMIN));

export const isPlatformAdmin = (v: Viewer) => hasRole(v, Role.PLATFORM_ADMIN);

export const isDeveloperMember = (v: Viewer) => v.organizationKind === OrganizationKind.AI_DEVELOPER;

export const isRecipientMember = (v: Viewer) => v.organizationKind === OrganizationKind.CRITICAL_INFRASTRUCTURE;

export const hasCapability = (v: Viewer, c: AgencyCapability) => isGovernment(v) && v.capabilities.includes(c);

/** A clearinghouse analyst: a government analyst of an agency that operates the clearinghouse. */
export const isClearinghouseAnalyst = (v: Viewer) => hasCapability(v, AgencyCapability.CLEARINGHOUSE_OPERATOR);

/** May manage the users and keys of `organizationId`. */
export const canAdminister = (v: Viewer, organizationId: string) =>
  isPlatformAdmin(v) || (hasRole(v, Role.ORG_ADMIN) && v.organizationId === organizationId);
