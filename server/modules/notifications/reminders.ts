// Reminders and escalations from the clock (the demo clock in development): each candidate is raised once per
// (kind, subject, organization, due date), by one set-based statement per kind that records it in reminder_sent
// and writes its outbox row; what is done (acknowledged, patched, reported, withdrawn) is no longer a candidate.
import { sqlList } from '../../core/policy';
import { CLOSED_DELIVERY_STATUSES, PUBLISHED_ADVISORY_STATUSES } from '../advisories/advisory.enums';
import { OPEN_STATUSES } from '../designations/designation.enums';

interface Reminder {
  kind: string;
  subjectType: string;
  /** SELECT subject_id, organization_id, due_at; $1 is now. */
  candidates: string;
}

const DELIVERY_DEADLINES = `
  SELECT d.id AS subject_id, d.recipient_id AS organization_id, x.due_at
    FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id
    CROSS JOIN LATERAL (VALUES
      (CASE WHEN a.requires_acknowledgement AND a.acknowledge_within_hours IS NOT NULL AND d.status = 'DELIVERED'
            THEN a.published_at + a.acknowledge_within_hours * interval '1 hour' END),
      (CASE WHEN a.patch_within_days IS NOT NULL AND d.status NOT IN (${sqlList(CLOSED_DELIVERY_STATUSES)})
            THEN a.published_at + a.patch_within_days * interval '1 day' END)) AS x(due_at)
   WHERE d.withdrawn_at IS NULL AND a.status IN (${sqlList(PUBLISHED_ADVISORY_STATUSES)}) AND x.due_at IS NOT NULL`;

const DIRECTIVE_DEADLINES = `
  SELECT d.id AS subject_id, r.agency_id AS organization_id,
         d.issued_at + (d.required_actions -> r.action_index ->> 'dueInDays')::int * interval '1 day' AS due_at
    FROM compliance_report r JOIN directive d ON d.id = r.directive_id
   WHERE d.status = 'ISSUED' AND d.issued_at IS NOT NULL AND r.status <> 'COMPLETE'`;

/** Overdue reminders look back a week only, so a first start on old data does not send the past's reminders. */
export const REMINDERS: readonly Reminder[] = [
  {
    kind: 'delivery.due_soon',
    subjectType: 'AdvisoryDelivery',
    candidates: `SELECT * FROM (${DELIVERY_DEADLINES}) c WHERE due_at > $1 AND due_at <= $1 + interval '1 day'`,
  },
  {
    kind: 'delivery.overdue',
    subjectType: 'AdvisoryDelivery',
    candidates: `SELECT * FROM (${DELIVERY_DEADLINES}) c WHERE due_at <= $1 AND due_at > $1 - interval '7 days'`,
  },
  {
    kind: 'delivery.escalated',
    subjectType: 'AdvisoryDelivery',
    candidates: `SELECT * FROM (${DELIVERY_DEADLINES}) c WHERE due_at <= $1 - interval '3 days' AND due_at > $1 - interval '10 days'`,
  },
  {
    kind: 'directive.report_due',
    subjectType: 'Directive',
    candidates: `SELECT DISTINCT * FROM (${DIRECTIVE_DEADLINES}) c WHERE due_at > $1 AND due_at <= $1 + interval '3 days'`,
  },
  {
    kind: 'directive.report_overdue',
    subjectType: 'Directive',
    candidates: `SELECT DISTINCT * FROM (${DIRECTIVE_DEADLINES}) c WHERE due_at <= $1 AND due_at > $1 - interval '7 days'`,
  },
  {
    kind: 'designation.response_due',
    subjectType: 'Designation',
    candidates: `SELECT * FROM (
      SELECT d.id AS subject_id, NULL::uuid AS organization_id,
             GREATEST(d.proposed_at, d.developer_notified_at) + d.response_window_days * interval '1 day' AS due_at
        FROM designation d
       WHERE d.status IN (${sqlList(OPEN_STATUSES)}) AND d.proposed_at IS NOT NULL AND d.developer_notified_at IS NOT NULL) c
      WHERE due_at > $1 AND due_at <= $1 + interval '3 days'`,
  },
  {
    kind: 'review_window.opening',
    subjectType: 'ReviewWindow',
    candidates: `SELECT w.id AS subject_id, NULL::uuid AS organization_id, w.access_starts_at AS due_at FROM review_window w
      WHERE w.status IN ('PROPOSED', 'AGREED') AND w.access_starts_at > $1 AND w.access_starts_at <= $1 + interval '3 days'`,
  },
  {
    kind: 'workforce.milestone_due',
    subjectType: 'HiringInitiative',
    candidates: `SELECT i.id AS subject_id, t.agency_id AS organization_id, m.due_at
      FROM hiring_initiative i
      CROSS JOIN LATERAL (VALUES ('PLAN', i.plan_due_at), ('PROGRESS', i.progress_due_at)) AS m(report_kind, due_at)
      JOIN (SELECT DISTINCT initiative_id, agency_id FROM hiring_target) t ON t.initiative_id = i.id
      WHERE m.due_at > $1 AND m.due_at <= $1 + interval '3 days'
        AND NOT EXISTS (SELECT 1 FROM hiring_report r WHERE r.initiative_id = i.id AND r.agency_id = t.agency_id AND r.kind = m.report_kind)`,
  },
];

/** One statement: the new reminders of one kind into reminder_sent and the outbox; returns how many. */
export function reminderStatement(r: Reminder): string {
  const candidates = r.candidates.replaceAll('$1', '$1::timestamptz');
  return `WITH due AS (
      SELECT c.subject_id, c.organization_id, c.due_at,
             '${r.kind}:' || c.subject_id || ':' || COALESCE(c.organization_id::text, '') || ':' || floor(extract(epoch FROM c.due_at))::bigint AS key
        FROM (${candidates}) c),
    fresh AS (
      INSERT INTO reminder_sent (key, kind, subject_id, organization_id, due_at, sent_at)
      SELECT key, '${r.kind}', subject_id, organization_id, due_at, $1::timestamptz FROM due
      ON CONFLICT DO NOTHING RETURNING key)
    INSERT INTO outbox_event (kind, subject_type, subject_id, organization_id, data, occurred_at)
    SELECT '${r.kind}', '${r.subjectType}', due.subject_id, due.organization_id, jsonb_build_object('dueAt', due.due_at), $1::timestamptz
      FROM due JOIN fresh USING (key)
    RETURNING id`;
}
