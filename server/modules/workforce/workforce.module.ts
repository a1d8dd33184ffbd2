import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { HiringInitiative, HiringReport, HiringTarget } from './hiring-initiative.entity';
import { OverviewWorkforceResolver, WorkforceMeasureResolver } from './measures.resolver';
import { Position } from './position.entity';
import { PositionResolver } from './position.resolver';
import { POSITIONS, positionService } from './position.service';
import { OpmCyberCode, WorkRole } from './work-role.entity';
import { workforcePolicy } from './workforce.policy';
import {
  HiringInitiativeResolver,
  HiringReportResolver,
  HiringTargetResolver,
  InitiativeAgencyResolver,
  OpmCyberCodeResolver,
  WorkRoleResolver,
} from './workforce.resolver';
import {
  HIRING_INITIATIVES,
  OPM_CYBER_CODES,
  TARGETS_OF_INITIATIVE,
  WORK_ROLES,
  workforceService,
} from './workforce.service';

/** The order's cyber hiring surge: NICE work roles and OPM codes, initiatives and targets, positions and measures. */
export const workforceModule = defineModule({
  name: 'workforce',
  policy: workforcePolicy,
  entities: [WorkRole, OpmCyberCode, HiringInitiative, HiringTarget, HiringReport, Position],
  resolvers: [
    WorkRoleResolver,
    OpmCyberCodeResolver,
    HiringInitiativeResolver,
    InitiativeAgencyResolver,
    HiringTargetResolver,
    HiringReportResolver,
    PositionResolver,
    WorkforceMeasureResolver,
    OverviewWorkforceResolver,
    timelineOf(Position, "The position's timeline: each stage it entered, with its date."),
  ],
  nodes: [
    { type: 'WorkRole', load: (ctx, id) => workforceService.workRoleById(ctx, id) },
    { type: 'OpmCyberCode', load: (ctx, id) => workforceService.codeById(ctx, id) },
    { type: 'HiringInitiative', load: (ctx, id) => workforceService.initiativeById(ctx, id) },
    { type: 'HiringTarget', load: (ctx, id) => workforceService.targetById(ctx, id) },
    { type: 'HiringReport', load: (ctx, id) => workforceService.reportById(ctx, id) },
    { type: 'Position', load: (ctx, id) => positionService.byId(ctx, id) },
  ],
  reads: {
    lists: {
      'Query.workRoles': WORK_ROLES,
      'Query.opmCyberCodes': OPM_CYBER_CODES,
      'Query.hiringInitiatives': HIRING_INITIATIVES,
      'Query.positions': POSITIONS,
      'HiringInitiative.targets': TARGETS_OF_INITIATIVE,
    },
  },
});
