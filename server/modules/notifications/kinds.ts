// Every notification kind: what raises it, whom it concerns, what its payload shows. The modules raise kinds by
// name (core/outbox.ts's emit, a lifecycle move's `emit`, the reminders); this is the one list of them.
//
// `audience` is SQL naming the organizations a kind concerns (:subject is the subject's uuid); who among them is
// told, and what they are shown, is decided again when each message is sent, by running `fields` through
// node(id:) as that person or that endpoint's credential, under the same visibility as any query.
import { registerEnumType } from 'type-graphql';
import { Role } from '../../core/identity';
import { NotificationMode } from './notification.enums';

export interface NotificationKindSpec {
  /** The kind as sent in webhook payloads (`type`), e.g. `advisory.published`. */
  kind: string;
  /** For people: "An advisory was published". */
  label: string;
  description: string;
  /** The GraphQL type of the subject. */
  subjectType: string;
  /** SQL selecting `organization_id`s the kind concerns; `:subject` is the subject's uuid. */
  audience: string;
  /** Only people with one of these roles get its email (default: everyone in the organization). */
  roles?: Role[];
  /** The selection on the subject, read as the receiver (payload `data` and the email's content). */
  fields: string;
  /** The email default when a person has not chosen. */
  email: NotificationMode;
  /** Offer "acknowledge" and "report patched" links (the subject is, or leads to, the receiver's delivery). */
  deliveryActions?: boolean;
}

const ADVISORY_FIELDS = `id title summary marking priority status publishedAt acknowledgeBy patchBy withdrawnAt withdrawalReason
  entries { id key title marking knownExploited }`;
const DELIVERY_FIELDS = `id status deliveredAt acknowledgedAt patchedAt overdue
  advisory { id title summary marking priority status publishedAt acknowledgeBy patchBy entries { id key title marking knownExploited } }
  recipient { id name }`;
const RECIPIENTS_OF_ADVISORY =
  'SELECT recipient_id AS organization_id FROM advisory_delivery WHERE advisory_id = :subject';
const RECIPIENT_OF_DELIVERY = 'SELECT recipient_id AS organization_id FROM advisory_delivery WHERE id = :subject';
const CLEARINGHOUSE = `SELECT id AS organization_id FROM organization WHERE 'CLEARINGHOUSE_OPERATOR' = ANY(capabilities)`;

export const KINDS: readonly NotificationKindSpec[] = [
  {
    kind: 'advisory.published',
    label: 'An advisory was published to you',
    description: 'An advisory was published and delivered to your organization.',
    subjectType: 'Advisory',
    audience: RECIPIENTS_OF_ADVISORY,
    fields: ADVISORY_FIELDS,
    email: NotificationMode.IMMEDIATELY,
    deliveryActions: true,
  },
  {
    kind: 'advisory.withdrawn',
    label: 'An advisory you received was withdrawn',
    description: 'An advisory delivered to your organization was withdrawn; nothing more is expected.',
    subjectType: 'Advisory',
    audience: RECIPIENTS_OF_ADVISORY,
    fields: ADVISORY_FIELDS,
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'delivery.updated',
    label: 'A recipient reported progress',
    description: 'A recipient acknowledged an advisory your organization issued, or reported it patched.',
    subjectType: 'AdvisoryDelivery',
    audience:
      'SELECT a.issuer_id AS organization_id FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id WHERE d.id = :subject',
    fields: DELIVERY_FIELDS,
    email: NotificationMode.OFF,
  },
  {
    kind: 'delivery.due_soon',
    label: 'An advisory is due soon',
    description: 'Your acknowledgement or patch of an advisory is due within a day.',
    subjectType: 'AdvisoryDelivery',
    audience: RECIPIENT_OF_DELIVERY,
    fields: DELIVERY_FIELDS,
    email: NotificationMode.IMMEDIATELY,
    deliveryActions: true,
  },
  {
    kind: 'delivery.overdue',
    label: 'An advisory is overdue',
    description: 'Your acknowledgement or patch of an advisory is overdue.',
    subjectType: 'AdvisoryDelivery',
    audience: RECIPIENT_OF_DELIVERY,
    fields: DELIVERY_FIELDS,
    email: NotificationMode.IMMEDIATELY,
    deliveryActions: true,
  },
  {
    kind: 'delivery.escalated',
    label: 'An advisory is three days overdue',
    description: "An advisory has been overdue for three days: told to the recipient organization's admins.",
    subjectType: 'AdvisoryDelivery',
    audience: RECIPIENT_OF_DELIVERY,
    roles: [Role.ORG_ADMIN],
    fields: DELIVERY_FIELDS,
    email: NotificationMode.IMMEDIATELY,
    deliveryActions: true,
  },
  {
    kind: 'entry.reported',
    label: 'A vulnerability was reported to the clearinghouse',
    description: 'A new clearinghouse report to triage.',
    subjectType: 'ClearinghouseEntry',
    audience: CLEARINGHOUSE,
    roles: [Role.ANALYST, Role.ORG_ADMIN],
    fields: 'id key title summary marking severity status knownExploited',
    email: NotificationMode.DAILY_DIGEST,
  },
  {
    kind: 'entry.updated',
    label: 'A clearinghouse entry changed',
    description: 'A clearinghouse entry your organization reported (or, for operators, any entry) moved.',
    subjectType: 'ClearinghouseEntry',
    audience: `SELECT reported_by_id AS organization_id FROM clearinghouse_entry WHERE id = :subject UNION ${CLEARINGHOUSE}`,
    fields: 'id key title summary marking severity status knownExploited publishedAt',
    email: NotificationMode.OFF,
  },
  {
    kind: 'designation.updated',
    label: 'A designation case changed',
    description: 'A designation case about one of your models (or one your agency leads) moved.',
    subjectType: 'Designation',
    audience: `SELECT m.developer_id AS organization_id FROM designation d JOIN frontier_model m ON m.id = d.model_id WHERE d.id = :subject
      UNION SELECT lead_agency_id FROM designation WHERE id = :subject AND lead_agency_id IS NOT NULL`,
    fields: 'id status basis proposedAt decidedAt responseDueAt model { id name }',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'designation.response_due',
    label: 'A designation response window is closing',
    description: 'The window to respond to a designation case about your model closes within three days.',
    subjectType: 'Designation',
    audience:
      'SELECT m.developer_id AS organization_id FROM designation d JOIN frontier_model m ON m.id = d.model_id WHERE d.id = :subject',
    fields: 'id status basis responseDueAt model { id name }',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'review_window.opening',
    label: 'A review window opens soon',
    description: 'Government access to a covered model opens within three days.',
    subjectType: 'ReviewWindow',
    audience: `SELECT m.developer_id AS organization_id FROM review_window w JOIN frontier_model m ON m.id = w.model_id WHERE w.id = :subject
      UNION SELECT unnest(reviewing_agency_ids) FROM review_window WHERE id = :subject`,
    fields: 'id status accessStartsAt plannedReleaseAt model { id name }',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'directive.issued',
    label: 'A directive was issued',
    description: 'A directive with required actions for your agency was issued.',
    subjectType: 'Directive',
    audience: 'SELECT DISTINCT agency_id AS organization_id FROM compliance_report WHERE directive_id = :subject',
    fields: 'id code kind title status issuedAt',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'directive.report_due',
    label: 'A directive report is due in three days',
    description: 'A required action of a directive is due for your agency within three days.',
    subjectType: 'Directive',
    audience: 'SELECT DISTINCT agency_id AS organization_id FROM compliance_report WHERE directive_id = :subject',
    fields: 'id code kind title status issuedAt',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'directive.report_overdue',
    label: 'A directive report is overdue',
    description: 'A required action of a directive is past due for your agency.',
    subjectType: 'Directive',
    audience: 'SELECT DISTINCT agency_id AS organization_id FROM compliance_report WHERE directive_id = :subject',
    fields: 'id code kind title status issuedAt',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'tool_grant.decided',
    label: 'A defense tool request was decided',
    description: 'A request for a defense tool was approved or declined.',
    subjectType: 'ToolGrant',
    audience: `SELECT recipient_id AS organization_id FROM tool_grant WHERE id = :subject
      UNION SELECT t.developer_id FROM tool_grant g JOIN defense_tool t ON t.id = g.tool_id WHERE g.id = :subject`,
    fields: 'id status tool { id name }',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'workforce.milestone_due',
    label: 'A hiring surge milestone is due',
    description: 'A milestone of a cyber hiring initiative your agency has targets in is due within three days.',
    subjectType: 'HiringInitiative',
    audience: 'SELECT DISTINCT agency_id AS organization_id FROM hiring_target WHERE initiative_id = :subject',
    fields: 'id name planDueAt progressDueAt',
    email: NotificationMode.IMMEDIATELY,
  },
  {
    kind: 'position.changed',
    label: 'A cyber position moved',
    description: "One of your agency's cyber positions moved through the hiring stages.",
    subjectType: 'Position',
    audience: 'SELECT agency_id AS organization_id FROM workforce_position WHERE id = :subject',
    fields: 'id stage',
    email: NotificationMode.OFF,
  },
  {
    kind: 'webhook_endpoint.disabled',
    label: 'A webhook endpoint was disabled',
    description: "One of your organization's webhook endpoints failed for days and was disabled.",
    subjectType: 'WebhookEndpoint',
    audience: 'SELECT organization_id FROM webhook_endpoint WHERE id = :subject',
    roles: [Role.ORG_ADMIN],
    fields: 'id url status disabledReason',
    email: NotificationMode.IMMEDIATELY,
  },
];

export const KIND_BY_NAME: ReadonlyMap<string, NotificationKindSpec> = new Map(KINDS.map((k) => [k.kind, k]));

/** The GraphQL name of a kind: `advisory.published` -> ADVISORY_PUBLISHED. */
export const enumName = (kind: string) => kind.replace(/[.]/g, '_').toUpperCase();

/** GraphQL enum NotificationKind: its values are the kinds' names as webhook payloads carry them. */
export const NotificationKind: Record<string, string> = Object.fromEntries(
  KINDS.map((k) => [enumName(k.kind), k.kind]),
);
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What a notification is about. Webhook payloads carry it in `type` in its dotted form (e.g. `advisory.published`).',
  valuesConfig: Object.fromEntries(KINDS.map((k) => [enumName(k.kind), { description: k.description }])),
});
