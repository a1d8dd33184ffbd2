// npm run admin -- bootstrap --email you@agency.gov --agency "Cybersecurity and Infrastructure Security Agency" --acronym CISA
// Creates the first platform administrator and its agency on an empty deployment (production loads no demo
// data). Uses the same DATABASE_URL (or embedded data directory) as the server, and applies migrations first.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config';
import { createLogger } from '../server/core/logger';
import { openDatabase, StartupError } from '../server/db/open';
import { AgencyCapability } from '../server/modules/organizations/organization.enums';
import { bootstrapPlatformAdmin, BootstrapRefused } from '../server/modules/users/bootstrap';

const USAGE = `usage: npm run -s admin -- bootstrap --email EMAIL --agency "AGENCY NAME" --acronym ACRONYM [--name "FULL NAME"] [--capabilities CLEARINGHOUSE_OPERATOR,DIRECTIVE_ISSUER]\n`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'bootstrap') {
    process.stderr.write(USAGE);
    process.exit(64);
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      agency: { type: 'string' },
      acronym: { type: 'string' },
      name: { type: 'string' },
      capabilities: { type: 'string' },
    },
    strict: true,
  });
  if (!values.email || !values.agency || !values.acronym) {
    process.stderr.write(USAGE);
    process.exit(64);
  }
  const capabilities = (values.capabilities ?? 'CLEARINGHOUSE_OPERATOR,DIRECTIVE_ISSUER')
    .split(',')
    .map((c) => c.trim().toUpperCase());
  const unknown = capabilities.filter((c) => !(c in AgencyCapability));
  if (unknown.length) throw new BootstrapRefused(`unknown capabilities: ${unknown.join(', ')}`);
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config, log);
  try {
    const { user, agency } = await bootstrapPlatformAdmin(database.db, log, config.audit.hmacKey, {
      email: values.email,
      name: values.name ?? values.email,
      agencyName: values.agency,
      acronym: values.acronym,
      capabilities: capabilities as AgencyCapability[],
    });
    process.stdout.write(
      `Created platform administrator ${user.email} (${user.globalId}) in ${agency.name} (${agency.acronym}).\n` +
        `Sign in with a token from your identity provider whose email claim is ${user.email}.\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  const known =
    e instanceof BootstrapRefused ||
    e instanceof StartupError ||
    e instanceof ConfigError ||
    (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  process.stderr.write(`admin: ${known ? (e as Error).message : ((e as Error).stack ?? String(e))}\n`);
  process.exit(1);
});
