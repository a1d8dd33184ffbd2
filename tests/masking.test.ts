// A real internal error, forced from outside (the table behind a query is renamed away), answers with a masked
// body: INTERNAL_SERVER_ERROR, a request id, and none of the SQL, the PostgreSQL message or a stack.
import { test, expect } from './support/testkit';

test('an internal error is masked: code, request id, no SQL, no PostgreSQL text, no stack', async ({ server, as }) => {
  await server.concord.db.query('ALTER TABLE milestone RENAME TO milestone_hidden_by_test');
  try {
    const { code, error, call } = await as.analyst.fails(
      'query Milestones { milestones(first: 5) { nodes { id title } } }',
    );
    expect(code).toBe('INTERNAL_SERVER_ERROR');
    expect(call.status).toBe(200);
    expect(error.message).toBe('Internal server error. Quote the request id when reporting it.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: call.requestId });
    const text = JSON.stringify(call.body);
    for (const leak of [
      'relation',
      'does not exist',
      'SELECT',
      'FROM',
      '.ts:',
      'node_modules',
      'QueryFailedError',
      '42P01',
    ])
      expect(text).not.toContain(leak);
  } finally {
    await server.concord.db.query('ALTER TABLE milestone_hidden_by_test RENAME TO milestone');
  }
  // And the server is fine afterwards.
  const ok = await as.analyst.ok('{ milestones(first: 1) { totalCount } }');
  expect(ok.milestones.totalCount).toBeGreaterThanOrEqual(0);
});
