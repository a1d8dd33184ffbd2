// Role ceilings, in one place: which roles an organization may hold, and who may grant (or take away) which
// role to whom. Users and API keys go through the same rules; a key also stays within its creator's roles.
//
//   role            held by                                         granted or removed by
//   PLATFORM_ADMIN  agencies with a government capability           a platform administrator
//   ANALYST         agencies with a government capability           a platform administrator
//   ORG_ADMIN       any organization                                a platform administrator, or the org's ORG_ADMIN
//   MEMBER          any organization                                a platform administrator, or the org's ORG_ADMIN
//
// Government capabilities: DESIGNATION_AUTHORITY, CLEARINGHOUSE_OPERATOR, DIRECTIVE_ISSUER. A federal civilian
// agency that only reports (FEDERAL_CIVILIAN) never holds ANALYST. API keys never hold PLATFORM_ADMIN.
import { BadInputError } from '../../core/errors';
import { canAdminister, GOVERNMENT_CAPABILITIES, hasRole, isPlatformAdmin, type Viewer } from '../../core/viewer';
import { AgencyCapability, OrganizationKind } from '../organizations/organization.enums';
import { Role } from './role.enum';
import { forbidden } from '../../core/permissions';

export interface OrganizationFacts {
  id: string;
  organizationKind: OrganizationKind;
  capabilities?: AgencyCapability[] | null;
}

const GOVERNMENT_ONLY = new Set([Role.PLATFORM_ADMIN, Role.ANALYST]);

export const isGovernmentOrganization = (org: OrganizationFacts) =>
  org.organizationKind === OrganizationKind.GOVERNMENT_AGENCY &&
  (org.capabilities ?? []).some((c) => GOVERNMENT_CAPABILITIES.includes(c));

/** Whether a user or key of `org` may hold `role` at all. */
export function organizationMayHold(org: OrganizationFacts, role: Role): boolean {
  return GOVERNMENT_ONLY.has(role) ? isGovernmentOrganization(org) : true;
}

/** The role the granter would need to grant or remove `role` in `org`, or null when it may. */
export function missingAuthority(granter: Viewer, org: OrganizationFacts, role: Role): Role | null {
  if (isPlatformAdmin(granter)) return null;
  if (GOVERNMENT_ONLY.has(role)) return Role.PLATFORM_ADMIN;
  return hasRole(granter, Role.ORG_ADMIN) && granter.organizationId === org.id ? null : Role.ORG_ADMIN;
}

/**
 * Checks a change of roles (`before` -> `after`) for a user (or a new key, `before` empty) of `org`: every role
 * added or removed must be the granter's to grant, and every role held must fit the organization.
 * FORBIDDEN names the missing role in `extensions.required`; a role the organization cannot hold is BAD_USER_INPUT.
 */
export function assertRoleChange(
  granter: Viewer,
  org: OrganizationFacts,
  before: readonly Role[],
  after: readonly Role[],
  opts: { apiKey?: boolean } = {},
): void {
  const changed = [...after.filter((r) => !before.includes(r)), ...before.filter((r) => !after.includes(r))];
  for (const role of changed) {
    const required = missingAuthority(granter, org, role);
    if (required)
      forbidden(
        required,
        `Only ${required === Role.PLATFORM_ADMIN ? 'a platform administrator' : "the organization's administrators"} may grant or remove ${role}.`,
      );
  }
  for (const role of after) {
    if (opts.apiKey && role === Role.PLATFORM_ADMIN)
      throw new BadInputError('API keys never hold PLATFORM_ADMIN.', { roles: 'PLATFORM_ADMIN not allowed on a key' });
    if (!organizationMayHold(org, role)) {
      throw new BadInputError(
        `${role} is held only in agencies with a government capability (${GOVERNMENT_CAPABILITIES.join(', ')}).`,
        { roles: `${role} not allowed in this organization` },
      );
    }
  }
  // A key acts for its creator's organization and never above the creator.
  if (opts.apiKey) {
    // A platform administrator administers every organization: it holds ORG_ADMIN and MEMBER implicitly.
    const held = new Set<Role>([...granter.roles, Role.MEMBER, ...(isPlatformAdmin(granter) ? [Role.ORG_ADMIN] : [])]);
    const above = after.filter((r) => !held.has(r));
    if (above.length) forbidden(above[0], `A key's roles stay within yours: you do not hold ${above.join(', ')}.`);
  }
}

/** Managing an organization's people and keys, on an organization the caller can see: FORBIDDEN naming ORG_ADMIN. */
export function assertAdministers(viewer: Viewer, organizationId: string): void {
  if (!canAdminister(viewer, organizationId)) {
    forbidden(
      Role.ORG_ADMIN,
      "Only the organization's administrators (or a platform administrator) manage its users and keys.",
    );
  }
}
