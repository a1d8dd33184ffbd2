import { defineModule } from '../../core/module';
import { Milestone } from './milestone.entity';
import { MilestoneResolver } from './milestone.resolver';
import { milestoneService } from './milestone.service';
import { MILESTONES } from './milestone.service';
import { milestonesPolicy } from './milestone.policy';

export const milestonesModule = defineModule({
  name: 'milestones',
  policy: milestonesPolicy,
  entities: [Milestone],
  resolvers: [MilestoneResolver],
  nodes: [{ type: 'Milestone', load: (ctx, id) => milestoneService.byId(ctx, id) }],
  reads: { lists: { 'Query.milestones': MILESTONES } },
});
