import { defineModule } from '../../core/module';
import { FrontierModel } from './frontier-model.entity';
import { frontierModelLoader } from './frontier-model.loaders';
import { DeveloperModelsResolver, FrontierModelResolver } from './frontier-model.resolver';
import { MODELS, MODELS_OF_DEVELOPER } from './frontier-model.service';
import { policy } from '../../core/policy';
import { modelsPolicy } from './frontier-model.policy';

export const modelsModule = defineModule({
  name: 'models',
  policy: modelsPolicy,
  entities: [FrontierModel],
  resolvers: [FrontierModelResolver, DeveloperModelsResolver],
  nodes: [{ type: 'FrontierModel', load: (ctx, id) => frontierModelLoader(ctx).load(id) }],
  reads: {
    lists: {
      'Query.frontierModels': MODELS,
      'Developer.models': MODELS_OF_DEVELOPER,
    },
    // As coverageLoader computes it.
    derived: { 'FrontierModel.coverage': (ctx, m) => policy.coverage(ctx.viewer, m) },
  },
});
