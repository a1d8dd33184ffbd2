// Who someone is, as every layer needs to know it: the kinds of organization, the capabilities an agency may
// hold, the roles a user may have, and the US state codes. Declared here so that core/ (viewer, policy,
// validation) depends on nothing in modules/; the modules re-export them where their GraphQL types live.
import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  AI_DEVELOPER = 'AI_DEVELOPER',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  CRITICAL_INFRASTRUCTURE = 'CRITICAL_INFRASTRUCTURE',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of participant an organization is.',
  valuesConfig: {
    AI_DEVELOPER: { description: 'A frontier AI developer (lab).' },
    GOVERNMENT_AGENCY: { description: 'A US government agency.' },
    CRITICAL_INFRASTRUCTURE: { description: 'A critical-infrastructure operator that receives advisories.' },
  },
});

export enum AgencyCapability {
  DESIGNATION_AUTHORITY = 'DESIGNATION_AUTHORITY',
  CLEARINGHOUSE_OPERATOR = 'CLEARINGHOUSE_OPERATOR',
  DIRECTIVE_ISSUER = 'DIRECTIVE_ISSUER',
  FEDERAL_CIVILIAN = 'FEDERAL_CIVILIAN',
  WORKFORCE_AUTHORITY = 'WORKFORCE_AUTHORITY',
}
registerEnumType(AgencyCapability, {
  name: 'AgencyCapability',
  description: 'What an agency is empowered to do in Concord.',
  valuesConfig: {
    DESIGNATION_AUTHORITY: { description: 'Leads covered-frontier-model designations (NSA).' },
    CLEARINGHOUSE_OPERATOR: { description: 'Operates the AI cybersecurity clearinghouse.' },
    DIRECTIVE_ISSUER: { description: 'Issues binding directives and memoranda (CISA, OMB).' },
    FEDERAL_CIVILIAN: { description: 'A federal civilian agency bound by directives.' },
    WORKFORCE_AUTHORITY: {
      description:
        "Leads the order's cyber hiring initiatives: sets agencies' targets and sees every position (OMB, OPM).",
    },
  },
});

export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  ANALYST = 'ANALYST',
  MEMBER = 'MEMBER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user (or API key) may do, on top of what its organization may see.',
  valuesConfig: {
    PLATFORM_ADMIN: {
      description: "Operates Concord: manages every organization and user (a government agency's staff).",
    },
    ORG_ADMIN: { description: "Manages its own organization's users and API keys." },
    ANALYST: { description: 'A government analyst (only in an agency): sees what the government may see.' },
    MEMBER: { description: 'A member of its organization.' },
  },
});

export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;
