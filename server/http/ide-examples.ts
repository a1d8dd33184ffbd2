// Example operations shown in the IDE's first tab: the main tasks of each role.
export const EXAMPLE_OPERATIONS = `# Welcome to Concord, the coordination API of Executive Order 14409.
# Put a token in the Headers tab (npm run token -- analyst@nsa.gov), pick an operation, press run.

query WhoAmI {
  viewer { authenticated roles user { name email } organization { __typename name kind } }
}

query ParticipatingDevelopers($after: String) {
  developers(first: 10, after: $after, filter: { participation: [ENROLLED] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name participation enrolledAt models(first: 5) { totalCount nodes { name modelVersion coverage plannedReleaseAt } } }
  }
}

query RuralHospitalsInOhio {
  recipients(first: 20, filter: { recipientTypes: [HOSPITAL], states: ["OH"], rural: true }) {
    totalCount
    nodes { id name county sizeTier sector }
  }
}

query ModelsReleasingSoon($before: DateTimeISO) {
  frontierModels(first: 20, filter: { released: false, plannedReleaseBefore: $before }, orderBy: { field: PLANNED_RELEASE_AT, direction: ASC }) {
    nodes { id name modelVersion coverage plannedReleaseAt developer { name } }
  }
}

# Covered frontier models (analysts and their own developer see them as covered).
query CoveredModelsReleasingSoon($before: DateTimeISO) {
  coveredModels(first: 20, filter: { plannedReleaseBefore: $before }, orderBy: { field: PLANNED_RELEASE_AT, direction: ASC }) {
    nodes { id name modelVersion plannedReleaseAt developer { name }
      reviewWindows(first: 1) { nodes { status accessStartsAt daysUntilRelease reviewingAgencies { acronym } } } }
  }
}

query DesignationCases {
  designations(first: 20, filter: { statuses: [OPEN, BENCHMARKING, PROPOSED_COVERED, PROPOSED_NOT_COVERED] }) {
    totalCount
    nodes { id status basis responseDueAt responseOverdue model { name modelVersion } leadAgency { acronym }
      events(first: 20) { nodes { at action fromStatus toStatus note actor { name } } } }
  }
}

query OpenReviewWindows {
  reviewWindows(first: 20, filter: { statuses: [PROPOSED, AGREED, ACCESS_GRANTED] }) {
    nodes { id status plannedReleaseAt accessStartsAt daysUntilRelease model { name }
      findings(first: 20) { nodes { title severity status marking filedBy { acronym } } } }
  }
}

# The developer's side (token for dev@atlas-ai.example): nothing here can block a release.
mutation RecordRelease($modelId: ID!) {
  recordModelRelease(input: { modelId: $modelId }) { model { id releasedAt reviewWindows(first: 5) { nodes { status closedReason } } } }
}

# The clearinghouse: full-text search with filters, then an entry's OSV and CSAF exports.
query SearchClearinghouse($q: String = "modbus overflow") {
  clearinghouseEntries(first: 10, search: $q, filter: { severities: [CRITICAL, HIGH] }) {
    totalCount
    nodes { id key title severity cvssScore status marking knownExploited sectors affected { vendor product versionRange fixedIn } }
  }
}

query KnownExploitedInWater {
  clearinghouseEntries(first: 20, filter: { knownExploited: true, sectors: [WATER_AND_WASTEWATER_SYSTEMS] }, orderBy: { field: CVSS_SCORE, direction: DESC }) {
    nodes { key title kev { dateAdded dueDate requiredAction } remediations { category details } }
  }
}

query ExportEntry($id: ID!) {
  node(id: $id) { ... on ClearinghouseEntry { key osv csaf } }
}

# Advisories to rural hospitals, banks and utilities: coverage and what is overdue.
query PatchCoverageByState {
  patchCoverage(groupBy: STATE) { key targeted acknowledged patched notAffected overdue medianHoursToAcknowledge medianHoursToPatch }
  advisories(first: 10, filter: { statuses: [PUBLISHED] }) {
    nodes { title priority publishedAt acknowledgeBy patchBy deliveryStats { targeted acknowledged patched notAffected overdue } }
  }
}

query OverdueDeliveriesInOhio {
  deliveries(first: 20, filter: { overdue: true, states: ["OH"] }) {
    totalCount
    nodes { status deliveredAt overdue recipient { name county recipientType } advisory { title patchBy } }
  }
}

# A recipient's view (token for it@mercy-rural-oh.example).
query MyOpenAdvisories {
  myAdvisories(first: 10, filter: { open: true }) { nodes { id status overdue advisory { title priority patchBy entries { key title } } } }
}

# The state of the coordination at a glance (what you may see), and directive compliance.
query Overview {
  overview {
    modelsByCoverage { key count }
    openReviewWindows(first: 5) { nodes { model { name } status daysUntilRelease } }
    entriesByStatus { key count }
    entriesBySeverity { key count }
    advisoriesAwaitingAcknowledgement
    patchCoverage { targeted acknowledged patched notAffected overdue }
    directivesWithOverdueAgencies { directive { code title } overdueAgencies overdueReports }
    milestonesDueOrOverdue(first: 10) { nodes { section title dueAt status responsibleAgency { acronym } } }
  }
}

query DirectiveCompliance {
  directives(first: 5, statuses: [ISSUED]) {
    nodes { id code title issuedAt requiredActions { index title dueAt } }
  }
}

query ComplianceForDirective($directiveId: ID!) {
  directiveCompliance(directiveId: $directiveId) { title dueAt complete inProgress notStarted overdue overdueAgencies { acronym name } }
}

query AuditTrail {
  verifyAuditChain { valid checked firstBrokenSeq }
  auditEvents(last: 10) { nodes { seq at action subjectIds actor { email } } }
}
`;
