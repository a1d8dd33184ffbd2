// The OpenPGP key that signs Concord's CSAF documents (the `.asc` beside each). From the configuration
// (CSAF_SIGNING_KEY, an armored private key, with CSAF_SIGNING_KEY_PASSPHRASE if it has one); outside production
// without one, a key is made on first start and kept in the data directory (private to its owner), so its
// fingerprint stays the same across restarts; the tests' in-memory servers make one per server.
import fs from 'node:fs';
import path from 'node:path';
import type { PrivateKey } from 'openpgp' with { 'resolution-mode': 'import' };
import type { Config } from '../../config';

// openpgp is loaded as the ES module it is, once, on first use (Concord's server is CommonJS).
const pgp = () => import('openpgp');

export interface CsafKey {
  privateKey: PrivateKey;
  publicArmored: string;
  /** Upper-case hex, as provider-metadata.json's `fingerprint`. */
  fingerprint: string;
}

const KEY_FILE = 'csaf-signing-key.asc';

async function fromArmored(armored: string, passphrase?: string): Promise<CsafKey> {
  const openpgp = await pgp();
  let privateKey = await openpgp.readPrivateKey({ armoredKey: armored });
  if (!privateKey.isDecrypted()) privateKey = await openpgp.decryptKey({ privateKey, passphrase: passphrase ?? '' });
  return {
    privateKey,
    publicArmored: privateKey.toPublic().armor(),
    fingerprint: privateKey.getFingerprint().toUpperCase(),
  };
}

async function generate(): Promise<string> {
  const openpgp = await pgp();
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Concord CSAF signing key (development)', email: 'csaf@concord.localhost' }],
    format: 'armored',
  });
  return privateKey;
}

export async function loadCsafKey(config: Config, opts: { inMemory?: boolean } = {}): Promise<CsafKey | null> {
  if (config.csaf.signingKey) return fromArmored(config.csaf.signingKey, config.csaf.signingKeyPassphrase);
  if (config.env === 'production') return null;
  if (opts.inMemory) return fromArmored(await generate());
  const file = path.join(config.dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, await generate(), { mode: 0o600, flag: 'wx' });
  }
  return fromArmored(fs.readFileSync(file, 'utf8'));
}

/** A detached, armored signature of the document's exact bytes. */
export async function signDetached(key: CsafKey, text: string): Promise<string> {
  const openpgp = await pgp();
  const message = await openpgp.createMessage({ text, format: 'utf8' });
  return openpgp.sign({ message, signingKeys: key.privateKey, detached: true, format: 'armored' }) as Promise<string>;
}
