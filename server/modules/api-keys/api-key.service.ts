import { assertVisible, notFound, signedIn } from '../../core/permissions';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { defineOrder, type OrderValue, NEWEST_FIRST, createdAtField, nameField } from '../../core/ordering';
import { visibleById } from '../../core/visible';
import type { DataSource } from 'typeorm';
import { applyCondition, ConnectionArgs, paginate } from '../../core/connection';
import type { RequestContext } from '../../core/context';
import { BadInputError } from '../../core/errors';
import { expectGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { CREDENTIALS_CHANGED } from '../../core/pubsub';
import { transition } from '../../core/lifecycle';
import { apiKeyLifecycle } from './api-key.lifecycle';
import { mutate } from '../../core/transaction';
import { canAdminister } from '../../core/viewer';
import { organizationLoader } from '../organizations/organization.loaders';
import { assertAdministers, assertRoleChange } from '../users/role-ceiling';
import { Role } from '../users/role.enum';
import { ApiKey } from './api-key.entity';
import { IssueApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';

const ORG_TYPES = ['Developer', 'Agency', 'Recipient'];
export const API_KEY_PATTERN = /^ck_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const ApiKeyOrder = defineOrder(
  'ApiKey',
  {
    CREATED_AT: createdAtField('k', 'When it was created.'),
    NAME: nameField('k'),
  },
  NEWEST_FIRST,
);
export type ApiKeyOrderValue = OrderValue<keyof typeof ApiKeyOrder.Field>;

export const apiKeyService = {
  apiKeys(ctx: RequestContext, organizationId: string | undefined, args: ConnectionArgs, orderBy?: ApiKeyOrderValue) {
    const qb = applyCondition(ctx.db.getRepository(ApiKey).createQueryBuilder('k'), policy.apiKey(ctx.viewer, 'k'));
    if (organizationId)
      qb.andWhere('k.organization_id = :org', { org: expectGlobalId(organizationId, ORG_TYPES, 'organizationId') });
    return paginate(qb, { args, ...ApiKeyOrder.resolve(orderBy), idExpr: 'k.id' });
  },

  byId(ctx: RequestContext, id: string) {
    return visibleById(ctx, 'apiKeyById', ApiKey, 'k', policy.apiKey(ctx.viewer, 'k')).load(id);
  },

  /** Issues a key; the returned secret is shown this once and never stored. */
  async issue(ctx: RequestContext, input: IssueApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    signedIn(ctx.viewer);
    const orgId = expectGlobalId(input.organizationId, ORG_TYPES, 'organizationId');
    const org = await organizationLoader(ctx).load(orgId);
    assertVisible(org);
    assertAdministers(ctx.viewer, orgId);
    const roles = [...new Set(input.roles ?? [Role.MEMBER])];
    assertRoleChange(ctx.viewer, org, [], roles, { apiKey: true });
    if (input.expiresAt && input.expiresAt <= ctx.clock.now())
      throw new BadInputError('expiresAt must be in the future.', { expiresAt: 'must be in the future' });
    const prefix = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 12);
    const secret = `ck_${prefix}_${randomBytes(32).toString('base64url')}`;
    const apiKey = await mutate(ctx, 'issueApiKey', async (tx) => {
      const m = tx.db;
      const key = await m.save(
        m.create(ApiKey, {
          organizationId: orgId,
          createdById: ctx.viewer.userId ?? null,
          name: input.name,
          prefix,
          secretHash: sha256(secret),
          roles,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      return { result: key, subjects: [key.globalId, org.globalId] };
    });
    return { apiKey, secret };
  },

  async revoke(ctx: RequestContext, input: RevokeApiKeyInput): Promise<ApiKey> {
    signedIn(ctx.viewer);
    const id = expectGlobalId(input.id, 'ApiKey', 'id');
    const key = await apiKeyService.byId(ctx, id);
    if (!key || !canAdminister(ctx.viewer, key.organizationId)) notFound();
    const revoked = await transition(ctx, apiKeyLifecycle, {
      id,
      action: 'revoke',
      auditAction: 'revokeApiKey',
      changes: () => ({ revokedAt: ctx.clock.now() }),
    });
    ctx.pubsub.publish(CREDENTIALS_CHANGED, { apiKeyId: id });
    return revoked;
  },

  /** Finds the live key for a presented secret, or null. Records use to the minute, not on every request. */
  async authenticate(db: DataSource, token: string, now: Date): Promise<ApiKey | null> {
    const match = API_KEY_PATTERN.exec(token);
    if (!match) return null;
    const key = await db.getRepository(ApiKey).findOneBy({ prefix: match[1] });
    if (!key) return null;
    const a = Buffer.from(key.secretHash, 'hex');
    const b = Buffer.from(sha256(token), 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    if (key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      await db.query('UPDATE api_key SET last_used_at = $1 WHERE id = $2', [now, key.id]);
    }
    return key;
  },
};
