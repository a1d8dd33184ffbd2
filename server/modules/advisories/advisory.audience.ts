// An advisory's audience: the rules an analyst writes, normalized, and the one SQL condition over organization
// `o` that previews, publishing and nothing else evaluate.
import { BadInputError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import type { AdvisoryAudience, AdvisoryAudienceInput } from './advisory.types';

export function normalizeAudience(input: AdvisoryAudienceInput): AdvisoryAudience {
  const recipientIds = [
    ...new Set(
      (input.recipientIds ?? []).map((id, i) => expectGlobalId(id, 'Recipient', `audience.recipientIds[${i}]`)),
    ),
  ];
  const audience = {
    sectors: [...new Set(input.sectors ?? [])],
    recipientTypes: [...new Set(input.recipientTypes ?? [])],
    states: [...new Set(input.states ?? [])],
    ruralOnly: Boolean(input.ruralOnly),
    recipientIds,
  };
  if (!hasRules(audience) && !recipientIds.length)
    throw new BadInputError('The audience is empty: give rules or name recipients.', { audience: 'empty' });
  return audience;
}

const hasRules = (a: AdvisoryAudience) =>
  a.sectors.length > 0 || a.recipientTypes.length > 0 || a.states.length > 0 || a.ruralOnly;

/** The audience as one SQL condition over organization `o`: every rule must hold, or the recipient is named. */
export function audienceSql(a: AdvisoryAudience): { sql: string; params: Record<string, unknown> } {
  const rules: string[] = [];
  if (a.sectors.length) rules.push('o.sector = ANY(:aud_sectors)');
  if (a.recipientTypes.length) rules.push('o.recipient_type = ANY(:aud_types)');
  if (a.states.length) rules.push('o.state = ANY(:aud_states)');
  if (a.ruralOnly) rules.push('o.rural');
  const parts = [
    rules.length ? `(${rules.join(' AND ')})` : null,
    a.recipientIds.length ? 'o.id = ANY(CAST(:aud_ids AS uuid[]))' : null,
  ].filter(Boolean);
  return {
    sql: `o.kind = 'CRITICAL_INFRASTRUCTURE' AND (${parts.join(' OR ')})`,
    params: { aud_sectors: a.sectors, aud_types: a.recipientTypes, aud_states: a.states, aud_ids: a.recipientIds },
  };
}
