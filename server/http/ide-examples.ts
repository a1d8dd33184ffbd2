// The IDE's tabs: a welcome tab with a tour of reads, then one tab per main task and role. Each tab names the
// demo user whose token to paste (npm run -s token -- EMAIL) and walks the task in order: find, act, check.
// tests/ide.test.ts validates every operation against the schema, so the examples cannot rot.

export interface IdeTab {
  title: string;
  /** The demo user whose token the tab needs. */
  user: string;
  query: string;
  variables?: Record<string, unknown>;
}

const headerFor = (email: string) =>
  JSON.stringify({ Authorization: `Bearer <paste the output of: npm run -s token -- ${email}>` }, null, 2);

const tab = (title: string, user: string, body: string, variables?: Record<string, unknown>): IdeTab => ({
  title,
  user,
  query: `# ${title}, as ${user}.\n# Token: npm run -s token -- ${user}\n# Paste it into the Headers tab below.\n${body}`,
  variables,
});

export const WELCOME = `# Welcome to Concord, the coordination API of Executive Order 14409. The other tabs walk one task each.
# Put a token in the Headers tab (npm run -s token -- analyst@nsa.gov), pick an operation, press run.

query Welcome {
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

export const IDE_TABS: IdeTab[] = [
  { title: 'Welcome', user: 'analyst@nsa.gov', query: WELCOME },
  tab(
    'Run a designation',
    'analyst@nsa.gov',
    `# 1. Pick a model releasing soon that no open case covers (RunADesignation lists them).
query RunADesignation {
  frontierModels(first: 10, filter: { released: false }, orderBy: { field: PLANNED_RELEASE_AT, direction: ASC }) {
    nodes { id name modelVersion plannedReleaseAt coverage developer { name } designations(first: 3) { nodes { status } } }
  }
}

# 2. Open a case (the developer sees nothing until notified), then record a benchmark result.
mutation OpenCase($modelId: ID!) {
  openDesignation(input: { modelId: $modelId, basis: BENCHMARK_SCREENING, responseWindowDays: 14 }) { designation { id status } }
}

mutation RecordBenchmark($designationId: ID!) {
  recordBenchmarkResult(input: { designationId: $designationId, suite: "cyber-offense-eval", suiteVersion: "2026.2", score: 0.81, threshold: 0.7 }) {
    designation { id status }
  }
}

# 3. Propose COVERED and notify the developer: its 14-day response window opens.
mutation ProposeCovered($designationId: ID!) {
  proposeDesignation(input: { designationId: $designationId, outcome: COVERED, rationale: "Exceeds the exploit-development threshold." }) { designation { id status } }
}

mutation Notify($designationId: ID!) {
  notifyDeveloper(input: { designationId: $designationId }) { designation { id status responseDueAt } }
}

# 4. Deciding now is refused until the developer responds or the window passes.
#    To watch it lapse in a demo, a platform administrator (admin@cisa.gov) runs:
#    mutation { advanceClock(input: { days: 15 }) { now } }
mutation Decide($designationId: ID!) {
  decideDesignation(input: { designationId: $designationId, decision: COVERED, rationale: "Heard the developer; the evidence stands." }) {
    designation { id status decidedAt events(first: 20) { nodes { at action toStatus note } } }
  }
}`,
    { modelId: '<an id from RunADesignation>', designationId: '<the id from OpenCase>' },
  ),
  tab(
    'Triage, validate and publish an entry',
    'analyst@cisa.gov',
    `# 1. What developers and agencies reported and nobody has triaged yet.
query TriageValidatePublish {
  clearinghouseEntries(first: 10, filter: { statuses: [REPORTED] }, orderBy: { field: UPDATED_AT, direction: ASC }) {
    nodes { id key title severity marking reportedBy { __typename ... on Developer { name } } affected { vendor product versionRange } }
  }
}

# 2. Triage, then validate: a validated entry reaches its TLP audience.
mutation Triage($id: ID!) {
  triageClearinghouseEntry(input: { id: $id, note: "Reproduced on a lab gateway." }) { entry { id status } }
}

mutation Validate($id: ID!) {
  validateClearinghouseEntry(input: { id: $id }) { entry { id status publishedAt } }
}

# 3. Add the vendor fix, then read the entry as the OSV and CSAF that scanners consume.
mutation AddFix($id: ID!) {
  addClearinghouseRemediation(input: { id: $id, remediation: { category: VENDOR_FIX, details: "Upgrade to the fixed release.", url: "https://vendor.example/advisory" } }) {
    entry { id remediations { category details url } }
  }
}

query Exports($id: ID!) {
  node(id: $id) { ... on ClearinghouseEntry { key osv csaf } }
}

# 4. CISA's real KEV catalog is in the clearinghouse: search its text.
query SearchKev($q: String = "remote code execution VPN") {
  clearinghouseEntries(first: 10, search: $q, filter: { knownExploited: true }) {
    nodes { key title kev { dateAdded dueDate knownRansomwareCampaignUse vendorProject product } references }
  }
}`,
    { id: '<an id from TriageValidatePublish>' },
  ),
  tab(
    'Publish an advisory and watch patch coverage',
    'analyst@cisa.gov',
    `# 1. Who would an advisory to rural hospitals and water utilities in Ohio reach?
query PublishAdvisoryWatchCoverage {
  previewAudience(audience: { recipientTypes: [HOSPITAL, LOCAL_UTILITY], states: ["OH"], ruralOnly: true }) {
    total byRecipientType { key count } byState { key count }
  }
}

# 2. Draft it about validated entries (ids from the clearinghouse tab), then publish: one delivery per recipient.
mutation Draft($entryIds: [ID!]!) {
  draftAdvisory(input: { title: "Patch internet-facing gateways", summary: "Known-exploited flaws in gateways used by rural operators; patch within 7 days.",
    marking: GREEN, priority: URGENT, entryIds: $entryIds, acknowledgeWithinHours: 48, patchWithinDays: 7,
    audience: { recipientTypes: [HOSPITAL, LOCAL_UTILITY], states: ["OH"], ruralOnly: true } }) { advisory { id status } }
}

mutation Publish($advisoryId: ID!) {
  publishAdvisory(input: { advisoryId: $advisoryId }) { advisory { id status publishedAt deliveryStats { targeted } } }
}

# 3. Coverage as recipients acknowledge and patch (see the hospital tab), and who is overdue.
query Coverage($advisoryId: ID) {
  patchCoverage(groupBy: RECIPIENT_TYPE, advisoryId: $advisoryId) { key targeted acknowledged patched overdue medianHoursToPatch }
  deliveries(first: 20, filter: { overdue: true }, orderBy: { field: DELIVERED_AT, direction: ASC }) {
    totalCount nodes { status recipient { name county } advisory { title patchBy } }
  }
}

# 4. Withdrawing keeps every delivery, marked withdrawn with your reason.
mutation Withdraw($advisoryId: ID!) {
  withdrawAdvisory(input: { advisoryId: $advisoryId, note: "Superseded by the vendor's corrected guidance." }) { advisory { id status withdrawalReason } }
}`,
    { entryIds: ['<validated entry ids>'], advisoryId: '<the id from Draft>' },
  ),
  tab(
    'Issue a directive and read compliance',
    'analyst@cisa.gov',
    `# 1. Draft a binding operational directive with its required actions and deadlines.
mutation IssueDirectiveReadCompliance {
  draftDirective(input: { code: "BOD 26-07", kind: BINDING_OPERATIONAL_DIRECTIVE, title: "Remediate known-exploited AI gateway flaws",
    summary: "Federal civilian agencies inventory and patch AI gateways listed in the KEV catalog.",
    requiredActions: [
      { title: "Inventory AI gateways", description: "Report every internet-facing AI gateway.", dueInDays: 14 },
      { title: "Patch KEV entries", description: "Patch or isolate affected gateways.", dueInDays: 30 }
    ] }) { directive { id code status } }
}

# 2. Issue it: every federal civilian agency gets a report per action (agencies that join later get theirs too).
mutation Issue($directiveId: ID!) {
  issueDirective(input: { directiveId: $directiveId }) { directive { id status issuedAt requiredActions { index title dueAt } } }
}

# 3. Read compliance per action, and the overdue reports by agency.
query Compliance($directiveId: ID!) {
  directiveCompliance(directiveId: $directiveId) { title dueAt complete inProgress notStarted overdue overdueAgencies { acronym } }
  complianceReports(first: 20, filter: { directiveId: $directiveId, overdue: true }, orderBy: { field: DUE_AT, direction: ASC }) {
    nodes { status dueAt agency { name acronym } requiredAction { title } }
  }
}`,
    { directiveId: '<the id from IssueDirectiveReadCompliance>' },
  ),
  tab(
    'Register a model and schedule its review',
    'dev@atlas-ai.example',
    `# 1. Register a frontier model with its planned release.
mutation RegisterModelScheduleReview {
  registerFrontierModel(input: { name: "Atlas", modelVersion: "7.0", plannedReleaseAt: "2027-03-01T00:00:00Z", description: "Next Atlas, in pre-release evaluation." }) {
    model { id name modelVersion plannedReleaseAt }
  }
}

# 2. The reviewing agencies (voluntary access, no licensing, no pre-clearance).
query Agencies {
  agencies(first: 20) { nodes { id acronym name capabilities } }
}

# 3. Propose a review window: access at most 30 days before release, under terms you set.
mutation ProposeWindow($modelId: ID!, $agencyIds: [ID!]!) {
  proposeReviewWindow(input: { modelId: $modelId, reviewingAgencyIds: $agencyIds, accessStartsAt: "2027-02-01T00:00:00Z",
    accessTerms: { confidentiality: "Need-to-know.", intellectualProperty: "Weights stay with us.", insiderRisk: "Cleared reviewers only.", isolatedEnvironment: true } }) {
    reviewWindow { id status accessStartsAt daysUntilRelease }
  }
}

# 4. Ask whether the order covers the model; you see the case from the start.
mutation AskForDesignation($modelId: ID!) {
  requestDesignation(input: { modelId: $modelId, question: "Does the order cover Atlas 7?" }) { designation { id status basis } }
}

# 5. Release it when you choose: nothing here can block a release; open review windows close with the reason.
mutation RecordRelease($modelId: ID!) {
  recordModelRelease(input: { modelId: $modelId }) { model { id releasedAt reviewWindows(first: 5) { nodes { status closedReason } } } }
}`,
    { modelId: '<the id from RegisterModelScheduleReview>', agencyIds: ['<NSA and CISA ids from Agencies>'] },
  ),
  tab(
    'Acknowledge and patch as a hospital',
    'it@mercy-rural-oh.example',
    `# 1. What needs your action, most urgent first.
query HospitalAcknowledgeAndPatch {
  myAdvisories(first: 10, filter: { open: true }) {
    nodes { id status overdue withdrawn advisory { title priority acknowledgeBy patchBy entries { key title kev { requiredAction } } } }
  }
}

# 2. Acknowledge, then report the patch (going back is refused; repeating is harmless).
mutation Acknowledge($deliveryId: ID!) {
  updateDeliveryStatus(input: { deliveryId: $deliveryId, status: ACKNOWLEDGED }) { delivery { id status acknowledgedAt } }
}

mutation Patched($deliveryId: ID!) {
  updateDeliveryStatus(input: { deliveryId: $deliveryId, status: PATCHED, note: "Firmware updated on both gateways." }) { delivery { id status patchedAt overdue } }
}

# 3. Defense tools you are eligible for, and a request for a seat.
query Tools {
  defenseTools(first: 10) { nodes { id name description seats seatsTaken developer { name } } }
}

mutation RequestSeat($toolId: ID!) {
  requestToolGrant(input: { toolId: $toolId, note: "For our two clinics." }) { grant { id status requester { name state sizeTier } } }
}`,
    { deliveryId: '<an id from HospitalAcknowledgeAndPatch>', toolId: '<an id from Tools>' },
  ),
  tab(
    'Track the cyber hiring surge',
    'policy@omb.gov',
    `# 1. Are we hiring the cyber workforce the order asked for, where are we slow, are NSS and federal civilian first?
query TrackCyberHiringSurge {
  overview { workforce { lateReports prioritySystemsFirst
    total { positions filled target medianDaysToHire p90DaysToHire shareWithinModel overdue slowestStage }
    bySystemPriority { systemPriority positions filled medianDaysToHire shareWithinModel } } }
  workforceMeasures(groupBy: AGENCY) {
    agency { acronym } positions filled target filledShareOfTarget medianDaysToHire overdue likelyCodingErrors slowestStage
    stages { stage allotmentDays medianDays overAllotment }
  }
}

# 2. The initiative, its deadlines, and the agencies late with their hiring plan or progress report.
query Initiatives {
  hiringInitiatives(first: 5) {
    nodes { id name planDueAt progressDueAt allowedAuthorities
      agencies(lateOnly: true) { agency { acronym } target planLate progressLate } }
  }
}

# 3. Raise an agency's target, overall or for one NICE work role (PD-WRL-001: defensive cybersecurity).
query Reference {
  agencies(first: 20) { nodes { id acronym } }
  workRoles(first: 50, filter: { categories: [PROTECTION_AND_DEFENSE] }) { nodes { id code title opmCyberCodes { code title } } }
}

mutation SetTarget($initiativeId: ID!, $agencyId: ID!) {
  setHiringTarget(input: { initiativeId: $initiativeId, agencyId: $agencyId, positions: 75, dueAt: "2027-09-30T00:00:00Z" }) {
    target { id positions dueAt version }
  }
}

# 4. Positions stuck past the 80-day model's allotment for their stage, oldest first.
query Overdue {
  positions(first: 20, filter: { overdue: true }, orderBy: { field: STAGE_ENTERED_AT, direction: ASC }) {
    totalCount
    nodes { title series grade opmCodes stage stageEnteredAt stageDeadline systemPriority agency { acronym } }
  }
}`,
    { initiativeId: '<an id from Initiatives>', agencyId: '<an id from Reference>' },
  ),
  tab(
    'Get notified: webhooks and email',
    'it@mercy-rural-oh.example',
    `# 1. Register your ticketing system's HTTPS endpoint. Keep the secret (shown once) to verify each request's
#    Standard Webhooks signature; dedupe on the webhook-id header.
mutation GetNotified {
  createWebhookEndpoint(input: { url: "https://tickets.example.org/concord", events: [ADVISORY_PUBLISHED, DELIVERY_DUE_SOON, DELIVERY_OVERDUE] }) {
    secret
    endpoint { id url events status secretHint }
  }
}

# 2. What was sent, with every attempt. DEAD ones (failed for over a day) go again with redeliverWebhook.
query Deliveries {
  webhookDeliveries(first: 10) {
    nodes { id kind status attemptCount lastError attempts { at status latencyMs error } endpoint { url } }
  }
}

# 3. Your own email: each kind immediately, in a daily digest, or off. Only TLP:CLEAR and GREEN content is
#    ever written into an email; anything else is announced with a link.
query MyEmail {
  notificationPreferences { kind mode isDefault }
}

mutation Digest {
  setNotificationPreference(input: { kind: ADVISORY_PUBLISHED, mode: DAILY_DIGEST }) { kind mode isDefault }
}`,
  ),
];

/** The tabs as GraphiQL's defaultTabs: the query, example variables and the header to fill in. */
export function defaultTabs() {
  return IDE_TABS.map((t) => ({
    query: t.query,
    variables: t.variables ? JSON.stringify(t.variables, null, 2) : undefined,
    headers: headerFor(t.user),
  }));
}

/** The first tab's text (kept for tools that show one document). */
export const EXAMPLE_OPERATIONS = WELCOME;
