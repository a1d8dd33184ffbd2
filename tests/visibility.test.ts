import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcordClient } from '../sdk/index';
import {
  AgenciesDocument,
  ApiKeysDocument,
  DevelopersDocument,
  FrontierModelsDocument,
  IssueApiKeyDocument,
  NodeDocument,
  NodesDocument,
  RecipientsDocument,
  RegisterFrontierModelDocument,
  UpdateFrontierModelDocument,
  UsersDocument,
} from '../sdk/generated/graphql';
import { fromGlobalId, toGlobalId } from '../server/core/ids';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, expectForbidden, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;
let devA: { id: string }, devB: { id: string }, hospital: { id: string }, otherHospital: { id: string };
let memberA: ConcordClient,
  memberB: ConcordClient,
  hospitalMember: ConcordClient,
  analyst: ConcordClient,
  federal: ConcordClient;
let unreleasedA: string, releasedA: string;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  devA = await cast.developer();
  devB = await cast.developer();
  hospital = await cast.recipient();
  otherHospital = await cast.recipient();
  const nsa = await cast.agency({ acronym: 'NSA', capabilities: ['DESIGNATION_AUTHORITY'] });
  const interior = await cast.agency({ acronym: 'DOI', capabilities: ['FEDERAL_CIVILIAN'] });
  memberA = (await cast.user(devA.id, ['MEMBER', 'ORG_ADMIN'])).client;
  memberB = (await cast.user(devB.id, ['MEMBER'])).client;
  hospitalMember = (await cast.user(hospital.id, ['MEMBER'])).client;
  analyst = (await cast.user(nsa.id, ['ANALYST'])).client;
  federal = (await cast.user(interior.id, ['MEMBER'])).client;
  const future = new Date(Date.now() + 60 * 86400000).toISOString();
  unreleasedA = (
    await memberA.execute(RegisterFrontierModelDocument, {
      input: { name: 'Secret', modelVersion: '1.0', plannedReleaseAt: future },
    })
  ).registerFrontierModel.model.id;
  releasedA = (await memberA.execute(RegisterFrontierModelDocument, { input: { name: 'Public', modelVersion: '0.9' } }))
    .registerFrontierModel.model.id;
  // Released models are visible to signed-in users; mark one released directly (the release workflow is its own module).
  await server.concord.db.query('UPDATE frontier_model SET released_at = now() WHERE id = $1', [
    fromGlobalId(releasedA)!.id,
  ]);
});
afterAll(async () => server?.stop());

async function modelIds(client: ConcordClient) {
  const { frontierModels } = await client.execute(FrontierModelsDocument, {
    first: 100,
    filter: { developerId: devA.id },
  });
  return { ids: frontierModels.edges.map((e) => e.node.id).sort(), total: frontierModels.totalCount };
}

describe('who sees which frontier models', () => {
  it('the developer sees its own, released or not', async () => {
    expect(await modelIds(memberA)).toEqual({ ids: [unreleasedA, releasedA].sort(), total: 2 });
  });
  it('another developer sees only the released one, in the list, the count and node()', async () => {
    expect(await modelIds(memberB)).toEqual({ ids: [releasedA], total: 1 });
    expect((await memberB.execute(NodeDocument, { id: unreleasedA })).node).toBeNull();
    expect(
      (await memberB.execute(NodesDocument, { ids: [unreleasedA, releasedA] })).nodes.map((n) => n?.id ?? null),
    ).toEqual([null, releasedA]);
  });
  it('the government sees everything', async () => {
    expect(await modelIds(analyst)).toEqual({ ids: [unreleasedA, releasedA].sort(), total: 2 });
  });
  it('a recipient sees only released models; the public none', async () => {
    expect(await modelIds(hospitalMember)).toEqual({ ids: [releasedA], total: 1 });
    expect(await modelIds(cast.public)).toEqual({ ids: [], total: 0 });
    expect((await cast.public.execute(NodeDocument, { id: releasedA })).node).toBeNull();
  });
});

describe('who sees which organizations', () => {
  it('the public sees developers and nothing else', async () => {
    const devs = await cast.public.execute(DevelopersDocument, { first: 100 });
    expect(devs.developers.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([devA.id, devB.id]));
    expect((await cast.public.execute(RecipientsDocument, { first: 100 })).recipients.totalCount).toBe(0);
    expect((await cast.public.execute(AgenciesDocument, { first: 100 })).agencies.totalCount).toBe(0);
    expect((await cast.public.execute(NodeDocument, { id: hospital.id })).node).toBeNull();
    expect((await cast.public.execute(UsersDocument, { first: 10 })).users.totalCount).toBe(0);
  });
  it('a recipient sees itself but not another recipient', async () => {
    const { recipients } = await hospitalMember.execute(RecipientsDocument, { first: 100 });
    expect(recipients.totalCount).toBe(1);
    expect(recipients.edges[0].node.id).toBe(hospital.id);
    expect((await hospitalMember.execute(NodeDocument, { id: otherHospital.id })).node).toBeNull();
  });
  it('a developer sees agencies and developers, no recipients', async () => {
    expect((await memberA.execute(RecipientsDocument, { first: 100 })).recipients.totalCount).toBe(0);
    expect((await memberA.execute(AgenciesDocument, { first: 100 })).agencies.totalCount).toBeGreaterThanOrEqual(3);
  });
  it('the government sees every recipient', async () => {
    const { recipients } = await analyst.execute(RecipientsDocument, { first: 100 });
    expect(recipients.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([hospital.id, otherHospital.id]));
  });
  it('a federal agency member sees its own people only', async () => {
    const { users } = await federal.execute(UsersDocument, { first: 100 });
    expect(users.totalCount).toBe(1);
  });
});

describe('API keys', () => {
  it('are visible to the organization admins only', async () => {
    await memberA.execute(IssueApiKeyDocument, { input: { organizationId: devA.id, name: 'ci' } });
    expect((await memberA.execute(ApiKeysDocument, { first: 10 })).apiKeys.totalCount).toBe(1);
    expect((await memberB.execute(ApiKeysDocument, { first: 10 })).apiKeys.totalCount).toBe(0);
    expect((await analyst.execute(ApiKeysDocument, { first: 10 })).apiKeys.totalCount).toBe(0);
  });
});

describe('hidden is the same as missing', () => {
  it('node() and mutations answer a hidden id exactly as a random one', async () => {
    const random = toGlobalId('FrontierModel', randomUUID());
    expect(await memberB.execute(NodeDocument, { id: unreleasedA })).toEqual(
      await memberB.execute(NodeDocument, { id: random }),
    );
    const strip = (e: Awaited<ReturnType<typeof expectError>>) => ({
      status: e.status,
      errors: e.errors.map(({ extensions: { requestId: _r, ...ext }, ...rest }) => ({ ...rest, extensions: ext })),
    });
    const hidden = await expectError(
      memberB.execute(UpdateFrontierModelDocument, {
        input: { id: unreleasedA, expectedVersion: 1, name: 'mine now' },
      }),
    );
    const missing = await expectError(
      memberB.execute(UpdateFrontierModelDocument, { input: { id: random, expectedVersion: 1, name: 'mine now' } }),
    );
    expect(hidden.code).toBe('NOT_FOUND');
    expect(strip(hidden)).toEqual(strip(missing));
    // A model another developer can see (released) but may not change is FORBIDDEN, naming the relationship.
    await expectForbidden(
      memberB.execute(UpdateFrontierModelDocument, { input: { id: releasedA, expectedVersion: 1, name: 'x' } }),
      'MODEL_DEVELOPER',
    );
  });
  it("garbage ids are the caller's mistake, well-formed unknown ids are simply not found", async () => {
    const garbage = await expectError(memberB.execute(NodeDocument, { id: 'garbage!!' }));
    expect(garbage.code).toBe('BAD_USER_INPUT');
    expect(garbage.errors[0].extensions.fields).toEqual({ id: 'not a Concord id' });
    expect((await memberB.execute(NodeDocument, { id: toGlobalId('Developer', randomUUID()) })).node).toBeNull();
    // An id of the wrong type for the input is a bad input, naming the field.
    const err = await expectError(
      memberA.execute(UpdateFrontierModelDocument, { input: { id: devA.id, expectedVersion: 1, name: 'x' } }),
    );
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.errors[0].extensions.fields).toHaveProperty('id');
  });
});
