import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { AdvisoryDelivery } from './advisory-delivery.entity';
import { Advisory } from './advisory.entity';
import { AdvisoryDeliveryResolver, AdvisoryResolver, RecipientDeliveriesResolver } from './advisory.resolver';
import { advisoryService } from './advisory.service';
import { ADVISORIES, DELIVERIES, DELIVERIES_OF_RECIPIENT } from './advisory.service';
import { advisoriesPolicy } from './advisory.policy';

export const advisoriesModule = defineModule({
  name: 'advisories',
  policy: advisoriesPolicy,
  entities: [Advisory, AdvisoryDelivery],
  resolvers: [
    AdvisoryResolver,
    AdvisoryDeliveryResolver,
    RecipientDeliveriesResolver,
    timelineOf(Advisory, 'The advisory timeline.'),
    timelineOf(AdvisoryDelivery, "The recipient's reports, oldest first."),
  ],
  nodes: [
    { type: 'Advisory', load: (ctx, id) => advisoryService.byId(ctx, id) },
    { type: 'AdvisoryDelivery', load: (ctx, id) => advisoryService.deliveryById(ctx, id) },
  ],
  reads: {
    lists: {
      'Query.advisories': ADVISORIES,
      'Query.deliveries': DELIVERIES,
      'Recipient.deliveries': DELIVERIES_OF_RECIPIENT,
    },
  },
});
