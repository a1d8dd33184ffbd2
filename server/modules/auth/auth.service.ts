// Turns `Authorization: Bearer <jwt or api key>` into a Viewer. Any presented credential that does not
// check out is UNAUTHENTICATED (HTTP 401); no credential at all is the public viewer.
import type { JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { UnauthenticatedError } from '../../core/errors';
import { signToken } from './token';
import { ANONYMOUS, type Viewer } from '../../core/viewer';
import { apiKeyService } from '../api-keys/api-key.service';
import type { AgencyCapability, OrganizationKind } from '../organizations/organization.enums';
import type { Role } from '../users/role.enum';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface OrgRow {
  organization_id: string;
  kind: OrganizationKind;
  capabilities: AgencyCapability[] | null;
}

/** How long a verified credential's viewer is reused without asking the database again. */
export const VIEWER_CACHE_MS = 5_000;

export class Authenticator {
  private readonly secret?: Uint8Array;
  private jwks?: JWTVerifyGetKey;
  /**
   * Viewers of recently verified credentials, for a few seconds: most requests then verify and look up nothing.
   * Any change to what a credential holds (CREDENTIALS_CHANGED) empties it at once on this replica and, through
   * the pubsub, on every other; a token never outlives its own expiry here.
   */
  private readonly cache = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly config: Config['auth'],
    private readonly db: DataSource,
  ) {
    if (config.jwtSecret && !config.jwksUrl) this.secret = new TextEncoder().encode(config.jwtSecret);
  }

  // jose is ESM-only: imported dynamically, which works from CommonJS and under vitest alike.
  private jose() {
    return import('jose');
  }

  /** Signs a token (development tokens, tests): `subject` is a Concord user id, or anything when `email` identifies the user. */
  sign(subject: string, email: string, now = new Date()): Promise<string> {
    return signToken(this.config, subject, email, now);
  }

  async viewerFor(authorization: string | undefined, now: Date): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    const hit = this.cache.get(token);
    if (hit && hit.until > now.getTime()) return hit.viewer;
    const { viewer, expiresAt } = token.startsWith('ck_')
      ? await this.viewerForApiKey(token, now)
      : await this.viewerForJwt(token, now);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { viewer, until: Math.min(now.getTime() + VIEWER_CACHE_MS, expiresAt ?? Infinity) });
    return viewer;
  }

  /** Forgets every cached viewer (a credential changed: a key revoked, a user deactivated, roles changed). */
  forgetViewers(): void {
    this.cache.clear();
  }

  private async viewerForApiKey(token: string, now: Date): Promise<{ viewer: Viewer; expiresAt?: number }> {
    const key = await apiKeyService.authenticate(this.db, token, now);
    if (!key) throw new UnauthenticatedError('The API key is not valid: unknown, expired or revoked.');
    const [org]: OrgRow[] = await this.db.query(
      'SELECT id AS organization_id, kind, capabilities FROM organization WHERE id = $1',
      [key.organizationId],
    );
    return {
      viewer: {
        authenticated: true,
        apiKeyId: key.id,
        organizationId: org.organization_id,
        organizationKind: org.kind,
        capabilities: org.capabilities ?? [],
        roles: key.roles,
      },
      expiresAt: key.expiresAt ? new Date(key.expiresAt).getTime() : undefined,
    };
  }

  private async viewerForJwt(token: string, now: Date): Promise<{ viewer: Viewer; expiresAt?: number }> {
    const { jwtVerify, createRemoteJWKSet } = await this.jose();
    if (this.config.jwksUrl && !this.jwks) this.jwks = createRemoteJWKSet(new URL(this.config.jwksUrl));
    let sub: string | undefined;
    let email: unknown;
    let exp: number | undefined;
    try {
      const { payload } = await jwtVerify(token, (this.jwks ?? this.secret) as never, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        currentDate: now,
        algorithms: this.jwks ? undefined : ['HS256'],
      });
      sub = payload.sub;
      email = payload.email;
      exp = payload.exp;
    } catch {
      throw new UnauthenticatedError('The token is not valid: malformed, forged or expired.');
    }
    // `sub` is the Concord user id; an identity provider's own subject is matched by the verified email claim,
    // to the earliest account with that email (a later account elsewhere with the same email never captures it).
    const byId = sub && UUID.test(sub);
    if (!byId && typeof email !== 'string') throw new UnauthenticatedError('The token names no Concord user.');
    const viewer = await this.viewerForUser(byId ? sub! : (email as string));
    if (!viewer) throw new UnauthenticatedError('The token names no active Concord user.');
    return { viewer, expiresAt: exp ? exp * 1000 : undefined };
  }

  /**
   * The viewer of an active user by id or email (the earliest account with that email), or null. For tokens,
   * and for operator commands that act as a named user (npm run import:kev -- --as EMAIL).
   */
  async viewerForUser(idOrEmail: string): Promise<Viewer | null> {
    const byId = UUID.test(idOrEmail);
    const rows: (OrgRow & { id: string; roles: Role[]; active: boolean })[] = await this.db.query(
      `SELECT u.id, u.roles, u.active, o.id AS organization_id, o.kind, o.capabilities
         FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE ${byId ? 'u.id = $1' : 'u.email = lower($1)'}
         ORDER BY u.created_at, u.id LIMIT 1`,
      [idOrEmail],
    );
    const row = rows[0];
    if (!row || !row.active) return null;
    return {
      authenticated: true,
      userId: row.id,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      capabilities: row.capabilities ?? [],
      roles: row.roles,
    };
  }
}
