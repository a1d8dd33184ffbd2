import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevelopersWithModelsDocument, RegisterFrontierModelDocument } from '../sdk/generated/graphql';
import { startTestServer, type TestServer } from './support/server';
import { createCast, type Cast } from './support/fixtures';

let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server);
  for (let i = 0; i < 12; i++) {
    const dev = await cast.developer();
    const member = await cast.user(dev.id, ['MEMBER']);
    for (let j = 0; j < 3; j++)
      await member.client.execute(RegisterFrontierModelDocument, {
        input: { name: `Model ${j}`, modelVersion: `${j}.0` },
      });
  }
});
afterAll(async () => server?.stop());

async function statementsFor(first: number, modelsFirst: number) {
  const before = server.concord.queries.total;
  const { developers } = await cast.admin.execute(DevelopersWithModelsDocument, { first, modelsFirst });
  const used = server.concord.queries.total - before;
  return { used, developers };
}

describe('nested connections', () => {
  it('use one statement per nesting level, whatever the page size', async () => {
    await statementsFor(1, 1); // warm-up: schema and connection caches
    const small = await statementsFor(2, 1);
    const large = await statementsFor(12, 3);
    expect(large.developers.nodes).toHaveLength(12);
    for (const d of large.developers.nodes) {
      expect(d.models.totalCount).toBe(3);
      expect(d.models.nodes).toHaveLength(3);
      expect(d.models.nodes.every((m) => m.developer.id === d.id)).toBe(true);
    }
    expect(small.developers.nodes[0].models.nodes).toHaveLength(1);
    expect(large.used).toBe(small.used);
    // viewer lookup, developers page, developers count, models page, models counts, model -> developer loader
    expect(large.used).toBeLessThanOrEqual(6);
  });
});
