// The advisory and delivery lifecycles. Publishing delivers (one INSERT ... SELECT for the whole audience) and
// supersedes the advisory it replaces; withdrawing marks every delivery withdrawn with the reason. Both are the
// lifecycle's enter hooks, run by core/lifecycle.ts inside the move's transaction.
import { InvalidTransitionError, BadInputError } from '../../core/errors';
import { transitionIn, Lifecycle, type HookResult } from '../../core/lifecycle';
import { rawQuery } from '../../core/sql';
import { updateManyVersioned } from '../../core/transaction';
import type { RequestContext } from '../../core/context';
import { AdvisoryDelivery } from './advisory-delivery.entity';
import { Advisory } from './advisory.entity';
import { audienceSql } from './advisory.audience';
import { AdvisoryStatus as A, DeliveryStatus as D } from './advisory.enums';

async function deliver(tx: RequestContext, advisory: Advisory): Promise<HookResult> {
  const now = tx.clock.now();
  // An embargo holds on every path: an advisory carrying an entry still under embargo waits until it ends.
  const embargoed = await rawQuery<{ key: string; embargo_until: Date }>(
    tx.db,
    'SELECT key, embargo_until FROM clearinghouse_entry WHERE id = ANY(CAST(:ids AS uuid[])) AND embargo_until > :now ORDER BY embargo_until DESC',
    { ids: advisory.entryIds, now },
  );
  if (embargoed.length) {
    const until = new Date(embargoed[0].embargo_until).toISOString();
    throw new InvalidTransitionError(
      A.DRAFT,
      'publish',
      `The advisory carries entries under embargo (${embargoed.map((e) => e.key).join(', ')}); publish it after ${until}.`,
      { embargoedUntil: until },
    );
  }
  const where = audienceSql(advisory.audience);
  const inserted = await rawQuery(
    tx.db,
    `INSERT INTO advisory_delivery (advisory_id, recipient_id, delivered_at, status)
     SELECT :adv_id, o.id, :adv_now, 'DELIVERED' FROM organization o WHERE ${where.sql}
     ON CONFLICT (advisory_id, recipient_id) DO NOTHING RETURNING id`,
    { ...where.params, adv_id: advisory.id, adv_now: now },
  );
  if (!inserted.length)
    throw new BadInputError('The audience matches no recipient; nothing would be delivered.', {
      audience: 'matches no recipient',
    });
  const subjects: string[] = [];
  if (advisory.supersedesId) {
    const old = await transitionIn(tx, advisoryLifecycle, {
      id: advisory.supersedesId,
      action: 'supersede',
      note: `Superseded by ${advisory.title}`,
    });
    subjects.push(...old.subjects);
  }
  return { subjects, note: `${inserted.length} recipients` };
}

async function markWithdrawn(tx: RequestContext, advisory: Advisory): Promise<HookResult> {
  await updateManyVersioned(
    tx.db,
    AdvisoryDelivery,
    'advisory_id = :id AND withdrawn_at IS NULL',
    { id: advisory.id },
    { withdrawnAt: advisory.withdrawnAt ?? tx.clock.now(), withdrawalReason: advisory.withdrawalReason },
  );
  return {};
}

export const advisoryLifecycle = new Lifecycle(
  'Advisory',
  {
    publish: { from: [A.DRAFT], to: A.PUBLISHED },
    supersede: { from: [A.PUBLISHED], to: A.SUPERSEDED },
    withdraw: { from: [A.DRAFT, A.PUBLISHED], to: A.WITHDRAWN },
  },
  {
    entity: () => Advisory,
    states: A,
    initial: [A.DRAFT],
    enter: { [A.PUBLISHED]: deliver, [A.WITHDRAWN]: markWithdrawn },
  },
);

/** A recipient's progress only moves forward; repeating the current status is accepted and changes nothing. */
export const deliveryLifecycle = new Lifecycle(
  'AdvisoryDelivery',
  {
    ACKNOWLEDGED: { from: [D.DELIVERED], to: D.ACKNOWLEDGED },
    PATCH_IN_PROGRESS: { from: [D.DELIVERED, D.ACKNOWLEDGED], to: D.PATCH_IN_PROGRESS },
    PATCHED: { from: [D.DELIVERED, D.ACKNOWLEDGED, D.PATCH_IN_PROGRESS], to: D.PATCHED },
    NOT_AFFECTED: { from: [D.DELIVERED, D.ACKNOWLEDGED, D.PATCH_IN_PROGRESS], to: D.NOT_AFFECTED },
    DELIVERED: { from: [D.DELIVERED], to: D.DELIVERED },
  },
  { entity: () => AdvisoryDelivery, states: D, initial: [D.DELIVERED] },
);
