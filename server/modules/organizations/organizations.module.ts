import { defineModule } from '../../core/module';
import { Agency } from './agency.entity';
import { Developer } from './developer.entity';
import { Organization } from './organization.entity';
import { organizationLoader } from './organization.loaders';
import { OrganizationResolver } from './organization.resolver';
import { AGENCIES, DEVELOPERS, RECIPIENTS } from './organization.service';
import { Recipient } from './recipient.entity';
import { organizationsPolicy } from './organization.policy';

const load = (ctx: Parameters<typeof organizationLoader>[0], id: string) => organizationLoader(ctx).load(id);

export const organizationsModule = defineModule({
  name: 'organizations',
  policy: organizationsPolicy,
  entities: [Organization, Developer, Agency, Recipient],
  resolvers: [OrganizationResolver],
  orphanedTypes: [Developer, Agency, Recipient],
  nodes: [
    { type: 'Developer', load },
    { type: 'Agency', load },
    { type: 'Recipient', load },
  ],
  reads: { lists: { 'Query.developers': DEVELOPERS, 'Query.agencies': AGENCIES, 'Query.recipients': RECIPIENTS } },
});
