import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { DefenseTool } from './defense-tool.entity';
import {
  DefenseToolResolver,
  DeveloperToolsResolver,
  RecipientGrantsResolver,
  ToolGrantResolver,
} from './defense-tool.resolver';
import { defenseToolService } from './defense-tool.service';
import { ToolGrant } from './tool-grant.entity';
import { GRANTS, GRANTS_OF_RECIPIENT, TOOLS, TOOLS_OF_DEVELOPER } from './defense-tool.service';
import { defenseToolsPolicy } from './defense-tool.policy';

export const defenseToolsModule = defineModule({
  name: 'defense-tools',
  policy: defenseToolsPolicy,
  entities: [DefenseTool, ToolGrant],
  resolvers: [
    DefenseToolResolver,
    ToolGrantResolver,
    DeveloperToolsResolver,
    RecipientGrantsResolver,
    timelineOf(ToolGrant, 'The grant timeline.'),
  ],
  nodes: [
    { type: 'DefenseTool', load: (ctx, id) => defenseToolService.byId(ctx, id) },
    { type: 'ToolGrant', load: (ctx, id) => defenseToolService.grantById(ctx, id) },
  ],
  reads: {
    lists: {
      'Query.defenseTools': TOOLS,
      'Developer.defenseTools': TOOLS_OF_DEVELOPER,
      'Query.toolGrants': GRANTS,
      'Recipient.toolGrants': GRANTS_OF_RECIPIENT,
    },
  },
});
