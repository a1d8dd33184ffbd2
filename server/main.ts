// Starts Concord: config -> database -> schema -> http.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { startConcord, StartupError } from './concord';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`Concord cannot start: ${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  if (config.env !== 'production') {
    process.stdout.write(
      `Starting Concord on ${config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`} ...\n`,
    );
  }
  const concord = await startConcord(config);
  concord.log.info(
    { url: concord.url, database: concord.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL' },
    `Concord is listening on ${concord.url}`,
  );
  if (concord.metricsUrl) concord.log.info({ metrics: concord.metricsUrl }, 'metrics served apart from the API');
  if (config.env === 'production' && config.graphql.ide && config.graphql.introspection)
    concord.log.warn(
      'GRAPHQL_IDE=true in production turns introspection on for every caller (set GRAPHQL_INTROSPECTION=false to keep the schema to the SDK)',
    );
  if (config.env !== 'production') {
    process.stdout.write(
      `\nConcord is ready at ${concord.url}\n` +
        `  Open it in a browser for the GraphQL IDE.\n` +
        `  Get a token for a demo user:  npm run token -- analyst@nsa.gov\n` +
        `  (others: admin@cisa.gov, dev@atlas-ai.example, it@mercy-rural-oh.example, security@interior.gov)\n\n`,
    );
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    concord.log.info({ signal }, 'shutting down');
    await concord.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  // One clear line for the operator; the stack only for what Concord did not expect.
  const line = e instanceof StartupError ? e.message : e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
  process.stderr.write(`Concord cannot start: ${line}\n`);
  process.exit(1);
});
