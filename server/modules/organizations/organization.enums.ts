import { registerEnumType } from 'type-graphql';

export { AgencyCapability, OrganizationKind, US_STATES } from '../../core/identity';

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
