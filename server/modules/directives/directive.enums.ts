import { registerEnumType } from 'type-graphql';

export enum DirectiveKind {
  BINDING_OPERATIONAL_DIRECTIVE = 'BINDING_OPERATIONAL_DIRECTIVE',
  EMERGENCY_DIRECTIVE = 'EMERGENCY_DIRECTIVE',
  OMB_MEMORANDUM = 'OMB_MEMORANDUM',
}
registerEnumType(DirectiveKind, {
  name: 'DirectiveKind',
  description: 'Kind of directive.',
  valuesConfig: {
    BINDING_OPERATIONAL_DIRECTIVE: { description: 'A CISA Binding Operational Directive (BOD).' },
    EMERGENCY_DIRECTIVE: { description: 'A CISA Emergency Directive (ED).' },
    OMB_MEMORANDUM: { description: 'An OMB memorandum.' },
  },
});

export enum DirectiveStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  SUPERSEDED = 'SUPERSEDED',
  REVOKED = 'REVOKED',
}
registerEnumType(DirectiveStatus, {
  name: 'DirectiveStatus',
  description: 'Where a directive stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written.' },
    ISSUED: { description: 'In force.' },
    SUPERSEDED: { description: 'Replaced by a newer directive.' },
    REVOKED: { description: 'Revoked; open reports are closed.' },
  },
});

export enum ComplianceStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETE = 'COMPLETE',
}
registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description: "An agency's progress on one required action.",
  valuesConfig: {
    NOT_STARTED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'In progress.' },
    COMPLETE: { description: 'Complete.' },
  },
});
