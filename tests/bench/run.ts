// npm run bench: Concord against raw-SQL baselines serving the same JSON, in the same run, on this machine.
// For each read shape: req/s, p50/p99 latency, SQL statements per request and peak memory (VmHWM) for both, and
// ratios. Then publishing an advisory to 10,000 recipients against one raw INSERT ... SELECT, importing CISA's
// KEV catalog, and ranked search over 1,000 and 100,000 entries. Prints a table per part and writes the same
// figures to a JSON file (BENCH_OUT, default bench-results.json) so that two runs can be compared.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { growEntries, seedBench } from './seed';
import { newSecret, SecretBox } from '../../server/modules/notifications/signing';
import { SHAPES, type Shape } from './shapes';
import type { ReadPathReport } from './read-paths';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'concord_bench';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const OUT = path.resolve(process.env.BENCH_OUT ?? 'bench-results.json');
const ROOT = path.resolve(__dirname, '..', '..', '..');

const progress = (line: string) => process.stdout.write(`… ${line}\n`);

function dbUrl(name: string) {
  const u = new URL(BASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

// Both servers run with the heap limit Concord's start scripts and Dockerfile give it (the baseline's memory does
// not depend on it: ~105 MB either way).
const NODE_FLAGS = ['--max-old-space-size=1024', '--max-semi-space-size=4'];

function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...env },
      execArgv: NODE_FLAGS,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function table(title: string, rows: string[][]) {
  process.stdout.write(`\n${title}\n\n`);
  const width = (i: number) => Math.max(i === 0 ? 16 : 11, ...rows.map((r) => (r[i] ?? '').length + (i === 0 ? 1 : 2)));
  for (const row of rows)
    process.stdout.write(row.map((x, i) => (i === 0 ? x.padEnd(width(i)) : x.padStart(width(i)))).join('') + '\n');
}

const ratio = (a: number, b: number) => Number((a / Math.max(b, 1e-9)).toFixed(2));

async function main() {
  const results: Record<string, unknown> = {
    at: new Date().toISOString(),
    node: process.version,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    compiledReads: process.env.GRAPHQL_COMPILED_READS !== 'false',
    nodeFlags: NODE_FLAGS,
    shapes: [] as unknown[],
  };
  const admin = new Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();

  progress('starting Concord (migrations)');
  const concordEnv = {
    DATABASE_URL: dbUrl(DB),
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret!',
    JWT_ISSUER: 'bench',
    JWT_AUDIENCE: 'concord',
    AUDIT_HMAC_KEY: 'bench-audit-key-bench-audit-key-0123',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    GRAPHQL_MAX_COST: '10000000',
    RATE_LIMIT_ENABLED: 'false',
    METRICS_TOKEN: 'bench-metrics-token-0123456789',
    METRICS_PORT: '-1',
    // The notification runner drains webhook deliveries to a receiver in this process (below).
    WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
    OUTBOX_POLL_MS: '200',
  };
  const concord = await start(path.join(__dirname, 'concord-child.js'), concordEnv);
  const pg = new Client({ connectionString: dbUrl(DB) });
  await pg.connect();
  const { analystId, clearinghouseAnalystId, entryId } = await seedBench(pg, progress);
  const sign = (id: string): Promise<string> =>
    new Promise((resolve) => {
      concord.child.once('message', (m: { token: string }) => resolve(m.token));
      concord.child.send({ sign: id });
    });
  const token = await sign(analystId);
  const baseline = await start(path.join(__dirname, 'baseline.js'), { DATABASE_URL: dbUrl(DB), PORT: '0' });
  const concordUrl = `http://127.0.0.1:${concord.port}/graphql`;
  const baselineUrl = `http://127.0.0.1:${baseline.port}/`;
  const auth = { authorization: `Bearer ${token}` };
  const statements = async () =>
    Number(
      /concord_db_statements_total (\d+)/.exec(
        await (
          await fetch(`http://127.0.0.1:${concord.port}/metrics`, {
            headers: { authorization: 'Bearer bench-metrics-token-0123456789' },
          })
        ).text(),
      )?.[1] ?? 0,
    );
  const baselineStatements = async () =>
    ((await (await fetch(`${baselineUrl}stats`)).json()) as { statements: number }).statements;

  // Which reads SQL answers in one statement, and which fall back to the resolvers (and why).
  progress('read-path report');
  const report: ReadPathReport = await new Promise((resolve) => {
    concord.child.once('message', (m: { report: ReadPathReport }) => resolve(m.report));
    concord.child.send({ readPaths: analystId });
  });
  results.readPaths = report;
  const compiledLists = report.lists.filter((l) => l.path === 'compiled').length;
  table(
    `read paths: ${compiledLists} of ${report.lists.length} list fields compiled into one statement; the rest through the resolvers:`,
    [['list field', 'path', 'reason'], ...report.lists.map((l) => [l.field, l.path, l.reason ?? ''])],
  );
  table(
    `the SDK's query documents (sdk/documents), as an analyst sends them: fallback rate ${(report.fallbackRate * 100).toFixed(0)}%`,
    [['document', 'path', 'reason'], ...report.documents.map((d) => [d.operation, d.path, d.reason ?? ''])],
  );

  const shapeRows: string[][] = [
    ['shape', 'req/s C', 'req/s SQL', 'ratio', 'p50 C', 'p99 C', 'p99/p50', 'SQL/req', 'RSS C MB', 'RSS ratio'],
  ];
  for (const [index, shape] of SHAPES.entries()) {
    progress(`shape ${index + 1}/${SHAPES.length}: ${shape.name}`);
    const cBody = JSON.stringify({ query: shape.query, variables: shape.variables });
    const bBody = JSON.stringify({ variables: shape.variables, shape: index });
    const post = async (url: string, body: string, headers: Record<string, string> = {}) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).json();
    const a = (await post(concordUrl, cBody, auth)) as { data?: unknown; errors?: unknown };
    const b = (await post(baselineUrl, bBody)) as { data?: unknown };
    if (!a.data || a.errors) throw new Error(`Concord answered with errors: ${JSON.stringify(a).slice(0, 500)}`);
    if (JSON.stringify(a.data) !== JSON.stringify(b.data))
      throw new Error(
        `${shape.name}: Concord and the baseline disagree:\n${JSON.stringify(a.data).slice(0, 300)}\n${JSON.stringify(b.data).slice(0, 300)}`,
      );
    const hc = { 'content-type': 'application/json', ...auth };
    await autocannon({ url: concordUrl, method: 'POST', headers: hc, body: cBody, connections: 2, duration: 2 });
    await autocannon({
      url: baselineUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bBody,
      connections: 2,
      duration: 2,
    });
    const s0 = await statements();
    const c = await autocannon({
      url: concordUrl,
      method: 'POST',
      headers: hc,
      body: cBody,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const cStatements = ((await statements()) - s0 - 0) / c.requests.total;
    const b0 = await baselineStatements();
    const r = await autocannon({
      url: baselineUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bBody,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const rStatements = ((await baselineStatements()) - b0) / r.requests.total;
    const rssC = peakRssMb(concord.child.pid!);
    const rssB = peakRssMb(baseline.child.pid!);
    const figures = {
      shape: shape.name,
      depth: shape.depth,
      concord: {
        reqPerSec: c.requests.average,
        p50: c.latency.p50,
        p99: c.latency.p99,
        statementsPerRequest: Number(cStatements.toFixed(2)),
        peakRssMb: Number(rssC.toFixed(0)),
        errors: c.errors + c.non2xx,
      },
      baseline: {
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        statementsPerRequest: Number(rStatements.toFixed(2)),
        peakRssMb: Number(rssB.toFixed(0)),
        errors: r.errors + r.non2xx,
      },
      ratios: {
        throughput: ratio(c.requests.average, r.requests.average),
        p50: ratio(c.latency.p50, r.latency.p50),
        tail: ratio(c.latency.p99, c.latency.p50),
        memory: ratio(rssC, rssB),
      },
    };
    (results.shapes as unknown[]).push(figures);
    shapeRows.push([
      `${index + 1}`,
      c.requests.average.toFixed(0),
      r.requests.average.toFixed(0),
      figures.ratios.throughput.toFixed(2),
      String(c.latency.p50),
      String(c.latency.p99),
      figures.ratios.tail.toFixed(2),
      cStatements.toFixed(2),
      rssC.toFixed(0),
      figures.ratios.memory.toFixed(2),
    ]);
  }
  table(
    `nested reads, ${CONNECTIONS} connections, ${DURATION} s each (C = Concord; ratio = Concord / raw SQL):\n${SHAPES.map((s, i) => `  ${i + 1}. ${s.name}`).join('\n')}`,
    shapeRows,
  );

  // Publishing an advisory to every recipient: one GraphQL mutation against one raw INSERT ... SELECT.
  progress('publishing an advisory to 10,000 recipients');
  const cisaToken = await sign(clearinghouseAnalystId);
  const gql = async (query: string, variables: Record<string, unknown>) =>
    (await (
      await fetch(concordUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cisaToken}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data: Record<string, any>; errors?: unknown };
  const entryGlobalId = Buffer.from(`ClearinghouseEntry:${entryId}`).toString('base64url');
  // Five rounds, each a fresh advisory against a fresh raw INSERT ... SELECT, alternating; the medians count
  // (one publish right after the read load is at the mercy of PostgreSQL's checkpointer).
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const publishTimes: number[] = [];
  const rawTimes: number[] = [];
  let publishStatements = 0;
  let n = 0;
  for (let round = 0; round < 5; round++) {
    const draft = await gql(
      'mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { advisory { id } } }',
      {
        input: {
          title: `Benchmark advisory ${round + 1}`,
          summary: 'To every benchmark recipient.',
          entryIds: [entryGlobalId],
          marking: 'GREEN',
          priority: 'ROUTINE',
          audience: { recipientTypes: ['HOSPITAL', 'COMMUNITY_BANK', 'LOCAL_UTILITY'] },
        },
      },
    );
    const p0 = await statements();
    let t = performance.now();
    const published = await gql(
      'mutation($input: AdvisoryActionInput!) { publishAdvisory(input: $input) { advisory { id } } }',
      { input: { advisoryId: draft.data.draftAdvisory.advisory.id } },
    );
    publishTimes.push(performance.now() - t);
    publishStatements = (await statements()) - p0;
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    const {
      rows: [delivered],
    } = await pg.query(
      'SELECT count(*)::int AS n FROM advisory_delivery d JOIN advisory a ON a.id = d.advisory_id WHERE a.title = $1',
      [`Benchmark advisory ${round + 1}`],
    );
    n = delivered.n;
    const {
      rows: [raw],
    } = await pg.query(`INSERT INTO advisory (title, summary, marking, priority, audience, status, issuer_id, entry_ids)
      SELECT 'raw', 'raw baseline', 'GREEN', 'ROUTINE', '{}'::jsonb, 'PUBLISHED', issuer_id, entry_ids FROM advisory LIMIT 1 RETURNING id`);
    t = performance.now();
    await pg.query(
      `INSERT INTO advisory_delivery (advisory_id, recipient_id, delivered_at, status)
      SELECT $1, o.id, now(), 'DELIVERED' FROM organization o WHERE o.kind = 'CRITICAL_INFRASTRUCTURE'`,
      [raw.id],
    );
    rawTimes.push(performance.now() - t);
  }
  const publishMs = median(publishTimes);
  const rawMs = median(rawTimes);
  results.publish = {
    recipients: n,
    rounds: publishTimes.length,
    concordMs: Number(publishMs.toFixed(1)),
    rawInsertSelectMs: Number(rawMs.toFixed(1)),
    ratio: ratio(publishMs, rawMs),
    statements: publishStatements,
    concordRoundsMs: publishTimes.map((x) => Number(x.toFixed(1))),
    rawRoundsMs: rawTimes.map((x) => Number(x.toFixed(1))),
  };
  table(`publish an advisory to ${n} recipients (one transaction; median of ${publishTimes.length} rounds):`, [
    ['', 'Concord', 'raw SQL', 'ratio'],
    ['ms', publishMs.toFixed(0), rawMs.toFixed(0), ratio(publishMs, rawMs).toFixed(2)],
    ['SQL statements', String(publishStatements), '1', ''],
  ]);

  // The notifications runner: one more advisory to the 10,000 recipients, each with a webhook endpoint on a local
  // receiver; the rate is signed, visibility-checked deliveries per second from publish to the last 2xx.
  progress('draining 10,000 webhook deliveries to a local receiver');
  let received = 0;
  const receiverServer = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiverServer.listen(0, '127.0.0.1', r));
  const receiverUrl = `http://127.0.0.1:${(receiverServer.address() as AddressInfo).port}/hook`;
  await pg.query(`INSERT INTO user_account (organization_id, email, name, roles)
    SELECT o.id, o.slug || '@bench.example', 'Bench admin', ARRAY['ORG_ADMIN']::varchar[]
      FROM organization o WHERE o.kind = 'CRITICAL_INFRASTRUCTURE'`);
  const secret = newSecret();
  await pg.query(
    `INSERT INTO webhook_endpoint (organization_id, url, events, secret_enc, secret_hint, created_by_user_id)
     SELECT u.organization_id, $1, ARRAY['advisory.published']::varchar[], $2, $3, u.id
       FROM user_account u JOIN organization o ON o.id = u.organization_id
      WHERE o.kind = 'CRITICAL_INFRASTRUCTURE' AND u.email LIKE '%@bench.example'`,
    [receiverUrl, new SecretBox(concordEnv.AUDIT_HMAC_KEY).seal(secret), secret.slice(-4)],
  );
  const drainDraft = await gql(
    'mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { advisory { id } } }',
    {
      input: {
        title: 'Benchmark advisory for webhooks',
        summary: 'To every benchmark recipient, by webhook.',
        entryIds: [entryGlobalId],
        marking: 'GREEN',
        priority: 'ROUTINE',
        audience: { recipientTypes: ['HOSPITAL', 'COMMUNITY_BANK', 'LOCAL_UTILITY'] },
      },
    },
  );
  const drainStart = performance.now();
  const drainPublished = await gql(
    'mutation($input: AdvisoryActionInput!) { publishAdvisory(input: $input) { advisory { id } } }',
    { input: { advisoryId: drainDraft.data.draftAdvisory.advisory.id } },
  );
  if (drainPublished.errors) throw new Error(JSON.stringify(drainPublished.errors));
  const drainTarget = n;
  const drainDeadline = Date.now() + 600_000;
  let delivered = 0;
  while (Date.now() < drainDeadline) {
    const {
      rows: [c],
    } = await pg.query(
      `SELECT count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered FROM notification WHERE kind = 'advisory.published' AND channel = 'WEBHOOK'`,
    );
    delivered = c.delivered;
    if (delivered >= drainTarget) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const drainSeconds = (performance.now() - drainStart) / 1000;
  receiverServer.close();
  results.webhookDrain = {
    deliveries: delivered,
    received,
    seconds: Number(drainSeconds.toFixed(1)),
    perSecond: Number((delivered / drainSeconds).toFixed(0)),
  };
  table(`webhook deliveries drained by the notifications runner (pg-boss), publish to last 2xx:`, [
    ['', 'deliveries', 'received', 'seconds', 'per second'],
    ['webhooks', String(delivered), String(received), drainSeconds.toFixed(1), (delivered / drainSeconds).toFixed(0)],
  ]);

  // CISA's KEV catalog, imported through the mutation (set-based), then ranked search at two sizes.
  progress("importing CISA's KEV catalog (1,404 entries)");
  const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/kev/known_exploited_vulnerabilities.json'), 'utf8'));
  let t = performance.now();
  const imported = await gql(
    'mutation($c: JSONObject!) { importKevCatalog(input: { catalog: $c }) { total created updated unchanged } }',
    { c: catalog },
  );
  const importMs = performance.now() - t;
  if (imported.errors) throw new Error(JSON.stringify(imported.errors));
  t = performance.now();
  const again = await gql(
    'mutation($c: JSONObject!) { importKevCatalog(input: { catalog: $c }) { total created updated unchanged } }',
    { c: catalog },
  );
  const reimportMs = performance.now() - t;
  results.kevImport = {
    ...imported.data.importKevCatalog,
    ms: Number(importMs.toFixed(0)),
    reimport: { ...again.data.importKevCatalog, ms: Number(reimportMs.toFixed(0)) },
  };
  table("import CISA's KEV catalog through importKevCatalog:", [
    ['', 'ms', 'created', 'updated', 'unchanged'],
    [
      'first import',
      importMs.toFixed(0),
      String(imported.data.importKevCatalog.created),
      String(imported.data.importKevCatalog.updated),
      String(imported.data.importKevCatalog.unchanged),
    ],
    [
      'same file again',
      reimportMs.toFixed(0),
      String(again.data.importKevCatalog.created),
      String(again.data.importKevCatalog.updated),
      String(again.data.importKevCatalog.unchanged),
    ],
  ]);

  // Search whose cost follows the page, not the matches: a narrow query (its matches stay the KEV entries' as the
  // catalog grows; at most EXACT_RANK_LIMIT, ranked exactly) and a broad one (a term every entry holds: walked by
  // search weight through an index). Goals: the narrow p50 within 1.2 x as the catalog grows to 100,000, and the
  // broad p50 within 2 x the narrow one at 100,000.
  const SEARCH_QUERY =
    'query S($q: String!) { clearinghouseEntries(search: $q, first: 20) { nodes { id key title severity } } }';
  const SELECTIVE = 'remote code execution';
  const COMMON = 'vulnerability';
  const searchP50 = async (q: string) => {
    const body = JSON.stringify({ query: SEARCH_QUERY, variables: { q } });
    const hc = { 'content-type': 'application/json', authorization: `Bearer ${cisaToken}` };
    await autocannon({ url: concordUrl, method: 'POST', headers: hc, body, connections: 2, duration: 2 });
    return (
      await autocannon({
        url: concordUrl,
        method: 'POST',
        headers: hc,
        body,
        connections: CONNECTIONS,
        duration: Math.max(3, DURATION / 2),
      })
    ).latency.p50;
  };
  const matches = async (q: string) =>
    Number(
      (
        await pg.query(
          "SELECT count(*)::int AS n FROM clearinghouse_entry WHERE search @@ websearch_to_tsquery('english', $1)",
          [q],
        )
      ).rows[0].n,
    );
  const {
    rows: [{ small }],
  } = await pg.query('SELECT count(*)::int AS small FROM clearinghouse_entry');
  progress(`search over ${small} entries`);
  const selective = { query: SELECTIVE, matchesSmall: await matches(SELECTIVE), p50Small: await searchP50(SELECTIVE) };
  const common = { query: COMMON, matchesSmall: await matches(COMMON), p50Small: await searchP50(COMMON) };
  progress('growing to 100,000 entries from the KEV text');
  const {
    rows: [cisa],
  } = await pg.query("SELECT id FROM organization WHERE slug = 'bench-cisa'");
  await growEntries(pg, 100_000, cisa.id);
  progress('search over 100,000 entries');
  const p50Large = await searchP50(SELECTIVE);
  const commonLarge = await searchP50(COMMON);
  const searchResults = {
    entriesSmall: small,
    entriesLarge: 100_000,
    ...selective,
    matchesLarge: await matches(SELECTIVE),
    p50Large,
    ratio: ratio(p50Large, selective.p50Small),
    common: {
      ...common,
      matchesLarge: await matches(COMMON),
      p50Large: commonLarge,
      ratio: ratio(commonLarge, common.p50Small),
    },
    broadOverNarrowAt100k: ratio(commonLarge, p50Large),
  };
  results.search = searchResults;
  table(`search, first 20, ${CONNECTIONS} connections (p50 ms; matches in brackets):`, [
    ['query', `${small} entries`, '100,000', 'ratio'],
    [
      `"${SELECTIVE}"`,
      `${selective.p50Small} (${selective.matchesSmall})`,
      `${p50Large} (${searchResults.matchesLarge})`,
      searchResults.ratio.toFixed(2),
    ],
    [
      `"${COMMON}" (broad)`,
      `${common.p50Small} (${common.matchesSmall})`,
      `${commonLarge} (${searchResults.common.matchesLarge})`,
      searchResults.common.ratio.toFixed(2),
    ],
    ['broad / narrow', '', searchResults.broadOverNarrowAt100k.toFixed(2), ''],
  ]);

  // The cyber hiring surge's measures over 50,000 positions at 20 agencies: Concord's workforceMeasures (one
  // statement) against the same aggregate written by hand in raw SQL, run alternately from this process.
  progress('workforce: seeding 50,000 positions at 20 agencies');
  const cumulative = [0, 2, 8, 18, 33, 48, 51, 53, 66, 80];
  const stageNames = [
    'NEED_VALIDATED',
    'JOB_ANALYSIS',
    'ANNOUNCEMENT_OPEN',
    'ANNOUNCEMENT_CLOSED',
    'CERTIFICATE_ISSUED',
    'SELECTION',
    'TENTATIVE_OFFER',
    'SECURITY_AND_SUITABILITY',
    'FIRM_OFFER',
    'ENTERED_ON_DUTY',
  ];
  const stageCols = [
    'need_validated_at',
    'job_analysis_at',
    'announcement_opened_at',
    'announcement_closed_at',
    'certificate_issued_at',
    'selected_at',
    'tentative_offer_at',
    'security_suitability_at',
    'firm_offer_at',
    'entered_on_duty_at',
  ];
  const {
    rows: [authority],
  } = await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    VALUES ('GOVERNMENT_AGENCY', 'Office of Personnel Management', 'bench-opm', 'OPM', ARRAY['WORKFORCE_AUTHORITY']::varchar[]) RETURNING id`);
  await pg.query(`INSERT INTO organization (kind, name, slug, acronym, capabilities)
    SELECT 'GOVERNMENT_AGENCY', 'Agency ' || g, 'bench-agency-' || g, 'AG' || g, ARRAY['FEDERAL_CIVILIAN']::varchar[] FROM generate_series(1, 20) g`);
  const {
    rows: [initiative],
  } = await pg.query(
    `WITH ms AS (INSERT INTO milestone (section, title, responsible_agency_id, due_at)
       VALUES ('Workforce (day 30)', 'plans', $1, now()), ('Workforce (day 60)', 'progress', $1, now() + interval '30 days') RETURNING id)
     INSERT INTO hiring_initiative (name, legal_basis, authority_id, starts_at, plan_due_at, progress_due_at, allowed_authorities, plan_milestone_id, progress_milestone_id)
     SELECT 'Bench surge', 'E.O. 14409', $1, now() - interval '30 days', now(), now() + interval '30 days', ARRAY['DIRECT_HIRE']::varchar[], min(id::text)::uuid, max(id::text)::uuid FROM ms RETURNING id`,
    [authority.id],
  );
  await pg.query(
    `INSERT INTO hiring_target (initiative_id, agency_id, positions, due_at)
     SELECT $1, id, 2000, now() + interval '300 days' FROM organization WHERE slug LIKE 'bench-agency-%'`,
    [initiative.id],
  );
  const dateOf = (s: number) => `CASE WHEN x.k >= ${s} THEN x.t0 + (${cumulative[s]} * x.f) * interval '1 day' END`;
  await pg.query(
    `INSERT INTO position (agency_id, initiative_id, title, pay_plan, series, grade, opm_codes, work_role_id, location_state,
       location_city, clearance, system_priority, hiring_authority, stage, stage_entered_at, ${stageCols.join(', ')})
     SELECT a.ids[1 + i % 20], $1, 'IT Specialist (INFOSEC)', 'GS', '2210', 9 + i % 6, ARRAY['511']::varchar[],
       (SELECT work_role_id FROM opm_cyber_code WHERE code = '511'), 'VA', 'Arlington', 'SECRET',
       (ARRAY['NATIONAL_SECURITY_SYSTEMS','FEDERAL_CIVILIAN_SYSTEMS','OTHER'])[1 + i % 3], 'DIRECT_HIRE',
       (ARRAY[${stageNames.map((n) => `'${n}'`).join(',')}])[1 + x.k],
       x.t0 + (x.cum * x.f) * interval '1 day', ${stageCols.map((_, s) => dateOf(s)).join(', ')}
     FROM generate_series(0, 49999) i
     CROSS JOIN (SELECT array_agg(id ORDER BY slug) AS ids FROM organization WHERE slug LIKE 'bench-agency-%') a
     CROSS JOIN LATERAL (SELECT i % 10 AS k, now() - ((i % 150) + 100) * interval '1 day' AS t0, 1 + (i % 5) * 0.2 AS f,
       (ARRAY[${cumulative.join(',')}])[1 + i % 10] AS cum) x`,
    [initiative.id],
  );
  await pg.query('ANALYZE position');
  const MEASURES = `query W { workforceMeasures(groupBy: AGENCY) { key positions open filled target medianDaysToHire
    p90DaysToHire withinModel overdue likelyCodingErrors stages { stage medianDays positions } } }`;
  const days = (a: string, b: string) => `EXTRACT(EPOCH FROM (${a} - ${b})) / 86400.0`;
  const RAW_MEASURES = `SELECT p.agency_id, count(*) FILTER (WHERE p.stage <> 'CANCELLED') AS positions,
      count(*) FILTER (WHERE p.stage NOT IN ('ENTERED_ON_DUTY', 'CANCELLED')) AS open,
      count(*) FILTER (WHERE p.stage = 'ENTERED_ON_DUTY') AS filled,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days('p.entered_on_duty_at', 'p.need_validated_at')}) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days('p.entered_on_duty_at', 'p.need_validated_at')}) AS p90,
      count(*) FILTER (WHERE ${days('p.entered_on_duty_at', 'p.need_validated_at')} <= 80) AS within,
      ${stageCols
        .slice(0, -1)
        .map(
          (c, i) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days(`p.${stageCols[i + 1]}`, `p.${c}`)}) AS m${i}`,
        )
        .join(', ')},
      (SELECT sum(t.positions) FROM hiring_target t WHERE t.agency_id = p.agency_id) AS target
    FROM position p GROUP BY p.agency_id`;
  const measureBody = JSON.stringify({ query: MEASURES });
  const once = async () => {
    const r = await fetch(concordUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: measureBody,
    });
    const body = (await r.json()) as { errors?: unknown; data?: { workforceMeasures: unknown[] } };
    if (body.errors || body.data?.workforceMeasures.length !== 20) throw new Error(JSON.stringify(body).slice(0, 500));
  };
  progress('workforce measures: Concord against raw SQL');
  for (let i = 0; i < 3; i++) {
    await once();
    await pg.query(RAW_MEASURES);
  }
  const concordTimes: number[] = [];
  const rawMeasureTimes: number[] = [];
  const s0 = await statements();
  const ROUNDS = 15;
  for (let i = 0; i < ROUNDS; i++) {
    let t0 = performance.now();
    await once();
    concordTimes.push(performance.now() - t0);
    t0 = performance.now();
    await pg.query(RAW_MEASURES);
    rawMeasureTimes.push(performance.now() - t0);
  }
  const perRequest = ((await statements()) - s0) / ROUNDS;
  const workforce = {
    positions: 50_000,
    agencies: 20,
    rounds: ROUNDS,
    concordP50Ms: Number(median(concordTimes).toFixed(1)),
    rawSqlP50Ms: Number(median(rawMeasureTimes).toFixed(1)),
    ratio: ratio(median(concordTimes), median(rawMeasureTimes)),
    statementsPerRequest: perRequest,
  };
  results.workforce = workforce;
  table('workforce measures by agency over 50,000 positions at 20 agencies (p50 ms of sequential requests):', [
    ['', 'Concord', 'raw SQL', 'ratio'],
    ['ms', String(workforce.concordP50Ms), String(workforce.rawSqlP50Ms), workforce.ratio.toFixed(2)],
    ['SQL statements per request', String(perRequest), '1', ''],
  ]);

  await pg.end();
  fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nfigures written to ${OUT}\n`);
  concord.child.kill();
  baseline.child.kill();
}

main().catch((e) => {
  process.stderr.write(
    `bench failed: ${e instanceof Error ? e.stack : String(e)}\n(the benchmark needs PostgreSQL: set BENCH_DATABASE_URL)\n`,
  );
  process.exit(1);
});

export type { Shape };
