// Advisories to critical-infrastructure recipients: audience, set-based publishing, TLP, progress, coverage.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionClient, type ConcordClient } from '../sdk/index';
import {
  AdvisoryDetailDocument,
  AdvisoryPublishedDocument,
  ClearinghouseEntriesDocument,
  DeliveriesDocument,
  DraftAdvisoryDocument,
  MyAdvisoriesDocument,
  NodeDocument,
  PatchCoverageDocument,
  PreviewAudienceDocument,
  PublishAdvisoryDocument,
  ReportClearinghouseEntryDocument,
  TriageClearinghouseEntryDocument,
  UpdateDeliveryStatusDocument,
  ValidateClearinghouseEntryDocument,
  type AdvisoryAudienceInput,
} from '../sdk/generated/graphql';
import { fromGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, type Cast } from './support/fixtures';

const HOUR = 3_600_000;
let server: TestServer;
let cast: Cast;
let analyst: ConcordClient, dev: ConcordClient;
const r: Record<string, { id: string; client: ConcordClient; token: string }> = {};
const entryIds: string[] = [];

const AUDIENCE: AdvisoryAudienceInput = {
  recipientTypes: ['HOSPITAL', 'LOCAL_UTILITY'],
  sectors: ['WATER_AND_WASTEWATER_SYSTEMS', 'HEALTHCARE_AND_PUBLIC_HEALTH'],
  states: ['OH', 'PA'],
  ruralOnly: true,
};

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  server.concord.clock.set(new Date(Math.floor(Date.now() / 1000) * 1000));
  analyst = (
    await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])
  ).client;
  dev = (await cast.user((await cast.developer()).id, ['MEMBER'])).client;
  const make = async (name: string, over: Record<string, unknown>) => {
    const org = await cast.recipient({ name, ...over });
    const u = await cast.user(org.id, ['MEMBER']);
    r[name] = { id: org.id, client: u.client, token: await server.concord.auth.sign(fromGlobalId(u.id)!.id, u.email) };
  };
  await make('Meigs Rural Hospital', {
    recipientType: 'HOSPITAL',
    sector: 'HEALTHCARE_AND_PUBLIC_HEALTH',
    state: 'OH',
    rural: true,
  });
  await make('Potter Water District', {
    recipientType: 'LOCAL_UTILITY',
    sector: 'WATER_AND_WASTEWATER_SYSTEMS',
    state: 'PA',
    rural: true,
  });
  await make('Fulton Critical Access Hospital', {
    recipientType: 'HOSPITAL',
    sector: 'HEALTHCARE_AND_PUBLIC_HEALTH',
    state: 'PA',
    rural: true,
  });
  await make('Columbus General Hospital', {
    recipientType: 'HOSPITAL',
    sector: 'HEALTHCARE_AND_PUBLIC_HEALTH',
    state: 'OH',
    rural: false,
  });
  await make('Athens Rural Electric', { recipientType: 'LOCAL_UTILITY', sector: 'ENERGY', state: 'OH', rural: true });
  await make('Tucker County Hospital', {
    recipientType: 'HOSPITAL',
    sector: 'HEALTHCARE_AND_PUBLIC_HEALTH',
    state: 'WV',
    rural: true,
  });
  for (const title of ['Modbus gateway heap overflow', 'Infusion pump authentication bypass']) {
    const e = (
      await dev.execute(ReportClearinghouseEntryDocument, {
        input: {
          title,
          summary: `${title} affecting rural operators.`,
          marking: 'AMBER',
          affected: [{ vendor: 'V', product: 'P', versionRange: '<2' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: e.id } });
    await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: e.id } });
    entryIds.push(e.id);
  }
});
afterAll(async () => server?.stop());

describe('an urgent AMBER advisory to rural water utilities and hospitals in Ohio and Pennsylvania', () => {
  let advisoryId: string;

  it('1-2. is drafted and its audience previewed by type and state', async () => {
    const draft = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Patch Modbus gateways and infusion pumps now',
          summary: 'Two validated flaws are being exploited against rural operators.',
          entryIds,
          marking: 'AMBER',
          priority: 'URGENT',
          audience: AUDIENCE,
          acknowledgeWithinHours: 48,
          patchWithinDays: 14,
        },
      })
    ).draftAdvisory.advisory;
    advisoryId = draft.id;
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null, acknowledgeBy: null });
    const preview = (await analyst.execute(PreviewAudienceDocument, { audience: AUDIENCE })).previewAudience;
    expect(preview).toEqual({
      total: 3,
      byRecipientType: [
        { key: 'HOSPITAL', count: 2 },
        { key: 'LOCAL_UTILITY', count: 1 },
      ],
      byState: [
        { key: 'OH', count: 1 },
        { key: 'PA', count: 2 },
      ],
    });
  });

  it('3. publishing creates one delivery per recipient and notifies only the audience', async () => {
    const wsUrl = server.url.replace(/^http/, 'ws');
    const inside = createSubscriptionClient({
      url: wsUrl,
      token: r['Meigs Rural Hospital'].token,
      webSocketImpl: WebSocket,
    });
    const outside = createSubscriptionClient({
      url: wsUrl,
      token: r['Columbus General Hospital'].token,
      webSocketImpl: WebSocket,
    });
    const got: Record<string, string[]> = { inside: [], outside: [] };
    const runs = [
      (async () => {
        for await (const e of inside.subscribe(AdvisoryPublishedDocument)) got.inside.push(e.advisoryPublished.id);
      })().catch(() => undefined),
      (async () => {
        for await (const e of outside.subscribe(AdvisoryPublishedDocument)) got.outside.push(e.advisoryPublished.id);
      })().catch(() => undefined),
    ];
    await new Promise((res) => setTimeout(res, 300));
    const published = (await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId } })).publishAdvisory
      .advisory;
    expect(published.status).toBe('PUBLISHED');
    expect(published.acknowledgeBy).toBe(
      new Date(new Date(published.publishedAt!).getTime() + 48 * HOUR).toISOString(),
    );
    await new Promise((res) => setTimeout(res, 500));
    await inside.dispose();
    await outside.dispose();
    await Promise.all(runs);
    expect(got).toEqual({ inside: [advisoryId], outside: [] });
    const { deliveries } = await analyst.execute(DeliveriesDocument, { first: 50, filter: { advisoryId } });
    expect(deliveries.nodes.map((d) => d.recipient?.name).sort()).toEqual([
      'Fulton Critical Access Hospital',
      'Meigs Rural Hospital',
      'Potter Water District',
    ]);
  });

  it('4. a rural hospital sees the advisory and both AMBER entries, and reports its progress', async () => {
    const hospital = r['Meigs Rural Hospital'].client;
    const mine = (await hospital.execute(MyAdvisoriesDocument, { first: 10, filter: { open: true } })).myAdvisories;
    expect(mine.nodes.map((d) => d.advisory.id)).toEqual([advisoryId]);
    const detail = (await hospital.execute(AdvisoryDetailDocument, { id: advisoryId })).node;
    expect(detail).toMatchObject({ entries: entryIds.map((id) => ({ id })) });
    expect((await hospital.execute(ClearinghouseEntriesDocument, { first: 10 })).clearinghouseEntries.totalCount).toBe(
      2,
    );
    const deliveryId = mine.nodes[0].id;
    server.concord.clock.advance(5 * HOUR);
    expect(
      (await hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'ACKNOWLEDGED' } }))
        .updateDeliveryStatus.delivery.status,
    ).toBe('ACKNOWLEDGED');
    await hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'PATCH_IN_PROGRESS' } });
    server.concord.clock.advance(20 * HOUR);
    const patched = (await hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'PATCHED' } }))
      .updateDeliveryStatus.delivery;
    expect(patched).toMatchObject({ status: 'PATCHED', overdue: false });
    // The same report again is harmless; going backwards is not.
    const again = (await hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'PATCHED' } }))
      .updateDeliveryStatus.delivery;
    expect(again).toMatchObject({ status: 'PATCHED', version: patched.version, patchedAt: patched.patchedAt });
    const back = await expectError(
      hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'DELIVERED' } }),
    );
    expect(back.errors[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'PATCHED',
      action: 'DELIVERED',
    });
    expect(
      (
        await expectError(
          hospital.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'ACKNOWLEDGED' } }),
        )
      ).code,
    ).toBe('INVALID_TRANSITION');

    const utility = r['Potter Water District'].client;
    const uDelivery = (await utility.execute(MyAdvisoriesDocument, { first: 5 })).myAdvisories.nodes[0].id;
    expect(
      (
        await utility.execute(UpdateDeliveryStatusDocument, {
          input: { deliveryId: uDelivery, status: 'NOT_AFFECTED', note: 'We run the 3.x line, which is not affected.' },
        })
      ).updateDeliveryStatus.delivery,
    ).toMatchObject({ status: 'NOT_AFFECTED', note: 'We run the 3.x line, which is not affected.' });
    // Another recipient's delivery is simply not there.
    expect(
      (await expectError(utility.execute(UpdateDeliveryStatusDocument, { input: { deliveryId, status: 'PATCHED' } })))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('5. a recipient outside the audience sees neither the advisory nor its entries; the public nothing', async () => {
    for (const client of [r['Columbus General Hospital'].client, r['Athens Rural Electric'].client, cast.public]) {
      expect((await client.execute(NodeDocument, { id: advisoryId })).node).toBeNull();
      expect((await client.execute(ClearinghouseEntriesDocument, { first: 10 })).clearinghouseEntries.totalCount).toBe(
        0,
      );
      expect((await client.execute(MyAdvisoriesDocument, { first: 10 })).myAdvisories.totalCount).toBe(0);
    }
  });

  it('6. delivery stats and patch coverage are computed in SQL, and overdue follows the clock', async () => {
    const stats = async () =>
      (
        (await analyst.execute(AdvisoryDetailDocument, { id: advisoryId })).node as {
          deliveryStats: Record<string, number>;
        }
      ).deliveryStats;
    expect(await stats()).toEqual({
      targeted: 3,
      delivered: 1,
      acknowledged: 2,
      patchInProgress: 0,
      patched: 1,
      notAffected: 1,
      overdue: 0,
    });
    server.concord.clock.advance(24 * HOUR); // 49 hours after publication: Fulton never acknowledged.
    expect((await stats()).overdue).toBe(1);
    const overdue = (
      await analyst.execute(DeliveriesDocument, { first: 10, filter: { overdue: true, states: ['PA'] } })
    ).deliveries.nodes;
    expect(overdue.map((d) => [d.recipient?.name, d.overdue])).toEqual([['Fulton Critical Access Hospital', true]]);
    const byState = (await analyst.execute(PatchCoverageDocument, { groupBy: 'STATE', advisoryId })).patchCoverage;
    expect(byState).toEqual([
      {
        key: 'OH',
        targeted: 1,
        acknowledged: 1,
        patched: 1,
        notAffected: 0,
        overdue: 0,
        medianHoursToAcknowledge: 5,
        medianHoursToPatch: 25,
      },
      {
        key: 'PA',
        targeted: 2,
        acknowledged: 1,
        patched: 0,
        notAffected: 1,
        overdue: 1,
        medianHoursToAcknowledge: 25,
        medianHoursToPatch: null,
      },
    ]);
    const byType = (await analyst.execute(PatchCoverageDocument, { groupBy: 'RECIPIENT_TYPE', advisoryId }))
      .patchCoverage;
    expect(byType.map((x) => [x.key, x.targeted, x.overdue])).toEqual([
      ['HOSPITAL', 2, 1],
      ['LOCAL_UTILITY', 1, 0],
    ]);
    await expectForbidden(
      r['Meigs Rural Hospital'].client.execute(PatchCoverageDocument, { groupBy: 'SECTOR' }),
      'ANALYST',
    );
  });

  it('7. a superseding advisory replaces the earlier one, and recipients see the link', async () => {
    const next = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Updated: patch Modbus gateways',
          summary: 'A second fix is out; apply 2.4.2.',
          entryIds,
          marking: 'AMBER',
          priority: 'URGENT',
          audience: AUDIENCE,
          acknowledgeWithinHours: 48,
          patchWithinDays: 14,
          supersedesId: advisoryId,
        },
      })
    ).draftAdvisory.advisory;
    await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: next.id } });
    const old = (await r['Fulton Critical Access Hospital'].client.execute(AdvisoryDetailDocument, { id: advisoryId }))
      .node;
    expect(old).toMatchObject({ status: 'SUPERSEDED', supersededBy: { id: next.id } });
    expect(
      (await r['Fulton Critical Access Hospital'].client.execute(AdvisoryDetailDocument, { id: next.id })).node,
    ).toMatchObject({ supersedes: { id: advisoryId } });
  });
});

describe('audience rules', () => {
  it('an empty audience is BAD_USER_INPUT; rules plus named recipients are delivered once each', async () => {
    const empty = await expectError(
      analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Empty audience',
          summary: 'Nobody would get this.',
          entryIds,
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience: {},
        },
      }),
    );
    expect(empty.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { audience: 'empty' } });
    const audience = {
      ...AUDIENCE,
      states: ['OH'],
      recipientIds: [r['Meigs Rural Hospital'].id, r['Tucker County Hospital'].id, r['Tucker County Hospital'].id],
    };
    expect((await analyst.execute(PreviewAudienceDocument, { audience })).previewAudience.total).toBe(2);
    const a = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Named plus rules',
          summary: 'Rules and named recipients.',
          entryIds,
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience,
        },
      })
    ).draftAdvisory.advisory;
    await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: a.id } });
    const names = (
      await analyst.execute(DeliveriesDocument, { first: 10, filter: { advisoryId: a.id } })
    ).deliveries.nodes
      .map((d) => d.recipient?.name)
      .sort();
    expect(names).toEqual(['Meigs Rural Hospital', 'Tucker County Hospital']);
    // Rules that match nobody cannot be published.
    const none = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Nobody matches',
          summary: 'Alaska has no rural water here.',
          entryIds,
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience: { states: ['AK'] },
        },
      })
    ).draftAdvisory.advisory;
    expect((await expectError(analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: none.id } }))).code).toBe(
      'BAD_USER_INPUT',
    );
    await expectForbidden(
      dev.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Not an analyst',
          summary: 'Developers cannot.',
          entryIds,
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience,
        },
      }),
      'CLEARINGHOUSE_OPERATOR',
    );
  });

  it('publishing to thousands of recipients takes the same few statements as publishing to one', async () => {
    const db = server.concord.db;
    await db.query(`INSERT INTO organization (kind, name, slug, recipient_type, sector, state, county, rural, size_tier)
      SELECT 'CRITICAL_INFRASTRUCTURE', 'Bulk hospital ' || i, 'bulk-hospital-' || i, 'HOSPITAL', 'HEALTHCARE_AND_PUBLIC_HEALTH', 'NE', 'Custer', true, 'SMALL' FROM generate_series(1, 3000) AS i`);
    const publishCost = async (audience: AdvisoryAudienceInput) => {
      const a = (
        await analyst.execute(DraftAdvisoryDocument, {
          input: {
            title: 'Bulk publication',
            summary: 'To every rural hospital in Nebraska.',
            entryIds,
            marking: 'GREEN',
            priority: 'ROUTINE',
            audience,
          },
        })
      ).draftAdvisory.advisory;
      const before = server.concord.queries.total;
      await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: a.id } });
      return { statements: server.concord.queries.total - before, id: a.id };
    };
    const one = await publishCost({ recipientIds: [r['Tucker County Hospital'].id] });
    const many = await publishCost({ states: ['NE'], recipientTypes: ['HOSPITAL'] });
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM advisory_delivery WHERE advisory_id = $1', [
      fromGlobalId(many.id)!.id,
    ]);
    expect(n).toBe(3000);
    expect(many.statements).toBe(one.statements);
    expect(many.statements).toBeLessThan(20);
  });
});
