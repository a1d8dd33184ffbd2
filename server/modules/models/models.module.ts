import { defineModule } from '../../core/module';
import { FrontierModel } from './frontier-model.entity';
import { frontierModelLoader } from './frontier-model.loaders';
import { DeveloperModelsResolver, FrontierModelResolver } from './frontier-model.resolver';

export const modelsModule = defineModule({
  name: 'models',
  entities: [FrontierModel],
  resolvers: [FrontierModelResolver, DeveloperModelsResolver],
  nodes: [{ type: 'FrontierModel', load: (ctx, id) => frontierModelLoader(ctx).load(id) }],
});
