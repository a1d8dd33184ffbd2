import { registerEnumType } from 'type-graphql';

export enum EntryStatus {
  REPORTED = 'REPORTED',
  TRIAGED = 'TRIAGED',
  VALIDATED = 'VALIDATED',
  COORDINATING = 'COORDINATING',
  PATCH_AVAILABLE = 'PATCH_AVAILABLE',
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EntryStatus, {
  name: 'EntryStatus',
  description: 'Where a clearinghouse entry stands.',
  valuesConfig: {
    REPORTED: { description: 'Reported, not yet looked at.' },
    TRIAGED: { description: 'Triaged by the clearinghouse.' },
    VALIDATED: { description: 'Validated as a real vulnerability.' },
    COORDINATING: { description: 'Fix being coordinated with vendors and operators.' },
    PATCH_AVAILABLE: { description: 'A fix is available.' },
    RESOLVED: { description: 'Resolved.' },
    REJECTED: { description: 'Not a vulnerability.' },
    DUPLICATE: { description: 'Duplicate of another entry (see duplicateOf).' },
    WITHDRAWN: { description: 'Withdrawn.' },
  },
});

/** Statuses in which an entry counts as published (to the community, by its marking). */
export const PUBLISHED_STATUSES = [
  EntryStatus.VALIDATED,
  EntryStatus.COORDINATING,
  EntryStatus.PATCH_AVAILABLE,
  EntryStatus.RESOLVED,
] as const;

export enum Severity {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  NONE = 'NONE',
}
registerEnumType(Severity, {
  name: 'Severity',
  description: 'Severity, following the CVSS score bands (9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low).',
  valuesConfig: {
    CRITICAL: { description: 'CVSS 9.0-10.0.' },
    HIGH: { description: 'CVSS 7.0-8.9.' },
    MEDIUM: { description: 'CVSS 4.0-6.9.' },
    LOW: { description: 'CVSS 0.1-3.9.' },
    NONE: { description: 'CVSS 0.0, or not scored.' },
  },
});

export const SEVERITY_RANK: Record<Severity, number> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1, NONE: 0 };

export enum IdentifierType {
  CVE = 'CVE',
  GHSA = 'GHSA',
  VENDOR = 'VENDOR',
  OTHER = 'OTHER',
}
registerEnumType(IdentifierType, {
  name: 'IdentifierType',
  description: 'Kind of vulnerability identifier.',
  valuesConfig: {
    CVE: { description: 'A CVE id (CVE-YYYY-NNNN+).' },
    GHSA: { description: 'A GitHub security advisory id.' },
    VENDOR: { description: "A vendor's own advisory id." },
    OTHER: { description: 'Any other identifier.' },
  },
});

export enum RemediationCategory {
  VENDOR_FIX = 'VENDOR_FIX',
  WORKAROUND = 'WORKAROUND',
  MITIGATION = 'MITIGATION',
  NO_FIX_PLANNED = 'NO_FIX_PLANNED',
  NONE_AVAILABLE = 'NONE_AVAILABLE',
}
registerEnumType(RemediationCategory, {
  name: 'RemediationCategory',
  description: 'Kind of remediation (as in CSAF).',
  valuesConfig: {
    VENDOR_FIX: { description: 'A fix from the vendor.' },
    WORKAROUND: { description: 'A workaround.' },
    MITIGATION: { description: 'A mitigation.' },
    NO_FIX_PLANNED: { description: 'The vendor plans no fix.' },
    NONE_AVAILABLE: { description: 'No remediation is available yet.' },
  },
});

export enum CvssVersion {
  V3_0 = 'V3_0',
  V3_1 = 'V3_1',
  V4_0 = 'V4_0',
}
registerEnumType(CvssVersion, {
  name: 'CvssVersion',
  description: 'CVSS version of a vector.',
  valuesConfig: {
    V3_0: { description: 'CVSS 3.0.' },
    V3_1: { description: 'CVSS 3.1.' },
    V4_0: { description: 'CVSS 4.0.' },
  },
});
