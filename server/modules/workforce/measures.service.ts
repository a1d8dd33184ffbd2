// Workforce measures, one SQL statement per call: per group (agency, initiative, work role, system priority, or
// everything), positions filled against target, time to hire (need validated to entered on duty; median, 90th
// percentile, share within the 80-day model), where the time goes (median days per stage against the model's
// allotment) and positions overdue at their stage, from the clock. Positions are counted under
// `policy.workforceAggregate` and targets under `policy.hiringAgencyRecord`, so a viewer's groups cover only what
// the viewer may count; a viewer who may count nothing gets no groups at all.
import type { RequestContext } from '../../core/context';
import { expectGlobalId, toGlobalId } from '../../core/ids';
import { policy } from '../../core/policy';
import { rawQuery } from '../../core/sql';
import { codingErrorSql, overdueSql } from './position.service';
import {
  HiringStage,
  STAGE_ALLOTMENT_DAYS,
  STAGE_COLUMN,
  STAGE_ORDER,
  SystemPriority,
  TIME_TO_HIRE_MODEL_DAYS,
  WorkforceGrouping as G,
} from './workforce.enums';
import type { WorkforceMeasureFilter } from './workforce.inputs';

export interface StageMeasure {
  stage: HiringStage;
  allotmentDays: number;
  medianDays: number | null;
  positions: number;
}

export interface WorkforceMeasure {
  key: string;
  agencyId: string | null;
  initiativeId: string | null;
  workRoleId: string | null;
  systemPriority: SystemPriority | null;
  positions: number;
  open: number;
  filled: number;
  cancelled: number;
  target: number | null;
  medianDaysToHire: number | null;
  p90DaysToHire: number | null;
  withinModel: number;
  overdue: number;
  likelyCodingErrors: number;
  stages: StageMeasure[];
}

/** Days between two timestamps as float8 (date_part, not EXTRACT's numeric: narrower rows to sort, faster percentiles). */
const days = (later: string, earlier: string) => `(date_part('epoch', ${later} - ${earlier}) / 86400)`;

/** The stages the model allots days to (every stage but the last), with their duration over position `p`. */
const TIMED_STAGES = STAGE_ORDER.slice(0, -1).map((stage, i) => ({
  stage,
  expr: days(`p.${STAGE_COLUMN[STAGE_ORDER[i + 1]]}`, `p.${STAGE_COLUMN[stage]}`),
}));

/** The group key in its own type (a uuid sorts and hashes faster than its text); NO_ROLE is the group of no work role. */
const NO_ROLE = '00000000-0000-0000-0000-000000000000';

const KEY_SQL: Record<G, string> = {
  [G.TOTAL]: `'TOTAL'::text`,
  [G.AGENCY]: 'p.agency_id',
  [G.INITIATIVE]: 'p.initiative_id',
  [G.WORK_ROLE]: `COALESCE(p.work_role_id, '${NO_ROLE}'::uuid)`,
  [G.SYSTEM_PRIORITY]: 'p.system_priority::text',
};

/** The node type whose global id a group's key is (the others are plain values). */
const KEY_TYPE: Partial<Record<G, string>> = {
  [G.AGENCY]: 'Agency',
  [G.INITIATIVE]: 'HiringInitiative',
  [G.WORK_ROLE]: 'WorkRole',
};

/** Targets per group key over `tt` (initiative_id, agency_id, work_role_id, positions). */
function targetSql(group: G): string {
  // An agency's target under an initiative: its all-roles target, else the sum of its role targets.
  const perAgency = `SELECT tt.agency_id, tt.initiative_id,
      COALESCE(sum(tt.positions) FILTER (WHERE tt.work_role_id IS NULL), sum(tt.positions)) AS v
    FROM tt GROUP BY tt.agency_id, tt.initiative_id`;
  switch (group) {
    case G.TOTAL:
      return `SELECT 'TOTAL'::text AS key, sum(x.v) AS target FROM (${perAgency}) x GROUP BY 1`;
    case G.AGENCY:
      return `SELECT x.agency_id AS key, sum(x.v) AS target FROM (${perAgency}) x GROUP BY x.agency_id`;
    case G.INITIATIVE:
      return `SELECT x.initiative_id AS key, sum(x.v) AS target FROM (${perAgency}) x GROUP BY x.initiative_id`;
    case G.WORK_ROLE:
      return `SELECT tt.work_role_id AS key, sum(tt.positions) AS target FROM tt WHERE tt.work_role_id IS NOT NULL GROUP BY tt.work_role_id`;
    case G.SYSTEM_PRIORITY:
      return `SELECT NULL::text AS key, NULL::bigint AS target WHERE FALSE`;
  }
}

/** The statement and its parameters (exported for the benchmark, which runs the same SQL). */
export function measuresQuery(ctx: RequestContext, group: G, filter: WorkforceMeasureFilter | undefined) {
  const vis = policy.workforceAggregate(ctx.viewer, 'p');
  const tvis = policy.hiringAgencyRecord(ctx.viewer, 't');
  const params: Record<string, unknown> = { ...vis.params, ...tvis.params, wf_now: ctx.clock.now() };
  const where: string[] = [vis.sql];
  const twhere: string[] = [tvis.sql];
  if (filter?.initiativeId) {
    params.m_ini = expectGlobalId(filter.initiativeId, 'HiringInitiative', 'filter.initiativeId');
    where.push('p.initiative_id = :m_ini');
    twhere.push('t.initiative_id = :m_ini');
  }
  if (filter?.agencyId) {
    params.m_ag = expectGlobalId(filter.agencyId, 'Agency', 'filter.agencyId');
    where.push('p.agency_id = :m_ag');
    twhere.push('t.agency_id = :m_ag');
  }
  if (filter?.workRoleId) {
    params.m_wr = expectGlobalId(filter.workRoleId, 'WorkRole', 'filter.workRoleId');
    where.push('p.work_role_id = :m_wr');
    twhere.push('t.work_role_id = :m_wr');
  }
  if (filter?.systemPriorities?.length) {
    params.m_sp = filter.systemPriorities;
    where.push('p.system_priority IN (:...m_sp)');
    // Targets are set per agency and work role, not per system priority.
    twhere.push('FALSE');
  }
  const stageCols = TIMED_STAGES.map(
    (s, i) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY s${i}) AS m${i}, count(s${i}) AS n${i}`,
  ).join(',\n      ');
  const sql = `WITH pos AS (
    SELECT ${KEY_SQL[group]} AS key, p.stage,
      CASE WHEN p.stage = 'ENTERED_ON_DUTY' THEN ${days('p.entered_on_duty_at', 'p.need_validated_at')} END AS tth,
      ${overdueSql('p')} AS overdue, ${codingErrorSql('p')} AS coding,
      ${TIMED_STAGES.map((s, i) => `${s.expr} AS s${i}`).join(', ')}
    FROM position p WHERE ${where.join(' AND ')}
  ), g AS (
    SELECT key, count(*) FILTER (WHERE stage <> 'CANCELLED') AS positions,
      count(*) FILTER (WHERE stage NOT IN ('ENTERED_ON_DUTY', 'CANCELLED')) AS open,
      count(*) FILTER (WHERE stage = 'ENTERED_ON_DUTY') AS filled,
      count(*) FILTER (WHERE stage = 'CANCELLED') AS cancelled,
      count(*) FILTER (WHERE overdue) AS overdue,
      count(*) FILTER (WHERE coding) AS coding,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY tth) AS median_tth,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY tth) AS p90_tth,
      count(*) FILTER (WHERE tth <= ${TIME_TO_HIRE_MODEL_DAYS}) AS within_model,
      ${stageCols}
    FROM pos GROUP BY key
  ), tt AS (
    SELECT t.initiative_id, t.agency_id, t.work_role_id, t.positions FROM hiring_target t WHERE ${twhere.join(' AND ')}
  ), tg AS (${targetSql(group)})
  SELECT COALESCE(g.key, tg.key)::text AS group_key, g.*, tg.target FROM g FULL JOIN tg ON tg.key = g.key ORDER BY 1`;
  return { sql, params };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const measuresService = {
  async measures(
    ctx: RequestContext,
    group: G,
    filter: WorkforceMeasureFilter | undefined,
  ): Promise<WorkforceMeasure[]> {
    const { sql, params } = measuresQuery(ctx, group, filter);
    const rows = await rawQuery<Record<string, unknown>>(ctx.db, sql, params);
    return rows.map((r) => {
      const raw = String(r.group_key);
      const id = raw === NO_ROLE ? null : raw;
      return {
        key: id === null ? 'NONE' : KEY_TYPE[group] ? toGlobalId(KEY_TYPE[group]!, raw) : raw,
        agencyId: group === G.AGENCY ? raw : null,
        initiativeId: group === G.INITIATIVE ? raw : null,
        workRoleId: group === G.WORK_ROLE ? id : null,
        systemPriority: group === G.SYSTEM_PRIORITY ? (raw as SystemPriority) : null,
        positions: Number(r.positions ?? 0),
        open: Number(r.open ?? 0),
        filled: Number(r.filled ?? 0),
        cancelled: Number(r.cancelled ?? 0),
        target: num(r.target),
        medianDaysToHire: num(r.median_tth),
        p90DaysToHire: num(r.p90_tth),
        withinModel: Number(r.within_model ?? 0),
        overdue: Number(r.overdue ?? 0),
        likelyCodingErrors: Number(r.coding ?? 0),
        stages: TIMED_STAGES.map((s, i) => ({
          stage: s.stage,
          allotmentDays: STAGE_ALLOTMENT_DAYS[s.stage],
          medianDays: num(r[`m${i}`]),
          positions: Number(r[`n${i}`] ?? 0),
        })),
      };
    });
  },
};
