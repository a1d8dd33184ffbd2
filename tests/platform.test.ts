import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcordRequestError } from '../sdk/index';
import {
  DevelopersDocument,
  RegisterFrontierModelDocument,
  ViewerDocument,
  FrontierModelsDocument,
} from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, expectError, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
});
afterAll(async () => server?.stop());

describe('a developer registers a model', () => {
  it('lets its own member register and see it, and hides it from the public', async () => {
    const dev = await cast.developer({ name: 'Atlas Test' });
    const member = await cast.user(dev.id, ['MEMBER']);
    const me = await member.client.execute(ViewerDocument);
    expect(me.viewer.organization?.id).toBe(dev.id);
    const { registerFrontierModel } = await member.client.execute(RegisterFrontierModelDocument, {
      input: {
        name: 'Atlas',
        modelVersion: '5.0',
        plannedReleaseAt: new Date(Date.now() + 40 * 86400000).toISOString(),
      },
    });
    expect(registerFrontierModel.model.developer.id).toBe(dev.id);
    const mine = await member.client.execute(FrontierModelsDocument, { filter: { developerId: dev.id } });
    expect(mine.frontierModels.totalCount).toBe(1);
    const pub = await cast.public.execute(FrontierModelsDocument, { filter: { developerId: dev.id } });
    expect(pub.frontierModels.totalCount).toBe(0);
    const devs = await cast.public.execute(DevelopersDocument, { filter: { search: 'Atlas Test' } });
    expect(devs.developers.edges.map((e) => e.node.name)).toEqual(['Atlas Test']);
  });

  it('refuses a release date in the past with the field named', async () => {
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER']);
    const err = await expectError(
      member.client.execute(RegisterFrontierModelDocument, {
        input: { name: 'X', modelVersion: '1', plannedReleaseAt: '2020-01-01T00:00:00Z' },
      }),
    );
    expect(err).toBeInstanceOf(ConcordRequestError);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.errors[0].extensions.fields).toHaveProperty('plannedReleaseAt');
  });
});
