// Links in emails that act or unsubscribe. Each is a signed token (HS256 under a key derived from the deployment's
// audit key): an action token is bound to one delivery, one person and the notification that carried it, expires
// after 14 days and works once (its id is recorded when used); an unsubscribe token names a person and a kind.
// A GET only shows a confirmation page whose button POSTs, because mail scanners follow GET links.
import { randomUUID } from 'node:crypto';
import { SecretBox } from './signing';

// jose is an ES module; Concord's server is CommonJS, so it is loaded once, on first use.
const jose = () => import('jose');

export const ACTION_TTL_SECONDS = 14 * 86_400;
const AUDIENCE_ACTION = 'concord:action';
const AUDIENCE_UNSUBSCRIBE = 'concord:unsubscribe';

export type DeliveryAction = 'ACKNOWLEDGED' | 'PATCHED';

export interface ActionClaims {
  jti: string;
  userId: string;
  deliveryId: string;
  notificationId: string;
  action: DeliveryAction;
}

export class TokenError extends Error {
  constructor(
    readonly reason: 'invalid' | 'expired',
    message: string,
  ) {
    super(message);
  }
}

export class LinkSigner {
  private readonly key: Uint8Array;

  constructor(masterKey: string) {
    this.key = SecretBox.derive(masterKey, 'concord email links');
  }

  async action(c: Omit<ActionClaims, 'jti'>, now = new Date()): Promise<string> {
    const { SignJWT } = await jose();
    return new SignJWT({ dlv: c.deliveryId, nid: c.notificationId, act: c.action })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(c.userId)
      .setAudience(AUDIENCE_ACTION)
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + ACTION_TTL_SECONDS)
      .sign(this.key);
  }

  async unsubscribe(userId: string, kind: string): Promise<string> {
    const { SignJWT } = await jose();
    return new SignJWT({ kind })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setAudience(AUDIENCE_UNSUBSCRIBE)
      .sign(this.key);
  }

  async verifyAction(token: string): Promise<ActionClaims> {
    const p = await this.verify(token, AUDIENCE_ACTION);
    const action = p.act;
    if (
      typeof p.jti !== 'string' ||
      typeof p.dlv !== 'string' ||
      typeof p.nid !== 'string' ||
      (action !== 'ACKNOWLEDGED' && action !== 'PATCHED')
    )
      throw new TokenError('invalid', 'This link is not valid.');
    return { jti: p.jti, userId: p.sub!, deliveryId: p.dlv, notificationId: p.nid, action };
  }

  async verifyUnsubscribe(token: string): Promise<{ userId: string; kind: string }> {
    const p = await this.verify(token, AUDIENCE_UNSUBSCRIBE);
    if (typeof p.kind !== 'string') throw new TokenError('invalid', 'This link is not valid.');
    return { userId: p.sub!, kind: p.kind };
  }

  private async verify(token: string, audience: string) {
    const { jwtVerify, errors: joseErrors } = await jose();
    try {
      const { payload } = await jwtVerify(token, this.key, { audience, algorithms: ['HS256'] });
      if (!payload.sub) throw new TokenError('invalid', 'This link is not valid.');
      return payload as Record<string, unknown> & { sub: string; jti?: string };
    } catch (e) {
      if (e instanceof TokenError) throw e;
      if (e instanceof joseErrors.JWTExpired) throw new TokenError('expired', 'This link has expired.');
      throw new TokenError('invalid', 'This link is not valid.');
    }
  }
}
