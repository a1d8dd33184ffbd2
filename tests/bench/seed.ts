// A sizeable dataset for the benchmark, set-based: 1,000 developers x 10 models, each model with a designation
// case and three benchmark results, 10,000 recipients, analysts, and an entry to publish.
import type { Client } from 'pg';

export async function seedBench(
  pg: Client,
  progress: (line: string) => void,
): Promise<{ analystId: string; clearinghouseAnalystId: string; entryId: string }> {
  progress('seeding 1,000 developers x 10 models');
  await pg.query(`INSERT INTO organization (kind, name, slug, website, participation, enrolled_at)
    SELECT 'AI_DEVELOPER', 'Bench Lab ' || lpad(i::text, 4, '0'), 'bench-lab-' || i, 'https://lab' || i || '.example', 'ENROLLED', now()
    FROM generate_series(1, 1000) AS i`);
  await pg.query(`INSERT INTO frontier_model (developer_id, name, model_version, description, planned_release_at, created_at)
    SELECT o.id, 'Model ' || j, j || '.0', 'Benchmark model', now() + (j || ' days')::interval, now() - (j || ' minutes')::interval
    FROM organization o CROSS JOIN generate_series(1, 10) AS j WHERE o.kind = 'AI_DEVELOPER'`);
  const {
    rows: [agency],
  } = await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    VALUES ('GOVERNMENT_AGENCY', 'National Security Agency', 'bench-nsa', 'NSA', ARRAY['DESIGNATION_AUTHORITY']::varchar[]) RETURNING id`);
  progress('seeding 10,000 designation cases x 3 benchmark results');
  await pg.query(
    `INSERT INTO designation (model_id, basis, lead_agency_id, status, response_window_days, developer_notified_at)
    SELECT m.id, 'BENCHMARK_SCREENING', $1, (ARRAY['OPEN','BENCHMARKING','NOT_COVERED'])[1 + (row_number() OVER ()) % 3], 14, now()
    FROM frontier_model m`,
    [agency.id],
  );
  await pg.query(`INSERT INTO benchmark_result (designation_id, suite, suite_version, score, threshold, evaluated_at)
    SELECT d.id, 'suite-' || k, '1.' || k, round((0.5 + k / 10.0)::numeric, 2)::float8, 0.7, now() - (k || ' days')::interval
    FROM designation d CROSS JOIN generate_series(1, 3) AS k`);
  progress('seeding 10,000 recipients');
  await pg.query(`INSERT INTO organization (kind, name, slug, recipient_type, sector, state, county, rural, size_tier)
    SELECT 'CRITICAL_INFRASTRUCTURE', 'Bench Recipient ' || i, 'bench-recipient-' || i,
      (ARRAY['HOSPITAL','COMMUNITY_BANK','LOCAL_UTILITY'])[1 + i % 3],
      (ARRAY['HEALTHCARE_AND_PUBLIC_HEALTH','FINANCIAL_SERVICES','WATER_AND_WASTEWATER_SYSTEMS'])[1 + i % 3],
      (ARRAY['OH','PA','WV','KY','IA'])[1 + i % 5], 'County ' || (i % 50), i % 4 <> 0, 'SMALL'
    FROM generate_series(1, 10000) AS i`);
  const {
    rows: [user],
  } = await pg.query(
    `INSERT INTO user_account (organization_id, email, name, roles)
    VALUES ($1, 'bench-analyst@nsa.gov', 'Bench Analyst', ARRAY['ANALYST']::varchar[]) RETURNING id`,
    [agency.id],
  );
  const {
    rows: [cisa],
  } = await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    VALUES ('GOVERNMENT_AGENCY', 'CISA', 'bench-cisa', 'CISA', ARRAY['CLEARINGHOUSE_OPERATOR']::varchar[]) RETURNING id`);
  const {
    rows: [clearinghouse],
  } = await pg.query(
    `INSERT INTO user_account (organization_id, email, name, roles)
    VALUES ($1, 'bench-analyst@cisa.gov', 'Bench Clearinghouse Analyst', ARRAY['ANALYST']::varchar[]) RETURNING id`,
    [cisa.id],
  );
  const {
    rows: [entry],
  } = await pg.query(
    `INSERT INTO clearinghouse_entry (key, title, summary, severity, status, marking, reported_by_id, published_at)
    VALUES ('ACC-2000-00001', 'Bench entry', 'For the publishing benchmark', 'HIGH', 'VALIDATED', 'GREEN', $1, now()) RETURNING id`,
    [cisa.id],
  );
  await pg.query('ANALYZE');
  return { analystId: user.id, clearinghouseAnalystId: clearinghouse.id, entryId: entry.id };
}

/** Synthetic entries from the real KEV text (words of real titles and descriptions, recombined), up to `total`. */
export async function growEntries(pg: Client, total: number, reporterId: string): Promise<void> {
  await pg.query(
    `WITH words AS (SELECT array_agg(w) AS w FROM (SELECT DISTINCT regexp_split_to_table(lower(title || ' ' || summary), '[^a-z0-9]+') AS w FROM clearinghouse_entry) x WHERE length(w) > 3),
     n AS (SELECT count(*) AS have FROM clearinghouse_entry)
     INSERT INTO clearinghouse_entry (key, title, summary, severity, status, marking, reported_by_id, published_at)
     SELECT 'SYN-' || i, initcap(w[1 + (i * 7) % cardinality(w)] || ' ' || w[1 + (i * 13) % cardinality(w)] || ' ' || w[1 + (i * 31) % cardinality(w)]),
       w[1 + (i * 3) % cardinality(w)] || ' ' || w[1 + (i * 17) % cardinality(w)] || ' ' || w[1 + (i * 29) % cardinality(w)] || ' ' || w[1 + (i * 41) % cardinality(w)] || ' vulnerability in a synthetic product.',
       'MEDIUM', 'VALIDATED', 'CLEAR', $2, now()
     FROM words, n, generate_series(1, $1 - n.have) AS i`,
    [total, reporterId],
  );
  await pg.query('ANALYZE clearinghouse_entry');
}
