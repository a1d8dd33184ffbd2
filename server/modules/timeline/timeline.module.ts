import { defineModule } from '../../core/module';
import { TimelineEventResolver } from './timeline.resolver';
import { timelineService } from './timeline.service';

/** Timeline reads (the entity lives in core/, which records every move). */
export const timelineModule = defineModule({
  name: 'timeline',
  resolvers: [TimelineEventResolver],
  nodes: [{ type: 'TimelineEvent', load: (ctx, id, resolve) => timelineService.byId(ctx, id, resolve) }],
});
