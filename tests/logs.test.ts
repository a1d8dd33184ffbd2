// Logs an operator can use: one JSON access-log line per request (request id, operation, viewer, status,
// duration, SQL statements), the request id on error lines, never a token or secret, shutdown logged once.
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../server/config';
import { signToken } from '../server/modules/auth/token';
import { freePort, startServerProcess } from './support/processes';
import { postGraphQL } from './support/transports';
import { dataDirectory } from './support/snapshots';

describe('logs', () => {
  it('writes one access line per request, with its request id and never a credential', async () => {
    const dir = dataDirectory('seeded', 'concord-logs-');
    const proc = await startServerProcess(
      { CONCORD_DATA_DIR: dir, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'info' },
      await freePort(),
    );
    try {
      const jwt = await signToken(
        loadConfig({ NODE_ENV: 'test' }).auth,
        'dev:dev@atlas-ai.example',
        'dev@atlas-ai.example',
      );
      const viewer = await postGraphQL(
        proc.url,
        { query: 'query Me { viewer { authenticated organization { id } } }', operationName: 'Me' },
        { authorization: `Bearer ${jwt}` },
      );
      const orgId = (viewer.body.data as { viewer: { organization: { id: string } } }).viewer.organization.id;
      const issued = await postGraphQL(
        proc.url,
        {
          query:
            'mutation Issue($o: ID!) { issueApiKey(input: { organizationId: $o, name: "logs" }) { secret apiKey { id } } }',
          variables: { o: orgId },
          operationName: 'Issue',
        },
        { authorization: `Bearer ${jwt}` },
      );
      const secret = (issued.body.data as { issueApiKey: { secret: string } }).issueApiKey.secret;
      const withKey = await postGraphQL(
        proc.url,
        { query: '{ developers(first: 2) { nodes { id } } }' },
        { authorization: `Bearer ${secret}` },
      );
      const forged = await postGraphQL(
        proc.url,
        { query: '{ viewer { authenticated } }' },
        { authorization: `Bearer ${secret.slice(0, -4)}abcd` },
      );
      expect(forged.status).toBe(401);
      // Wait for the last request's access line rather than for a fixed time.
      const lastId = forged.headers.get('x-request-id')!;
      await vi.waitFor(() => expect(proc.stdout()).toContain(lastId), { timeout: 30_000, interval: 20 });
      const out = proc.stdout() + proc.stderr();
      const lines = proc
        .stdout()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const access = (res: { headers: Headers }) =>
        lines.filter((l) => l.log === 'access' && l.requestId === res.headers.get('x-request-id'));
      for (const res of [viewer, issued, withKey, forged])
        expect(access(res), res.headers.get('x-request-id')!).toHaveLength(1);
      expect(access(viewer)[0]).toMatchObject({
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Me',
        viewer: expect.stringMatching(/^user:/),
        statements: expect.any(Number),
      });
      expect(access(viewer)[0].statements as number).toBeGreaterThan(0);
      expect(access(withKey)[0]).toMatchObject({ viewer: expect.stringMatching(/^key:/), status: 200 });
      expect(access(forged)[0]).toMatchObject({ status: 401 });
      expect(typeof access(viewer)[0].ms).toBe('number');
      // No credential, whole or in part, ever reaches the log.
      expect(out).not.toContain(jwt);
      expect(out).not.toContain(jwt.split('.')[2]);
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(16));
    } finally {
      proc.child.kill('SIGTERM');
      await new Promise((r) => (proc.child.exitCode !== null ? r(null) : proc.child.once('exit', r)));
      expect(
        proc
          .stdout()
          .split('\n')
          .filter((l) => l.includes('"msg":"shutting down"')),
      ).toHaveLength(1);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
