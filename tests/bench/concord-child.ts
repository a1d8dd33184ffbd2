// Concord as the benchmark runs it: a child process that reports its port, signs the analyst's token and makes
// the read-path report (read-paths.ts) on its own database.
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { startConcord } from '../../server/concord';
import { readPathReport } from './read-paths';

// dist/tests/bench -> the repository's sdk/documents.
const DOCUMENTS = path.resolve(__dirname, '..', '..', '..', 'sdk', 'documents');

void (async () => {
  const concord = await startConcord(loadConfig());
  const port = Number(new URL(concord.url).port);
  process.on('message', async (m: { sign?: string; readPaths?: string; exit?: boolean }) => {
    // A clean exit, so that profiles (--cpu-prof) and heap statistics are written.
    if (m.exit) process.exit(0);
    if (m.sign) process.send?.({ token: await concord.auth.sign(m.sign, 'bench-analyst@nsa.gov') });
    if (m.readPaths) process.send?.({ report: await readPathReport(concord, m.readPaths, DOCUMENTS) });
  });
  process.send?.({ port });
})();
