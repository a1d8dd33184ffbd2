// npm run -s token -- <email>: prints a signed development token for a demo user, and nothing else. It needs no database, so it
// works while `npm start` holds the embedded one: the server finds the user by the token's email.
import 'reflect-metadata';
import { loadConfig } from '../server/config';
import { signToken } from '../server/modules/auth/token';

async function main() {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email || !email.includes('@')) {
    process.stderr.write('usage: npm run token -- <email>   (e.g. analyst@nsa.gov)\n');
    process.exit(64);
  }
  const config = loadConfig();
  if (!config.auth.jwtSecret || config.auth.jwksUrl) {
    process.stderr.write(
      'npm run token signs with JWT_SECRET; with a JWKS URL, get tokens from your identity provider.\n',
    );
    process.exit(78);
  }
  const token = await signToken(config.auth, `dev:${email}`, email);
  process.stdout.write(`${token}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
