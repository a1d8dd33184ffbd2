// Secrets and signatures. Standard Webhooks signing is an HMAC-SHA256 over `id.timestamp.body` (a few lines; the
// spec's own libraries verify, they do not sign from a stored secret, so Concord signs here and the tests verify
// with the `standardwebhooks` package). Endpoint secrets are kept encrypted with AES-256-GCM under a key derived
// (HKDF) from the deployment's audit key, so a copy of the database alone cannot sign as Concord.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret, `whsec_` + base64 of 32 random bytes (what Standard Webhooks libraries accept). */
export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The `webhook-signature` header's value for one secret: `v1,<base64 HMAC>`. */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export class SecretBox {
  private readonly key: Buffer;

  constructor(masterKey: string, purpose = 'concord webhook secrets') {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, 'concord', purpose, 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
  }

  open(sealed: string): string {
    const [v, iv, tag, body] = sealed.split('.');
    if (v !== 'v1') throw new Error('unknown sealed secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** A key for another purpose (e.g. action links), derived from the same master key. */
  static derive(masterKey: string, purpose: string): Uint8Array {
    return new Uint8Array(hkdfSync('sha256', masterKey, 'concord', purpose, 32));
  }
}
