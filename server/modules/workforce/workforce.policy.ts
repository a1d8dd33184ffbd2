// Who sees the cyber hiring surge (DESIGN.md section 3; issue 28's matrix): SQL conditions the services add to every
// list, count, node load and aggregate, so visibility is applied inside SQL. Declared in the module's manifest
// (`policy`) and reached through core/policy.ts's `policy`.
//
// - An initiative's authority (analysts of a WORKFORCE_AUTHORITY agency: OMB, OPM) sees every position.
// - An agency sees and edits its own positions; a sensitive one (national security systems) only its
//   administrators and analysts see, the agency's other members count it in aggregates only.
// - Other government analysts see aggregates (measures, targets, reports) of every agency, never a position.
// - Developers, recipients and the public see nothing of it: lists are empty, aggregates have no groups.
import { ALL, NONE, type Condition } from '../../core/policy';
import { AgencyCapability, OrganizationKind, Role } from '../../core/identity';
import { hasCapability, hasRole, isGovernment, type Viewer } from '../../core/viewer';

/** Analysts of an agency that leads hiring initiatives. */
export const isWorkforceAuthority = (v: Viewer) => hasCapability(v, AgencyCapability.WORKFORCE_AUTHORITY);

/** Signed in as a member of a government agency (any role): the agency's own workforce data. */
export const isAgencyMember = (v: Viewer): v is Viewer & { organizationId: string } =>
  v.authenticated && v.organizationKind === OrganizationKind.GOVERNMENT_AGENCY && Boolean(v.organizationId);

/** May see the agency's sensitive positions: its administrators and analysts. */
export const seesSensitive = (v: Viewer) =>
  hasRole(v, Role.ORG_ADMIN) || hasRole(v, Role.ANALYST) || hasRole(v, Role.PLATFORM_ADMIN);

const ownAgency = (v: Viewer & { organizationId: string }, alias: string, column = 'agency_id'): Condition => ({
  sql: `${alias}.${column} = :pv_wf_org`,
  params: { pv_wf_org: v.organizationId },
});

export const workforcePolicy = {
  /** Positions, one by one: the authority all; an agency its own (sensitive ones only to its admins and analysts). */
  position(viewer: Viewer, alias: string): Condition {
    if (isWorkforceAuthority(viewer)) return ALL;
    if (!isAgencyMember(viewer)) return NONE;
    const own = ownAgency(viewer, alias);
    return seesSensitive(viewer) ? own : { sql: `(${own.sql} AND NOT ${alias}.sensitive)`, params: own.params };
  },

  /** Positions counted in aggregates (measures): every government analyst all; an agency's members their own. */
  workforceAggregate(viewer: Viewer, alias: string): Condition {
    if (isWorkforceAuthority(viewer) || isGovernment(viewer)) return ALL;
    return isAgencyMember(viewer) ? ownAgency(viewer, alias) : NONE;
  },

  /** Initiatives: every member of a government agency (they hire under them); no one else. */
  hiringInitiative(viewer: Viewer): Condition {
    return isAgencyMember(viewer) ? ALL : NONE;
  },

  /** Targets and plan/progress reports: government analysts all; an agency's members their agency's own. */
  hiringAgencyRecord(viewer: Viewer, alias: string): Condition {
    if (isWorkforceAuthority(viewer) || isGovernment(viewer)) return ALL;
    return isAgencyMember(viewer) ? ownAgency(viewer, alias) : NONE;
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    position: (typeof workforcePolicy)['position'];
    workforceAggregate: (typeof workforcePolicy)['workforceAggregate'];
    hiringInitiative: (typeof workforcePolicy)['hiringInitiative'];
    hiringAgencyRecord: (typeof workforcePolicy)['hiringAgencyRecord'];
  }
}
