import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { NodeResolver } from './node.resolver';
import { OrganizationResolver } from '../modules/organizations/organization.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { DeveloperModelsResolver, FrontierModelResolver } from '../modules/models/frontier-model.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { Developer } from '../modules/organizations/developer.entity';
import { Agency } from '../modules/organizations/agency.entity';
import { Recipient } from '../modules/organizations/recipient.entity';

export const resolvers = [NodeResolver, OrganizationResolver, UserResolver, ApiKeyResolver, FrontierModelResolver, DeveloperModelsResolver, AuditResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql's metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers],
    orphanedTypes: [Developer, Agency, Recipient],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return cached;
}
