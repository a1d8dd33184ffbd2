import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { BenchmarkResult } from './benchmark-result.entity';
import { DesignationResponse } from './designation-response.entity';
import { Designation } from './designation.entity';
import { designationLoader } from './designation.loaders';
import { DesignationResolver, ModelDesignationsResolver } from './designation.resolver';
import { BENCHMARK_RESULTS_OF, CASES_OF_MODEL, DESIGNATIONS, designationService } from './designation.service';
import { designationsPolicy } from './designation.policy';

export const designationsModule = defineModule({
  name: 'designations',
  policy: designationsPolicy,
  entities: [Designation, BenchmarkResult, DesignationResponse],
  resolvers: [
    DesignationResolver,
    ModelDesignationsResolver,
    timelineOf(Designation, 'The case timeline, oldest first.'),
  ],
  nodes: [
    { type: 'Designation', load: (ctx, id) => designationLoader(ctx).load(id) },
    { type: 'BenchmarkResult', load: (ctx, id) => designationService.benchmarkResultById(ctx, id) },
    { type: 'DesignationResponse', load: (ctx, id) => designationService.responseById(ctx, id) },
  ],
  reads: {
    lists: {
      'Query.designations': DESIGNATIONS,
      'FrontierModel.designations': CASES_OF_MODEL,
      'Designation.benchmarkResults': BENCHMARK_RESULTS_OF,
    },
    derived: { 'BenchmarkResult.exceedsThreshold': (_ctx, b) => ({ sql: `${b}.score >= ${b}.threshold`, params: {} }) },
  },
});
