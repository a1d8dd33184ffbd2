// AI cyber-defense tools: eligibility, approval and provisioning, and seats that never oversubscribe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  DecideToolGrantDocument,
  DefenseToolsDocument,
  OfferDefenseToolDocument,
  RequestToolGrantDocument,
  ToolGrantsDocument,
} from '../sdk/generated/graphql';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;
let dev: ConcordClient, analyst: ConcordClient, hospital: ConcordClient, bigBank: ConcordClient;
let toolId: string;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  dev = (await cast.user((await cast.developer({ name: 'Atlas AI' })).id, ['MEMBER'])).client;
  analyst = (
    await cast.user((await cast.agency({ acronym: 'CISA', capabilities: ['CLEARINGHOUSE_OPERATOR'] })).id, ['ANALYST'])
  ).client;
  hospital = (await cast.user((await cast.recipient({ sizeTier: 'SMALL' })).id, ['MEMBER'])).client;
  bigBank = (
    await cast.user(
      (await cast.recipient({ recipientType: 'COMMUNITY_BANK', sector: 'FINANCIAL_SERVICES', sizeTier: 'LARGE' })).id,
      ['MEMBER'],
    )
  ).client;
  toolId = (
    await dev.execute(OfferDefenseToolDocument, {
      input: {
        name: 'Atlas Sentinel',
        description: 'AI log triage and phishing detection for small operators.',
        capabilities: ['log triage', 'phishing detection'],
        eligibility: { recipientTypes: ['HOSPITAL', 'LOCAL_UTILITY'], sizeTiers: ['SMALL'] },
        seats: 50,
      },
    })
  ).offerDefenseTool.tool.id;
});
afterAll(async () => server?.stop());

describe('defense tools', () => {
  it('eligible recipients see and request it; to others the tool is missing', async () => {
    expect((await hospital.execute(DefenseToolsDocument, { first: 10 })).defenseTools.nodes.map((t) => t.id)).toEqual([
      toolId,
    ]);
    expect((await bigBank.execute(DefenseToolsDocument, { first: 10 })).defenseTools.totalCount).toBe(0);
    const grant = (await hospital.execute(RequestToolGrantDocument, { input: { toolId, note: 'Two-person IT team.' } }))
      .requestToolGrant.grant;
    expect(grant.status).toBe('REQUESTED');
    expect((await expectError(hospital.execute(RequestToolGrantDocument, { input: { toolId } }))).code).toBe(
      'CONFLICT',
    );
    // The bank sees no such tool: asking for it is NOT_FOUND, exactly like a random id, and names nothing.
    const denied = await expectError(bigBank.execute(RequestToolGrantDocument, { input: { toolId } }));
    expect(denied.code).toBe('NOT_FOUND');
    expect(denied.message).not.toMatch(/Atlas|HOSPITAL/);
    // An agency approves, the developer provisions.
    expect(
      (await analyst.execute(DecideToolGrantDocument, { input: { grantId: grant.id, action: 'APPROVE' } }))
        .decideToolGrant.grant.status,
    ).toBe('APPROVED');
    expect(
      (await dev.execute(DecideToolGrantDocument, { input: { grantId: grant.id, action: 'PROVISION' } }))
        .decideToolGrant.grant.status,
    ).toBe('PROVISIONED');
    expect(
      (await expectError(dev.execute(DecideToolGrantDocument, { input: { grantId: grant.id, action: 'APPROVE' } })))
        .errors[0].extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PROVISIONED', action: 'APPROVE' });
    await expectForbidden(
      hospital.execute(DecideToolGrantDocument, { input: { grantId: grant.id, action: 'REVOKE' } }),
      'TOOL_DEVELOPER',
    );
    expect((await hospital.execute(ToolGrantsDocument, { first: 10 })).toolGrants.nodes.map((g) => g.status)).toEqual([
      'PROVISIONED',
    ]);
  });

  it('with 60 concurrent approvals for the last 10 seats, exactly 10 are granted', async () => {
    const db = server.concord.db;
    const tool = fromGlobalId(toolId)!.id;
    await db.query(`INSERT INTO organization (kind, name, slug, recipient_type, sector, state, county, rural, size_tier)
      SELECT 'CRITICAL_INFRASTRUCTURE', 'Seat hospital ' || i, 'seat-hospital-' || i, 'HOSPITAL', 'HEALTHCARE_AND_PUBLIC_HEALTH', 'KS', 'Ness', true, 'SMALL' FROM generate_series(1, 99) AS i`);
    // 39 seats already held (plus the provisioned one above): 10 left.
    await db.query(
      `INSERT INTO tool_grant (tool_id, recipient_id, status) SELECT $1, id, 'APPROVED' FROM organization WHERE slug LIKE 'seat-hospital-%' ORDER BY slug LIMIT 39`,
      [tool],
    );
    const pending: { id: string }[] = await db.query(
      `INSERT INTO tool_grant (tool_id, recipient_id, status)
      SELECT $1, id, 'REQUESTED' FROM organization WHERE slug LIKE 'seat-hospital-%' ORDER BY slug OFFSET 39 RETURNING id`,
      [tool],
    );
    expect(pending).toHaveLength(60);
    const results = await Promise.allSettled(
      pending.map((g) =>
        dev.execute(DecideToolGrantDocument, { input: { grantId: toGlobalId('ToolGrant', g.id), action: 'APPROVE' } }),
      ),
    );
    const granted = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(granted).toHaveLength(10);
    expect(refused.every((r) => r.reason.code === 'CONFLICT')).toBe(true);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM tool_grant WHERE tool_id = $1 AND status IN ('APPROVED', 'PROVISIONED')`,
      [tool],
    );
    expect(n).toBe(50);
    expect((await dev.execute(DefenseToolsDocument, { first: 5 })).defenseTools.nodes[0]).toMatchObject({
      seats: 50,
      seatsTaken: 50,
    });
  });
});
