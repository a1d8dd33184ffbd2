// npm run token -- <email>: prints a signed development token for a demo user.
import 'reflect-metadata';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/core/logger';
import { createDataSource } from '../server/db/data-source';
import { startEmbeddedDatabase } from '../server/db/embedded';
import { Authenticator } from '../server/modules/auth/auth.service';

async function main() {
  const email = process.argv[2]?.toLowerCase();
  if (!email) {
    process.stderr.write('usage: npm run token -- <email>   (e.g. analyst@nsa.gov)\n');
    process.exit(64);
  }
  const config = loadConfig();
  if (!config.auth.jwtSecret || config.auth.jwksUrl) {
    process.stderr.write('npm run token signs with JWT_SECRET; with a JWKS URL, get tokens from your identity provider.\n');
    process.exit(78);
  }
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const { dataSource } = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 1, log: createLogger('error') });
  try {
    await dataSource.initialize();
    const rows: { id: string }[] = await dataSource.query('SELECT id FROM user_account WHERE email = $1 AND active', [email]).catch(() => []);
    if (!rows.length) {
      process.stderr.write(`No active user ${email}. Start the server once (npm start) to load the demo data, or pick another email.\n`);
      process.exitCode = 1;
      return;
    }
    const token = await new Authenticator(config.auth, dataSource).sign(rows[0].id, email);
    process.stdout.write(`${token}\n`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
