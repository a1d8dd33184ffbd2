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

export enum Participation {
  INVITED = 'INVITED',
  ENROLLED = 'ENROLLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(Participation, {
  name: 'Participation',
  description: "A developer's participation in the voluntary framework.",
  valuesConfig: {
    INVITED: { description: 'Invited, not yet enrolled.' },
    ENROLLED: { description: 'Enrolled and participating.' },
    WITHDRAWN: { description: 'Withdrew from the voluntary framework.' },
  },
});

export enum AgencyCapability {
  DESIGNATION_AUTHORITY = 'DESIGNATION_AUTHORITY',
  CLEARINGHOUSE_OPERATOR = 'CLEARINGHOUSE_OPERATOR',
  DIRECTIVE_ISSUER = 'DIRECTIVE_ISSUER',
  FEDERAL_CIVILIAN = 'FEDERAL_CIVILIAN',
}
registerEnumType(AgencyCapability, {
  name: 'AgencyCapability',
  description: 'What an agency is empowered to do in Concord.',
  valuesConfig: {
    DESIGNATION_AUTHORITY: { description: 'Leads covered-frontier-model designations (NSA).' },
    CLEARINGHOUSE_OPERATOR: { description: 'Operates the AI cybersecurity clearinghouse.' },
    DIRECTIVE_ISSUER: { description: 'Issues binding directives and memoranda (CISA, OMB).' },
    FEDERAL_CIVILIAN: { description: 'A federal civilian agency bound by directives.' },
  },
});

export enum RecipientType {
  HOSPITAL = 'HOSPITAL',
  COMMUNITY_BANK = 'COMMUNITY_BANK',
  LOCAL_UTILITY = 'LOCAL_UTILITY',
  STATE_LOCAL_GOVERNMENT = 'STATE_LOCAL_GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(RecipientType, {
  name: 'RecipientType',
  description: 'The kind of critical-infrastructure operator.',
  valuesConfig: {
    HOSPITAL: { description: 'A hospital or health system.' },
    COMMUNITY_BANK: { description: 'A community bank or credit union.' },
    LOCAL_UTILITY: { description: 'A local water, wastewater or electric utility.' },
    STATE_LOCAL_GOVERNMENT: { description: 'A state, local, tribal or territorial government body.' },
    OTHER: { description: 'Any other operator.' },
  },
});

export enum Sector {
  CHEMICAL = 'CHEMICAL',
  COMMERCIAL_FACILITIES = 'COMMERCIAL_FACILITIES',
  COMMUNICATIONS = 'COMMUNICATIONS',
  CRITICAL_MANUFACTURING = 'CRITICAL_MANUFACTURING',
  DAMS = 'DAMS',
  DEFENSE_INDUSTRIAL_BASE = 'DEFENSE_INDUSTRIAL_BASE',
  EMERGENCY_SERVICES = 'EMERGENCY_SERVICES',
  ENERGY = 'ENERGY',
  FINANCIAL_SERVICES = 'FINANCIAL_SERVICES',
  FOOD_AND_AGRICULTURE = 'FOOD_AND_AGRICULTURE',
  GOVERNMENT_SERVICES_AND_FACILITIES = 'GOVERNMENT_SERVICES_AND_FACILITIES',
  HEALTHCARE_AND_PUBLIC_HEALTH = 'HEALTHCARE_AND_PUBLIC_HEALTH',
  INFORMATION_TECHNOLOGY = 'INFORMATION_TECHNOLOGY',
  NUCLEAR_REACTORS_MATERIALS_AND_WASTE = 'NUCLEAR_REACTORS_MATERIALS_AND_WASTE',
  TRANSPORTATION_SYSTEMS = 'TRANSPORTATION_SYSTEMS',
  WATER_AND_WASTEWATER_SYSTEMS = 'WATER_AND_WASTEWATER_SYSTEMS',
}
registerEnumType(Sector, {
  name: 'Sector',
  description: 'The 16 critical-infrastructure sectors designated by CISA.',
  valuesConfig: Object.fromEntries(
    Object.keys(Sector).map((k) => [k, { description: `The ${k.toLowerCase().replace(/_/g, ' ')} sector.` }]),
  ),
});

export enum SizeTier {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(SizeTier, {
  name: 'SizeTier',
  description: 'The size of an operator, for eligibility rules.',
  valuesConfig: {
    SMALL: { description: 'Small operator (e.g. critical-access hospital, bank under $1B assets).' },
    MEDIUM: { description: 'Medium operator.' },
    LARGE: { description: 'Large operator.' },
  },
});

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const;
