// A sizeable dataset for the benchmark, set-based: 1,000 developers x 10 models, 5,000 recipients, analysts.
import type { Client } from 'pg';

export async function seedBench(pg: Client): Promise<{ analystId: string; clearinghouseAnalystId: string; entryId: string }> {
  await pg.query(`INSERT INTO organization (kind, name, slug, website, participation, enrolled_at)
    SELECT 'AI_DEVELOPER', 'Bench Lab ' || lpad(i::text, 4, '0'), 'bench-lab-' || i, 'https://lab' || i || '.example', 'ENROLLED', now()
    FROM generate_series(1, 1000) AS i`);
  await pg.query(`INSERT INTO frontier_model (developer_id, name, model_version, description, planned_release_at)
    SELECT o.id, 'Model ' || j, j || '.0', 'Benchmark model', now() + (j || ' days')::interval
    FROM organization o CROSS JOIN generate_series(1, 10) AS j WHERE o.kind = 'AI_DEVELOPER'`);
  await pg.query(`INSERT INTO organization (kind, name, slug, recipient_type, sector, state, county, rural, size_tier)
    SELECT 'CRITICAL_INFRASTRUCTURE', 'Bench Recipient ' || i, 'bench-recipient-' || i,
      (ARRAY['HOSPITAL','COMMUNITY_BANK','LOCAL_UTILITY'])[1 + i % 3],
      (ARRAY['HEALTHCARE_AND_PUBLIC_HEALTH','FINANCIAL_SERVICES','WATER_AND_WASTEWATER_SYSTEMS'])[1 + i % 3],
      (ARRAY['OH','PA','WV','KY','IA'])[1 + i % 5], 'County ' || (i % 50), i % 4 <> 0, 'SMALL'
    FROM generate_series(1, 5000) AS i`);
  const { rows: [agency] } = await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    VALUES ('GOVERNMENT_AGENCY', 'National Security Agency', 'bench-nsa', 'NSA', ARRAY['DESIGNATION_AUTHORITY']::varchar[]) RETURNING id`);
  const { rows: [user] } = await pg.query(`INSERT INTO user_account (organization_id, email, name, roles)
    VALUES ($1, 'bench-analyst@nsa.gov', 'Bench Analyst', ARRAY['ANALYST']::varchar[]) RETURNING id`, [agency.id]);
  const { rows: [cisa] } = await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    VALUES ('GOVERNMENT_AGENCY', 'CISA', 'bench-cisa', 'CISA', ARRAY['CLEARINGHOUSE_OPERATOR']::varchar[]) RETURNING id`);
  const { rows: [clearinghouse] } = await pg.query(`INSERT INTO user_account (organization_id, email, name, roles)
    VALUES ($1, 'bench-analyst@cisa.gov', 'Bench Clearinghouse Analyst', ARRAY['ANALYST']::varchar[]) RETURNING id`, [cisa.id]);
  const { rows: [entry] } = await pg.query(`INSERT INTO clearinghouse_entry (key, title, summary, severity, status, marking, reported_by_id, published_at)
    VALUES ('ACC-2026-00001', 'Bench entry', 'For the publishing benchmark', 'HIGH', 'VALIDATED', 'GREEN', $1, now()) RETURNING id`, [cisa.id]);
  await pg.query('ANALYZE');
  return { analystId: user.id, clearinghouseAnalystId: clearinghouse.id, entryId: entry.id };
}
