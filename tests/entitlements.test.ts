// Entitlements that cannot be escalated or probed: role ceilings for users and keys, no existence oracles,
// embargo on every path, and live access that ends with the credential.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ConcordClient } from '../sdk/index';
import {
  CreateUserDocument,
  DesignationsDocument,
  DirectivesDocument,
  DraftDirectiveDocument,
  ProposeReviewWindowDocument,
  ReviewWindowsDocument,
  DraftAdvisoryDocument,
  EntryDetailDocument,
  IssueApiKeyDocument,
  OpenDesignationDocument,
  PublishAdvisoryDocument,
  RegisterFrontierModelDocument,
  ReportClearinghouseEntryDocument,
  RequestDesignationDocument,
  RevokeApiKeyDocument,
  TriageClearinghouseEntryDocument,
  UpdateAgencyDocument,
  UpdateUserDocument,
  ValidateClearinghouseEntryDocument,
  ViewerDocument,
  type Role,
} from '../sdk/generated/graphql';
import { fromGlobalId } from '../server/core/ids';
import { repairRoleCeilings } from '../server/db/migrations/1765000000000-Entitlements';
import { startReplica, startTestServer, type TestServer } from './support/server';
import { createCast, expectError, unique, type Cast } from './support/fixtures';
import { postGraphQL, subscribeOnce } from './support/transports';

let server: TestServer;
let cast: Cast;
const org: Record<string, { id: string }> = {};
const admins: Record<string, { id: string; email: string; client: ConcordClient }> = {};

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  org.nsa = await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY', 'CLEARINGHOUSE_OPERATOR'] });
  org.interior = await cast.agency({ acronym: 'DOI', capabilities: ['FEDERAL_CIVILIAN'] });
  org.lab = await cast.developer();
  org.otherLab = await cast.developer();
  org.hospital = await cast.recipient();
  admins.nsa = await cast.user(org.nsa.id, ['ORG_ADMIN', 'ANALYST']);
  admins.interior = await cast.user(org.interior.id, ['ORG_ADMIN', 'MEMBER']);
  admins.lab = await cast.user(org.lab.id, ['ORG_ADMIN', 'MEMBER']);
  admins.nsaMember = await cast.user(org.nsa.id, ['MEMBER']);
});
afterAll(async () => server?.stop());

describe('role ceilings', () => {
  // (granter, target organization, role) -> allowed, or the code of the refusal.
  const TABLE: Array<[string, string, Role, 'allowed' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND']> = [
    ['platform admin', 'nsa', 'ANALYST', 'allowed'],
    ['platform admin', 'nsa', 'PLATFORM_ADMIN', 'allowed'],
    ['platform admin', 'interior', 'ANALYST', 'BAD_USER_INPUT'],
    ['platform admin', 'interior', 'PLATFORM_ADMIN', 'BAD_USER_INPUT'],
    ['platform admin', 'lab', 'ANALYST', 'BAD_USER_INPUT'],
    ['platform admin', 'hospital', 'PLATFORM_ADMIN', 'BAD_USER_INPUT'],
    ['platform admin', 'lab', 'ORG_ADMIN', 'allowed'],
    ['nsa org admin', 'nsa', 'ANALYST', 'FORBIDDEN'],
    ['nsa org admin', 'nsa', 'PLATFORM_ADMIN', 'FORBIDDEN'],
    ['nsa org admin', 'nsa', 'ORG_ADMIN', 'allowed'],
    ['nsa org admin', 'nsa', 'MEMBER', 'allowed'],
    ['nsa org admin', 'lab', 'MEMBER', 'FORBIDDEN'],
    ['interior org admin', 'interior', 'ANALYST', 'FORBIDDEN'],
    ['interior org admin', 'interior', 'PLATFORM_ADMIN', 'FORBIDDEN'],
    ['interior org admin', 'interior', 'MEMBER', 'allowed'],
    ['lab org admin', 'lab', 'ANALYST', 'FORBIDDEN'],
    ['lab org admin', 'lab', 'ORG_ADMIN', 'allowed'],
    ['lab org admin', 'otherLab', 'MEMBER', 'FORBIDDEN'],
    ['lab org admin', 'hospital', 'MEMBER', 'NOT_FOUND'],
    ['nsa member', 'nsa', 'MEMBER', 'FORBIDDEN'],
  ];
  const granter = (name: string) =>
    ({
      'platform admin': cast.admin,
      'nsa org admin': admins.nsa.client,
      'interior org admin': admins.interior.client,
      'lab org admin': admins.lab.client,
      'nsa member': admins.nsaMember.client,
    })[name]!;

  it.each(TABLE)('%s creating a user in %s with %s: %s', async (who, target, role, expected) => {
    const attempt = granter(who).execute(CreateUserDocument, {
      input: { organizationId: org[target].id, email: `${unique('u')}@example.org`, name: 'New Person', roles: [role] },
    });
    if (expected === 'allowed') {
      expect((await attempt).createUser.user.roles).toEqual([role]);
    } else {
      const err = await expectError(attempt);
      expect(err.code).toBe(expected);
      if (expected === 'FORBIDDEN') expect(err.errors[0].extensions.required).toEqual(expect.any(String));
    }
  });

  it.each(TABLE.filter(([, , role]) => role !== 'PLATFORM_ADMIN'))(
    '%s issuing a key for %s with %s: %s',
    async (who, target, role, expected) => {
      const attempt = granter(who).execute(IssueApiKeyDocument, {
        input: { organizationId: org[target].id, name: 'automation', roles: [role] },
      });
      if (expected === 'allowed') expect((await attempt).issueApiKey.apiKey.roles).toEqual([role]);
      else expect((await expectError(attempt)).code).toBe(expected);
    },
  );

  it('never puts PLATFORM_ADMIN on a key, and keeps a key within its creator', async () => {
    expect(
      (
        await expectError(
          cast.admin.execute(IssueApiKeyDocument, {
            input: { organizationId: org.nsa.id, name: 'k', roles: ['PLATFORM_ADMIN'] },
          }),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    // The Interior admin holds no ANALYST and could not pass one on even if the ceiling allowed it.
    expect(
      (
        await expectError(
          admins.interior.client.execute(IssueApiKeyDocument, {
            input: { organizationId: org.interior.id, name: 'k', roles: ['ANALYST'] },
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('an org admin of a federal civilian agency cannot make itself an analyst', async () => {
    const me = (await admins.interior.client.execute(ViewerDocument)).viewer.user!;
    const err = await expectError(
      admins.interior.client.execute(UpdateUserDocument, {
        input: { id: me.id, expectedVersion: me.version, roles: ['ORG_ADMIN', 'ANALYST'] },
      }),
    );
    expect(err.code).toBe('FORBIDDEN');
    expect(err.errors[0].extensions.required).toBe('PLATFORM_ADMIN');
    // Nor can an NSA org admin take ANALYST away: that is the platform administrator's.
    const colleague = await cast.user(org.nsa.id, ['ANALYST']);
    const [row] = await server.concord.db.query('SELECT version FROM user_account WHERE id = $1', [
      fromGlobalId(colleague.id)!.id,
    ]);
    expect(
      (
        await expectError(
          admins.nsa.client.execute(UpdateUserDocument, {
            input: { id: colleague.id, expectedVersion: row.version, roles: ['MEMBER'] },
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('an ANALYST left in a reporting-only agency sees nothing of the government, and the repair removes it', async () => {
    const [legacy] = await server.concord.db.query(
      `INSERT INTO user_account (organization_id, email, name, roles) VALUES ($1, $2, 'Legacy', ARRAY['ANALYST','MEMBER']::varchar[]) RETURNING id, email`,
      [fromGlobalId(org.interior.id)!.id, `${unique('legacy')}@doi.gov`],
    );
    const client = createClient({ url: server.url, token: await server.concord.auth.sign(legacy.id, legacy.email) });
    const model = (
      await admins.lab.client.execute(RegisterFrontierModelDocument, {
        input: { developerId: org.lab.id, name: unique('Model'), modelVersion: '1' },
      })
    ).registerFrontierModel.model;
    await admins.nsa.client.execute(OpenDesignationDocument, {
      input: { modelId: model.id, basis: 'BENCHMARK_SCREENING' },
    });
    expect((await client.execute(DesignationsDocument, { first: 5 })).designations.totalCount).toBe(0);
    await repairRoleCeilings(server.concord.db);
    const [after] = await server.concord.db.query('SELECT roles FROM user_account WHERE id = $1', [legacy.id]);
    expect(after.roles).toEqual(['MEMBER']);
    // Analysts in a government agency are untouched.
    const [nsaAdmin] = await server.concord.db.query('SELECT roles FROM user_account WHERE id = $1', [
      fromGlobalId(admins.nsa.id)!.id,
    ]);
    expect(nsaAdmin.roles).toContain('ANALYST');
  });
});

describe('no existence oracles', () => {
  it('a developer requesting a determination while a confidential screening is open gets its own case, and learns nothing', async () => {
    const model = (
      await admins.lab.client.execute(RegisterFrontierModelDocument, {
        input: { developerId: org.lab.id, name: unique('Model'), modelVersion: '2' },
      })
    ).registerFrontierModel.model;
    await admins.nsa.client.execute(OpenDesignationDocument, {
      input: { modelId: model.id, basis: 'BENCHMARK_SCREENING' },
    });
    const mine = (
      await admins.lab.client.execute(RequestDesignationDocument, {
        input: { modelId: model.id, question: 'Is it covered?' },
      })
    ).requestDesignation.designation;
    expect(mine).toMatchObject({ basis: 'DEVELOPER_REQUEST', status: 'OPEN' });
    // Its own open case is visible, so asking again is an honest CONFLICT.
    expect(
      (await expectError(admins.lab.client.execute(RequestDesignationDocument, { input: { modelId: model.id } }))).code,
    ).toBe('CONFLICT');
    const seen = await admins.lab.client.execute(DesignationsDocument, { first: 10, filter: { modelId: model.id } });
    expect(seen.designations.totalCount).toBe(1);
  });

  it('creating a user whose email exists in another organization reveals nothing, and never captures that account', async () => {
    const email = `${unique('shared')}@example.org`;
    const original = await cast.user(org.hospital.id, ['MEMBER']);
    await server.concord.db.query('UPDATE user_account SET email = $1 WHERE id = $2', [
      email,
      fromGlobalId(original.id)!.id,
    ]);
    const created = (
      await admins.lab.client.execute(CreateUserDocument, {
        input: { organizationId: org.lab.id, email, name: 'Same Email', roles: ['MEMBER'] },
      })
    ).createUser.user;
    expect(created.email).toBe(email);
    // A token naming the email (as an identity provider's would) still signs in the original account.
    const byEmail = createClient({ url: server.url, token: await server.concord.auth.sign('idp-subject', email) });
    expect((await byEmail.execute(ViewerDocument)).viewer.organization?.id).toBe(org.hospital.id);
    // Within the organization, the same email twice is an honest CONFLICT.
    expect(
      (
        await expectError(
          admins.lab.client.execute(CreateUserDocument, {
            input: { organizationId: org.lab.id, email, name: 'Again', roles: ['MEMBER'] },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
  });

  it('directive codes and open review windows clash only with what the caller already sees', async () => {
    // Every directive issuer is a government analyst, and the government sees every directive, drafts included:
    // a clash of codes tells an issuer nothing it could not read.
    const omb = await cast.agency({ acronym: 'OMB', capabilities: ['DIRECTIVE_ISSUER'] });
    const cisa = await cast.agency({ acronym: 'CISA', capabilities: ['DIRECTIVE_ISSUER'] });
    const [ombAnalyst, cisaAnalyst] = [await cast.user(omb.id, ['ANALYST']), await cast.user(cisa.id, ['ANALYST'])];
    const code = `BOD 26-${String(Math.floor(Math.random() * 90) + 10)}`;
    const draft = {
      code,
      kind: 'BINDING_OPERATIONAL_DIRECTIVE' as const,
      title: 'A directive title',
      summary: 'A directive summary.',
      requiredActions: [{ title: 'Inventory', description: 'Inventory assets.', dueInDays: 30 }],
    };
    await cisaAnalyst.client.execute(DraftDirectiveDocument, { input: draft });
    expect(
      (await ombAnalyst.client.execute(DirectivesDocument, { first: 50 })).directives.nodes.map((d) => d.code),
    ).toContain(code);
    expect((await expectError(ombAnalyst.client.execute(DraftDirectiveDocument, { input: draft }))).code).toBe(
      'CONFLICT',
    );
    // One open review window per model: only the model's developer proposes, and it sees all of its windows.
    const model = (
      await admins.lab.client.execute(RegisterFrontierModelDocument, {
        input: {
          developerId: org.lab.id,
          name: unique('Model'),
          modelVersion: '3',
          plannedReleaseAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
        },
      })
    ).registerFrontierModel.model;
    const window = {
      modelId: model.id,
      accessStartsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      reviewingAgencyIds: [org.nsa.id],
      accessTerms: { confidentiality: 'c', intellectualProperty: 'ip', insiderRisk: 'ir' },
    };
    await admins.lab.client.execute(ProposeReviewWindowDocument, { input: window });
    expect(
      (await admins.lab.client.execute(ReviewWindowsDocument, { first: 10 })).reviewWindows.nodes.some(
        (w) => w.model.id === model.id,
      ),
    ).toBe(true);
    expect((await expectError(admins.lab.client.execute(ProposeReviewWindowDocument, { input: window }))).code).toBe(
      'CONFLICT',
    );
  });

  it('only platform administrators create organizations, so slug conflicts reveal nothing to anyone else', async () => {
    const r = await postGraphQL(
      server.url,
      { query: 'mutation { createDeveloper(input: { name: "Probe Lab", slug: "x-lab-probe" }) { developer { id } } }' },
      { authorization: `Bearer ${await server.concord.auth.sign(fromGlobalId(admins.lab.id)!.id, admins.lab.email)}` },
    );
    expect(r.body.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('embargo holds everywhere', () => {
  it('refuses to publish an advisory carrying an embargoed entry until the embargo ends; recipients see nothing before', async () => {
    const dev = await cast.user(org.lab.id, ['MEMBER']);
    const analyst = (await cast.user(org.nsa.id, ['ANALYST'])).client;
    const hospitalUser = await cast.user(org.hospital.id, ['MEMBER']);
    const embargoUntil = new Date(server.concord.clock.now().getTime() + 2 * 86_400_000).toISOString();
    const entry = (
      await dev.client.execute(ReportClearinghouseEntryDocument, {
        input: {
          title: 'PLC firmware backdoor',
          summary: 'A hard-coded credential in PLC firmware.',
          marking: 'AMBER',
          embargoUntil,
          affected: [{ vendor: 'V', product: 'PLC', versionRange: '<3' }],
        },
      })
    ).reportClearinghouseEntry.entry;
    await analyst.execute(TriageClearinghouseEntryDocument, { input: { id: entry.id } });
    await analyst.execute(ValidateClearinghouseEntryDocument, { input: { id: entry.id } });
    const draft = (
      await analyst.execute(DraftAdvisoryDocument, {
        input: {
          title: 'Patch PLC firmware',
          summary: 'Backdoor in PLC firmware.',
          entryIds: [entry.id],
          marking: 'AMBER',
          priority: 'URGENT',
          audience: { recipientIds: [org.hospital.id] },
        },
      })
    ).draftAdvisory.advisory;
    const refused = await expectError(analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: draft.id } }));
    expect(refused.errors[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      action: 'publish',
      embargoedUntil: embargoUntil,
    });
    expect((await hospitalUser.client.execute(EntryDetailDocument, { id: entry.id })).node).toBeNull();
    server.concord.clock.advance(3 * 86_400_000);
    try {
      await analyst.execute(PublishAdvisoryDocument, { input: { advisoryId: draft.id } });
      expect((await hospitalUser.client.execute(EntryDetailDocument, { id: entry.id })).node).toMatchObject({
        id: entry.id,
      });
    } finally {
      server.concord.clock.reset();
    }
  });
});

describe('live access ends with the credential', () => {
  const sub = { query: 'subscription { advisoryPublished { id } }' };

  async function heldOpen(token: string, change: () => Promise<unknown>) {
    let subscribed!: () => void;
    const ready = new Promise<void>((r) => (subscribed = r));
    const outcome = subscribeOnce(server.url, sub, { token, timeoutMs: 8000, onSubscribed: () => subscribed() });
    await ready;
    const started = Date.now();
    await change();
    const result = await outcome;
    return { ...result, ms: Date.now() - started };
  }

  it('revoking an API key closes its subscriptions within seconds', async () => {
    const issued = (
      await admins.lab.client.execute(IssueApiKeyDocument, { input: { organizationId: org.lab.id, name: 'live' } })
    ).issueApiKey;
    const r = await heldOpen(issued.secret, () =>
      admins.lab.client.execute(RevokeApiKeyDocument, { input: { id: issued.apiKey.id } }),
    );
    expect(r).toMatchObject({ type: 'close', code: 4403 });
    expect(r.ms).toBeLessThan(3000);
  });

  it('deactivating a user, or changing its roles, closes its subscriptions', async () => {
    for (const change of [{ active: false }, { roles: ['ORG_ADMIN', 'MEMBER'] as Role[] }]) {
      const u = await cast.user(org.lab.id, ['MEMBER']);
      const token = await server.concord.auth.sign(fromGlobalId(u.id)!.id, u.email);
      const r = await heldOpen(token, () =>
        admins.lab.client.execute(UpdateUserDocument, { input: { id: u.id, expectedVersion: 1, ...change } }),
      );
      expect(r, JSON.stringify(change)).toMatchObject({ type: 'close', code: 4403 });
      expect(r.ms).toBeLessThan(3000);
    }
  });

  it('an agency losing its government capability loses its analysts live view', async () => {
    const agency = await cast.agency({ acronym: 'TRE', capabilities: ['CLEARINGHOUSE_OPERATOR'] });
    const u = await cast.user(agency.id, ['ANALYST']);
    const token = await server.concord.auth.sign(fromGlobalId(u.id)!.id, u.email);
    const r = await heldOpen(token, () =>
      cast.admin.execute(UpdateAgencyDocument, {
        input: { id: agency.id, expectedVersion: 1, capabilities: ['FEDERAL_CIVILIAN'] },
      }),
    );
    expect(r).toMatchObject({ type: 'close', code: 4403 });
  });

  it.runIf(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL)(
    'a key revoked on one replica closes its subscription on another',
    async () => {
      const a = await startTestServer({ REDIS_URL: process.env.TEST_REDIS_URL! });
      const b = await startReplica(a, { REDIS_URL: process.env.TEST_REDIS_URL! });
      try {
        const c = await createCast(a);
        const lab = await c.developer();
        const labAdmin = await c.user(lab.id, ['ORG_ADMIN', 'MEMBER']);
        const issued = (
          await labAdmin.client.execute(IssueApiKeyDocument, { input: { organizationId: lab.id, name: 'replica' } })
        ).issueApiKey;
        let subscribed!: () => void;
        const ready = new Promise<void>((r) => (subscribed = r));
        const outcome = subscribeOnce(b.url, sub, {
          token: issued.secret,
          timeoutMs: 8000,
          onSubscribed: () => subscribed(),
        });
        await ready;
        const started = Date.now();
        await labAdmin.client.execute(RevokeApiKeyDocument, { input: { id: issued.apiKey.id } });
        expect(await outcome).toMatchObject({ type: 'close', code: 4403 });
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        await b.stop();
        await a.stop();
      }
    },
  );

  it('an expiring token closes its subscription when it expires', async () => {
    const u = await cast.user(org.lab.id, ['MEMBER']);
    const ttl = server.concord.config.auth.tokenTtlSeconds;
    // Issued so that it expires about two seconds from now.
    const token = await server.concord.auth.sign(
      fromGlobalId(u.id)!.id,
      u.email,
      new Date(Date.now() - (ttl - 2) * 1000),
    );
    const r = await heldOpen(token, async () => undefined);
    expect(r).toMatchObject({ type: 'close', code: 4403 });
    expect(r.ms).toBeLessThan(5000);
  });
});
