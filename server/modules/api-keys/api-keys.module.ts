import { defineModule } from '../../core/module';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { apiKeyService } from './api-key.service';
import { apiKeysPolicy } from './api-key.policy';

export const apiKeysModule = defineModule({
  name: 'api-keys',
  policy: apiKeysPolicy,
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  nodes: [{ type: 'ApiKey', load: (ctx, id) => apiKeyService.byId(ctx, id) }],
});
