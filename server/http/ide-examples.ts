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

query AuditTrail {
  verifyAuditChain { valid checked firstBrokenSeq }
  auditEvents(last: 10) { nodes { seq at action subjectIds actor { email } } }
}
`;
