// The first platform administrator of an empty deployment, and its agency: the one thing no API call can
// make. Run by `npm run admin -- bootstrap ...` (scripts/admin.ts); refused once a platform administrator exists.
import { createPubSub } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { systemClock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { mutate } from '../../core/transaction';
import { ANONYMOUS } from '../../core/viewer';
import { createRequestContext } from '../../core/context';
import { Agency } from '../organizations/agency.entity';
import { AgencyCapability } from '../organizations/organization.enums';
import { Role } from './role.enum';
import { User } from './user.entity';

export interface BootstrapInput {
  email: string;
  name: string;
  agencyName: string;
  acronym: string;
  capabilities: AgencyCapability[];
}

export class BootstrapRefused extends Error {}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function bootstrapPlatformAdmin(
  db: DataSource,
  log: Logger,
  auditKey: string,
  input: BootstrapInput,
): Promise<{ user: User; agency: Agency }> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new BootstrapRefused(`"${input.email}" is not an email address`);
  if (!/^[A-Z0-9]{2,16}$/.test(input.acronym))
    throw new BootstrapRefused('the acronym must be 2-16 capital letters or digits');
  if (!input.agencyName.trim() || input.agencyName.length > 200)
    throw new BootstrapRefused('the agency needs a name of at most 200 characters');
  const government = [
    AgencyCapability.DESIGNATION_AUTHORITY,
    AgencyCapability.CLEARINGHOUSE_OPERATOR,
    AgencyCapability.DIRECTIVE_ISSUER,
  ];
  if (!input.capabilities.some((c) => government.includes(c))) {
    throw new BootstrapRefused(`the administrator's agency needs a government capability (${government.join(', ')})`);
  }
  const slug = input.acronym.toLowerCase();
  if (!SLUG.test(slug)) throw new BootstrapRefused('the acronym does not make a valid slug');
  const ctx = createRequestContext(
    { db, clock: systemClock, log, pubsub: createPubSub(), auditKey },
    ANONYMOUS,
    `bootstrap-${Date.now()}`,
  );
  return mutate(ctx, 'bootstrapPlatformAdmin', async (tx) => {
    const m = tx.db;
    // Serialized, so two bootstraps at once cannot both find no administrator.
    await m.query('SELECT pg_advisory_xact_lock(7340002)');
    const [existing] = await m.query(`SELECT 1 FROM user_account WHERE 'PLATFORM_ADMIN' = ANY(roles) LIMIT 1`);
    if (existing)
      throw new BootstrapRefused('a platform administrator already exists; add more through the API (createUser)');
    const [clash] = await m.query(
      'SELECT 1 FROM organization WHERE slug = $1 UNION ALL SELECT 1 FROM user_account WHERE email = $2',
      [slug, email],
    );
    if (clash) throw new BootstrapRefused(`an organization "${slug}" or a user ${email} already exists`);
    const agency = await m.save(
      m.create(Agency, {
        name: input.agencyName.trim(),
        slug,
        acronym: input.acronym,
        capabilities: [...new Set(input.capabilities)],
      }),
    );
    const user = await m.save(
      m.create(User, {
        organizationId: agency.id,
        email,
        name: input.name.trim() || email,
        roles: [Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.ANALYST],
        active: true,
      }),
    );
    return { result: { user, agency }, subjects: [user.globalId, agency.globalId] };
  });
}
