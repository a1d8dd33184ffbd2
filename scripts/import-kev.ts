// npm run -s import:kev -- FILE --as analyst@cisa.gov [--chunk 200]
// Imports a KEV catalog file (as CISA publishes it) into the clearinghouse, acting as a named clearinghouse
// analyst: the same service, checks, visibility and audit records as the importKevCatalog mutation, in chunks of
// --chunk entries per transaction with a progress bar. Uses the server's DATABASE_URL (or embedded data directory).
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config';
import { systemClock } from '../server/core/clock';
import { ConcordError } from '../server/core/errors';
import { createLogger } from '../server/core/logger';
import { createPubSub } from '../server/core/pubsub';
import { openDatabase, StartupError } from '../server/db/open';
import { createRequestContext } from '../server/core/context';
import { Authenticator } from '../server/modules/auth/auth.service';
import { kevService } from '../server/modules/kev/kev.service';

const USAGE = 'usage: npm run -s import:kev -- FILE --as EMAIL [--chunk 200]\n';

class UsageError extends Error {}

/** One line that redraws itself on a terminal, and a line per tenth elsewhere (CI logs). */
function progressBar(out: NodeJS.WriteStream) {
  let lastTenth = -1;
  const started = Date.now();
  return (done: number, total: number) => {
    const share = total ? done / total : 1;
    const width = 30;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
    const line = `[${bar}] ${done}/${total} ${(share * 100).toFixed(0).padStart(3)}% ${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (out.isTTY) out.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (Math.floor(share * 10) !== lastTenth || done === total) {
      lastTenth = Math.floor(share * 10);
      out.write(`${line}\n`);
    }
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { as: { type: 'string' }, chunk: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!file || !values.as) throw new UsageError(USAGE.trim());
  const chunkSize = values.chunk ? Number(values.chunk) : 200;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new UsageError('--chunk must be a positive whole number');
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config, log);
  const pubsub = createPubSub(config.redisUrl, {
    prefix: config.redisPrefix,
    onError: (e) => log.warn({ reason: e.message }, 'Redis pubsub unreachable'),
  });
  try {
    const viewer = await new Authenticator(config.auth, database.db).viewerForUser(values.as);
    if (!viewer) throw new UsageError(`no active user ${values.as}`);
    const ctx = createRequestContext(
      { db: database.db, clock: systemClock, log, pubsub: pubsub.pubsub, auditKey: config.audit.hmacKey },
      viewer,
      undefined,
      'cli',
    );
    const started = Date.now();
    const result = await kevService.importCatalog(ctx, doc, { chunkSize, onProgress: progressBar(process.stderr) });
    process.stdout.write(
      `KEV catalog ${result.catalogVersion}: ${result.total} entries, ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged; references: ${result.referencesCleaned} cleaned, ${result.referencesDropped} dropped; in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await pubsub.close();
    await database.close();
  }
}

main().catch((e) => {
  const known =
    e instanceof UsageError ||
    e instanceof StartupError ||
    e instanceof ConfigError ||
    e instanceof ConcordError ||
    (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  const detail =
    e instanceof ConcordError
      ? `${e.code}: ${e.message}${e.details.fields ? ` ${JSON.stringify(e.details.fields)}` : ''}`
      : (e as Error).message;
  process.stderr.write(`import:kev: ${known ? detail : ((e as Error).stack ?? String(e))}\n`);
  process.exit(e instanceof UsageError ? 64 : 1);
});
