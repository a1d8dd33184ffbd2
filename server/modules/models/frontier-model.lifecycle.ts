// A frontier model's one move: its release, which always succeeds and closes its open review windows as
// RELEASED (the enter hook runs modelReleased, which the review windows module handles), whatever findings are open. The stage is derived from releasedAt.
import { Lifecycle } from '../../core/lifecycle';
import { modelReleased } from './frontier-model.hooks';
import { FrontierModel } from './frontier-model.entity';

export enum ModelStage {
  UNRELEASED = 'UNRELEASED',
  RELEASED = 'RELEASED',
}

export const modelLifecycle = new Lifecycle(
  'FrontierModel',
  { release: { from: [ModelStage.UNRELEASED], to: ModelStage.RELEASED } },
  {
    entity: () => FrontierModel,
    states: ModelStage,
    initial: [ModelStage.UNRELEASED],
    stateOf: (m: FrontierModel) => (m.releasedAt ? ModelStage.RELEASED : ModelStage.UNRELEASED),
    enter: { [ModelStage.RELEASED]: (tx, model) => modelReleased.run(tx, { modelId: model.id }) },
  },
);
