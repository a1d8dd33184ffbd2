// Chained fixtures: server -> platform admin -> organizations -> users -> clients with their tokens.
import { randomBytes } from 'node:crypto';
import { createClient, type ConcordClient, type ConcordRequestError } from '../../sdk/index';
import {
  CreateAgencyDocument,
  CreateDeveloperDocument,
  CreateRecipientDocument,
  CreateUserDocument,
  type AgencyCapability,
  type Role,
  type CreateRecipientInput,
} from '../../sdk/generated/graphql';
import { fromGlobalId, toGlobalId } from '../../server/core/ids';
import type { TestServer } from './server';

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export interface Cast {
  server: TestServer;
  public: ConcordClient;
  admin: ConcordClient;
  adminAgencyId: string;
  clientFor(userId: string, email: string): Promise<ConcordClient>;
  agency(opts?: { acronym?: string; capabilities?: AgencyCapability[] }): Promise<{ id: string; name: string }>;
  developer(opts?: { name?: string }): Promise<{ id: string; name: string }>;
  recipient(opts?: Partial<CreateRecipientInput>): Promise<{ id: string; name: string }>;
  user(organizationId: string, roles: Role[]): Promise<{ id: string; email: string; client: ConcordClient }>;
}

/** Bootstraps the one thing no API call can make: the first platform administrator (in a CISA-like agency). */
export async function createCast(server: TestServer): Promise<Cast> {
  const db = server.concord.db;
  const slug = unique('ops');
  const [agency] = await db.query(
    `INSERT INTO organization (kind, name, slug, acronym, capabilities) VALUES ('GOVERNMENT_AGENCY', 'Concord Operations', $1, 'OPS', ARRAY['CLEARINGHOUSE_OPERATOR','DIRECTIVE_ISSUER']::varchar[]) RETURNING id`,
    [slug],
  );
  const email = `${unique('admin')}@ops.gov`;
  const [user] = await db.query(
    `INSERT INTO user_account (organization_id, email, name, roles) VALUES ($1, $2, 'Platform Admin', ARRAY['PLATFORM_ADMIN','ANALYST']::varchar[]) RETURNING id`,
    [agency.id, email],
  );
  const clientFor = async (userId: string, mail: string) =>
    createClient({ url: server.url, token: await server.concord.auth.sign(userId, mail, server.concord.clock.now()) });
  const admin = await clientFor(user.id, email);
  const cast: Cast = {
    server,
    public: createClient({ url: server.url }),
    admin,
    adminAgencyId: toGlobalId('Agency', agency.id),
    clientFor,
    async agency(opts = {}) {
      const r = await admin.execute(CreateAgencyDocument, {
        input: {
          name: unique('Agency'),
          slug: unique('agency'),
          acronym: opts.acronym ?? 'AG',
          capabilities: opts.capabilities ?? [],
        },
      });
      return r.createAgency.agency;
    },
    async developer(opts = {}) {
      const r = await admin.execute(CreateDeveloperDocument, {
        input: {
          name: opts.name ?? unique('Lab'),
          slug: unique('lab'),
          participation: 'ENROLLED',
          website: 'https://lab.example',
        },
      });
      return r.createDeveloper.developer;
    },
    async recipient(opts = {}) {
      const r = await admin.execute(CreateRecipientDocument, {
        input: {
          name: unique('Hospital'),
          slug: unique('hospital'),
          recipientType: 'HOSPITAL',
          sector: 'HEALTHCARE_AND_PUBLIC_HEALTH',
          state: 'OH',
          county: 'Meigs',
          rural: true,
          sizeTier: 'SMALL',
          ...opts,
        },
      });
      return r.createRecipient.recipient;
    },
    async user(organizationId, roles) {
      const mail = `${unique('user')}@example.org`;
      const r = await admin.execute(CreateUserDocument, {
        input: { organizationId, email: mail, name: 'Test User', roles },
      });
      return {
        id: r.createUser.user.id,
        email: mail,
        client: await clientFor(fromGlobalId(r.createUser.user.id)!.id, mail),
      };
    },
  };
  return cast;
}

/** A refusal of something the caller can see: FORBIDDEN naming what is missing in `extensions.required`. */
export async function expectForbidden(p: Promise<unknown>, required: string) {
  const err = await expectError(p);
  if (err.code !== 'FORBIDDEN' || err.errors[0]?.extensions?.required !== required) {
    throw new Error(
      `expected FORBIDDEN requiring ${required}, got ${err.code} ${JSON.stringify(err.errors[0]?.extensions)}: ${err.message}`,
    );
  }
  return err;
}

/** Runs a promise that must fail and returns the ConcordRequestError. */
export async function expectError(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as ConcordRequestError;
  }
  throw new Error('expected the operation to fail');
}
