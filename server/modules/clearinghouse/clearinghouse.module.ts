import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { ClearinghouseEntry } from './entry.entity';
import { entryLoader } from './entry.loaders';
import { ClearinghouseEntryResolver } from './entry.resolver';
import { ENTRIES } from './entry.service';
import { clearinghousePolicy } from './entry.policy';

export const clearinghouseModule = defineModule({
  name: 'clearinghouse',
  policy: clearinghousePolicy,
  entities: [ClearinghouseEntry],
  resolvers: [ClearinghouseEntryResolver, timelineOf(ClearinghouseEntry, 'The entry timeline, oldest first.')],
  nodes: [{ type: 'ClearinghouseEntry', load: (ctx, id) => entryLoader(ctx).load(id) }],
  reads: { lists: { 'Query.clearinghouseEntries': ENTRIES } },
});
