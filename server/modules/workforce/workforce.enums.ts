// The workforce module's vocabularies: the NICE categories, the hiring stages of OPM's end-to-end hiring roadmap
// with the days its 80-day model allots to each, hiring authorities, system priorities, clearances and pay plans.
import { registerEnumType } from 'type-graphql';

export enum WorkRoleCategory {
  OVERSIGHT_AND_GOVERNANCE = 'OVERSIGHT_AND_GOVERNANCE',
  DESIGN_AND_DEVELOPMENT = 'DESIGN_AND_DEVELOPMENT',
  IMPLEMENTATION_AND_OPERATION = 'IMPLEMENTATION_AND_OPERATION',
  PROTECTION_AND_DEFENSE = 'PROTECTION_AND_DEFENSE',
  INVESTIGATION = 'INVESTIGATION',
}
registerEnumType(WorkRoleCategory, {
  name: 'WorkRoleCategory',
  description: 'The five work role categories of the NICE Framework, components v2.0.0.',
  valuesConfig: {
    OVERSIGHT_AND_GOVERNANCE: { description: 'Oversight and Governance (OG).' },
    DESIGN_AND_DEVELOPMENT: { description: 'Design and Development (DD).' },
    IMPLEMENTATION_AND_OPERATION: { description: 'Implementation and Operation (IO).' },
    PROTECTION_AND_DEFENSE: { description: 'Protection and Defense (PD).' },
    INVESTIGATION: { description: 'Investigation (IN).' },
  },
});

/** The category as the framework's data names it. */
export const CATEGORY_BY_TITLE: Record<string, WorkRoleCategory> = {
  'Oversight and Governance': WorkRoleCategory.OVERSIGHT_AND_GOVERNANCE,
  'Design and Development': WorkRoleCategory.DESIGN_AND_DEVELOPMENT,
  'Implementation and Operation': WorkRoleCategory.IMPLEMENTATION_AND_OPERATION,
  'Protection and Defense': WorkRoleCategory.PROTECTION_AND_DEFENSE,
  Investigation: WorkRoleCategory.INVESTIGATION,
};

export enum HiringStage {
  NEED_VALIDATED = 'NEED_VALIDATED',
  JOB_ANALYSIS = 'JOB_ANALYSIS',
  ANNOUNCEMENT_OPEN = 'ANNOUNCEMENT_OPEN',
  ANNOUNCEMENT_CLOSED = 'ANNOUNCEMENT_CLOSED',
  CERTIFICATE_ISSUED = 'CERTIFICATE_ISSUED',
  SELECTION = 'SELECTION',
  TENTATIVE_OFFER = 'TENTATIVE_OFFER',
  SECURITY_AND_SUITABILITY = 'SECURITY_AND_SUITABILITY',
  FIRM_OFFER = 'FIRM_OFFER',
  ENTERED_ON_DUTY = 'ENTERED_ON_DUTY',
  CANCELLED = 'CANCELLED',
}
registerEnumType(HiringStage, {
  name: 'HiringStage',
  description:
    "Where a position's hiring stands, following OPM's End-to-End Hiring Roadmap. Each stage is entered on a date; ANNOUNCEMENT_OPEN again after it is a re-announcement.",
  valuesConfig: {
    NEED_VALIDATED: { description: 'The need to hire was validated against the workforce plan (the clock starts).' },
    JOB_ANALYSIS: { description: 'Job analysis and assessment strategy.' },
    ANNOUNCEMENT_OPEN: { description: 'The job announcement is open (on USAJOBS).' },
    ANNOUNCEMENT_CLOSED: { description: 'The announcement closed; applicants are assessed.' },
    CERTIFICATE_ISSUED: { description: 'A certificate of eligibles went to the selecting official.' },
    SELECTION: { description: 'The selecting official chose a candidate.' },
    TENTATIVE_OFFER: { description: 'A tentative offer was made.' },
    SECURITY_AND_SUITABILITY: { description: 'Security clearance and suitability checks.' },
    FIRM_OFFER: { description: 'A firm offer was made.' },
    ENTERED_ON_DUTY: { description: 'The new hire entered on duty (the clock stops).' },
    CANCELLED: { description: 'The action was cancelled.' },
  },
});

/** The stages in order, without CANCELLED. */
export const STAGE_ORDER: readonly HiringStage[] = [
  HiringStage.NEED_VALIDATED,
  HiringStage.JOB_ANALYSIS,
  HiringStage.ANNOUNCEMENT_OPEN,
  HiringStage.ANNOUNCEMENT_CLOSED,
  HiringStage.CERTIFICATE_ISSUED,
  HiringStage.SELECTION,
  HiringStage.TENTATIVE_OFFER,
  HiringStage.SECURITY_AND_SUITABILITY,
  HiringStage.FIRM_OFFER,
  HiringStage.ENTERED_ON_DUTY,
];

/** Stages a position leaves only by cancellation or entry on duty; the rest are open. */
export const CLOSED_STAGES: readonly HiringStage[] = [HiringStage.ENTERED_ON_DUTY, HiringStage.CANCELLED];
export const OPEN_STAGES: readonly HiringStage[] = STAGE_ORDER.filter((s) => !CLOSED_STAGES.includes(s));

/**
 * Days OPM's 80-day hiring model allots to each stage, from entering it to entering the next (they sum to 80).
 * Source: OPM, End-to-End Hiring Initiative (2008), "Hiring Elements End-to-End Hiring Roadmap": each element's
 * suggested maximum calendar days, grouped into Concord's stages (see the README's table).
 */
export const STAGE_ALLOTMENT_DAYS: Readonly<Record<string, number>> = {
  [HiringStage.NEED_VALIDATED]: 2,
  [HiringStage.JOB_ANALYSIS]: 6,
  [HiringStage.ANNOUNCEMENT_OPEN]: 10,
  [HiringStage.ANNOUNCEMENT_CLOSED]: 15,
  [HiringStage.CERTIFICATE_ISSUED]: 15,
  [HiringStage.SELECTION]: 3,
  [HiringStage.TENTATIVE_OFFER]: 2,
  [HiringStage.SECURITY_AND_SUITABILITY]: 13,
  [HiringStage.FIRM_OFFER]: 14,
};
export const TIME_TO_HIRE_MODEL_DAYS = 80;

/** The entity property that records the date a position entered each stage. */
export const STAGE_PROPERTY: Readonly<Record<HiringStage, string>> = {
  NEED_VALIDATED: 'needValidatedAt',
  JOB_ANALYSIS: 'jobAnalysisAt',
  ANNOUNCEMENT_OPEN: 'announcementOpenedAt',
  ANNOUNCEMENT_CLOSED: 'announcementClosedAt',
  CERTIFICATE_ISSUED: 'certificateIssuedAt',
  SELECTION: 'selectedAt',
  TENTATIVE_OFFER: 'tentativeOfferAt',
  SECURITY_AND_SUITABILITY: 'securitySuitabilityAt',
  FIRM_OFFER: 'firmOfferAt',
  ENTERED_ON_DUTY: 'enteredOnDutyAt',
  CANCELLED: 'cancelledAt',
};

/** The column that records the date a position entered each stage. */
export const STAGE_COLUMN: Readonly<Record<HiringStage, string>> = {
  NEED_VALIDATED: 'need_validated_at',
  JOB_ANALYSIS: 'job_analysis_at',
  ANNOUNCEMENT_OPEN: 'announcement_opened_at',
  ANNOUNCEMENT_CLOSED: 'announcement_closed_at',
  CERTIFICATE_ISSUED: 'certificate_issued_at',
  SELECTION: 'selected_at',
  TENTATIVE_OFFER: 'tentative_offer_at',
  SECURITY_AND_SUITABILITY: 'security_suitability_at',
  FIRM_OFFER: 'firm_offer_at',
  ENTERED_ON_DUTY: 'entered_on_duty_at',
  CANCELLED: 'cancelled_at',
};

export enum HiringAuthority {
  COMPETITIVE_EXAMINING = 'COMPETITIVE_EXAMINING',
  MERIT_PROMOTION = 'MERIT_PROMOTION',
  DIRECT_HIRE = 'DIRECT_HIRE',
  SCHEDULE_A = 'SCHEDULE_A',
  PATHWAYS = 'PATHWAYS',
  CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM = 'CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM',
  SCHOLARSHIP_FOR_SERVICE = 'SCHOLARSHIP_FOR_SERVICE',
  VETERANS_RECRUITMENT_APPOINTMENT = 'VETERANS_RECRUITMENT_APPOINTMENT',
  OTHER_EXCEPTED_SERVICE = 'OTHER_EXCEPTED_SERVICE',
}
registerEnumType(HiringAuthority, {
  name: 'HiringAuthority',
  description: 'The legal authority a position is filled under.',
  valuesConfig: {
    COMPETITIVE_EXAMINING: { description: 'Competitive (delegated) examining open to the public (5 U.S.C. 3304).' },
    MERIT_PROMOTION: { description: 'Merit promotion among current and former federal employees.' },
    DIRECT_HIRE: {
      description:
        'Direct-hire authority for a critical need or severe shortage, e.g. OPM’s government-wide DHA for IT.',
    },
    SCHEDULE_A: { description: 'Excepted service under Schedule A (5 CFR 213.3102), e.g. A(r) fellowships.' },
    PATHWAYS: { description: 'The Pathways programs: interns, recent graduates, Presidential Management Fellows.' },
    CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM: {
      description: "DHS's Cybersecurity Talent Management System (6 U.S.C. 658), for CISA and DHS cyber positions.",
    },
    SCHOLARSHIP_FOR_SERVICE: { description: 'CyberCorps: Scholarship for Service placements.' },
    VETERANS_RECRUITMENT_APPOINTMENT: {
      description: 'Veterans Recruitment Appointment (VRA) and other veteran authorities.',
    },
    OTHER_EXCEPTED_SERVICE: {
      description: 'Another excepted-service authority (e.g. title 10 or title 50 cyber positions).',
    },
  },
});

export enum SystemPriority {
  NATIONAL_SECURITY_SYSTEMS = 'NATIONAL_SECURITY_SYSTEMS',
  FEDERAL_CIVILIAN_SYSTEMS = 'FEDERAL_CIVILIAN_SYSTEMS',
  OTHER = 'OTHER',
}
registerEnumType(SystemPriority, {
  name: 'SystemPriority',
  description: 'Which systems a position defends: the order puts national security and federal civilian systems first.',
  valuesConfig: {
    NATIONAL_SECURITY_SYSTEMS: { description: 'National security systems (NSS, 44 U.S.C. 3552(b)(6)).' },
    FEDERAL_CIVILIAN_SYSTEMS: { description: 'Federal civilian executive branch systems.' },
    OTHER: { description: 'Any other cyber work.' },
  },
});

export enum ClearanceLevel {
  NONE = 'NONE',
  PUBLIC_TRUST = 'PUBLIC_TRUST',
  SECRET = 'SECRET',
  TOP_SECRET = 'TOP_SECRET',
  TOP_SECRET_SCI = 'TOP_SECRET_SCI',
}
registerEnumType(ClearanceLevel, {
  name: 'ClearanceLevel',
  description: 'The clearance or position designation a position requires.',
  valuesConfig: {
    NONE: { description: 'Non-sensitive, low risk.' },
    PUBLIC_TRUST: { description: 'A public trust position (moderate or high risk).' },
    SECRET: { description: 'Secret.' },
    TOP_SECRET: { description: 'Top Secret.' },
    TOP_SECRET_SCI: { description: 'Top Secret with Sensitive Compartmented Information access.' },
  },
});

export enum PayPlan {
  GS = 'GS',
  GG = 'GG',
}
registerEnumType(PayPlan, {
  name: 'PayPlan',
  description: 'The pay plan of a position (grades 1 to 15).',
  valuesConfig: {
    GS: { description: 'General Schedule.' },
    GG: { description: 'Excepted-service positions paid like the General Schedule.' },
  },
});

export enum HiringReportKind {
  PLAN = 'PLAN',
  PROGRESS = 'PROGRESS',
}
registerEnumType(HiringReportKind, {
  name: 'HiringReportKind',
  description: "What an agency reports to the initiative's authority, by the order's deadlines.",
  valuesConfig: {
    PLAN: { description: 'The hiring plan (due by day 30).' },
    PROGRESS: { description: 'Progress against the plan (due by day 60).' },
  },
});

export enum WorkforceGrouping {
  TOTAL = 'TOTAL',
  AGENCY = 'AGENCY',
  INITIATIVE = 'INITIATIVE',
  WORK_ROLE = 'WORK_ROLE',
  SYSTEM_PRIORITY = 'SYSTEM_PRIORITY',
}
registerEnumType(WorkforceGrouping, {
  name: 'WorkforceGrouping',
  description: 'How workforce measures are grouped.',
  valuesConfig: {
    TOTAL: { description: 'One group: everything you may see.' },
    AGENCY: { description: 'Per hiring agency.' },
    INITIATIVE: { description: 'Per hiring initiative.' },
    WORK_ROLE: { description: "Per NICE work role (of the position's most critical OPM code)." },
    SYSTEM_PRIORITY: { description: 'Per system priority (national security, federal civilian, other).' },
  },
});
