// A position's hiring lifecycle: the stages of OPM's end-to-end hiring roadmap in order, each action named for the
// stage it enters. A stage may not be skipped; ANNOUNCEMENT_OPEN again after the announcement closed (no
// selection, or a selectee who declined or failed suitability) is a re-announcement; any open stage may be
// cancelled. The date each stage was entered is the service's (checked against the previous stage and the clock).
import { Lifecycle } from '../../core/lifecycle';
import { Position } from './position.entity';
import { HiringStage as S, OPEN_STAGES } from './workforce.enums';

/** Stages from which the job is announced again. */
export const REANNOUNCE_FROM: readonly S[] = [
  S.ANNOUNCEMENT_CLOSED,
  S.CERTIFICATE_ISSUED,
  S.SELECTION,
  S.TENTATIVE_OFFER,
  S.SECURITY_AND_SUITABILITY,
  S.FIRM_OFFER,
];

export const positionLifecycle = new Lifecycle(
  'Position',
  {
    [S.JOB_ANALYSIS]: { from: [S.NEED_VALIDATED], to: S.JOB_ANALYSIS },
    [S.ANNOUNCEMENT_OPEN]: { from: [S.JOB_ANALYSIS, ...REANNOUNCE_FROM], to: S.ANNOUNCEMENT_OPEN },
    [S.ANNOUNCEMENT_CLOSED]: { from: [S.ANNOUNCEMENT_OPEN], to: S.ANNOUNCEMENT_CLOSED },
    [S.CERTIFICATE_ISSUED]: { from: [S.ANNOUNCEMENT_CLOSED], to: S.CERTIFICATE_ISSUED },
    [S.SELECTION]: { from: [S.CERTIFICATE_ISSUED], to: S.SELECTION },
    [S.TENTATIVE_OFFER]: { from: [S.SELECTION], to: S.TENTATIVE_OFFER },
    [S.SECURITY_AND_SUITABILITY]: { from: [S.TENTATIVE_OFFER], to: S.SECURITY_AND_SUITABILITY },
    [S.FIRM_OFFER]: { from: [S.SECURITY_AND_SUITABILITY], to: S.FIRM_OFFER },
    [S.ENTERED_ON_DUTY]: { from: [S.FIRM_OFFER], to: S.ENTERED_ON_DUTY },
    [S.CANCELLED]: { from: OPEN_STAGES, to: S.CANCELLED },
  },
  {
    entity: () => Position,
    states: S,
    initial: [S.NEED_VALIDATED],
    stateOf: (p: Position) => p.stage,
  },
);
