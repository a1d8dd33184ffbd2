// Concord as the benchmark runs it: a child process that reports its port and signs the analyst's token.
import 'reflect-metadata';
import { loadConfig } from '../../server/config';
import { startConcord } from '../../server/concord';

(async () => {
  const concord = await startConcord(loadConfig());
  const port = Number(new URL(concord.url).port);
  process.on('message', async (m: { sign?: string }) => {
    if (m.sign) process.send?.({ token: await concord.auth.sign(m.sign, 'bench-analyst@nsa.gov') });
  });
  process.send?.({ port });
})();
