// npm run bench: Concord's nested query against a raw-SQL baseline serving the same JSON, in the same run.
// Reports req/s, p50/p99 latency, SQL statements per request and peak memory (VmHWM) for both, and ratios.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { seedBench } from './seed';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'concord_bench';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const QUERY = `query Bench($first: Int!, $modelsFirst: Int!) {
  developers(first: $first) { nodes { id name models(first: $modelsFirst) { totalCount nodes { id name modelVersion coverage } } } }
}`;
const VARIABLES = { first: 50, modelsFirst: 10 };

function dbUrl(name: string) {
  const u = new URL(BASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

function start(script: string, env: Record<string, string>, args: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const BODY = JSON.stringify({ query: QUERY, variables: VARIABLES });

function warmUp(url: string, headers: Record<string, string>) {
  return autocannon({ url, method: 'POST', headers, body: BODY, connections: 2, duration: 2 });
}

function load(url: string, headers: Record<string, string>) {
  return autocannon({ url, method: 'POST', headers, body: BODY, connections: CONNECTIONS, duration: DURATION });
}

async function main() {
  const admin = new Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();

  // Concord runs its migrations on start; seed once they are there.
  const concordEnv = { DATABASE_URL: dbUrl(DB), NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret!', JWT_ISSUER: 'bench', JWT_AUDIENCE: 'concord', LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1', GRAPHQL_MAX_COST: '1000000' };
  const concord = await start(path.join(__dirname, 'concord-child.js'), concordEnv);
  const pg = new Client({ connectionString: dbUrl(DB) });
  await pg.connect();
  process.stdout.write('seeding 1,000 developers x 10 models and 5,000 recipients...\n');
  const { analystId, clearinghouseAnalystId, entryId } = await seedBench(pg);
  const token: string = await new Promise((resolve) => {
    concord.child.once('message', (m: { token: string }) => resolve(m.token));
    concord.child.send({ sign: analystId });
  });
  const baseline = await start(path.join(__dirname, 'baseline.js'), { DATABASE_URL: dbUrl(DB), PORT: '0' });

  // Both answer with the same data.
  const ask = async (url: string, headers: Record<string, string> = {}) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: QUERY, variables: VARIABLES }) })).json();
  const concordUrl = `http://127.0.0.1:${concord.port}/graphql`;
  const baselineUrl = `http://127.0.0.1:${baseline.port}/`;
  const auth = { authorization: `Bearer ${token}` };
  const a = (await ask(concordUrl, auth)) as { data: { developers: { nodes: { name: string; models: { nodes: unknown[] } }[] } } };
  const b = (await ask(baselineUrl)) as typeof a;
  if (!a.data || !b.data) throw new Error(`a server answered with errors: ${JSON.stringify([a, b]).slice(0, 500)}`);
  const same = JSON.stringify(a.data.developers.nodes.map((d) => [d.name, d.models.nodes.length])) === JSON.stringify(b.data.developers.nodes.map((d) => [d.name, d.models.nodes.length]));
  if (!same) throw new Error('Concord and the baseline disagree on the data');

  const statements = async () => Number(/concord_db_statements_total (\d+)/.exec(await (await fetch(`http://127.0.0.1:${concord.port}/metrics`)).text())?.[1] ?? 0);
  await warmUp(concordUrl, { 'content-type': 'application/json', ...auth });
  await warmUp(baselineUrl, { 'content-type': 'application/json' });
  const s0 = await statements();
  const c = await load(concordUrl, { 'content-type': 'application/json', ...auth });
  const concordStatements = (await statements()) - s0;
  const b0 = ((await (await fetch(`${baselineUrl}stats`)).json()) as { statements: number }).statements;
  const r = await load(baselineUrl, { 'content-type': 'application/json' });
  const baselineStatements = ((await (await fetch(`${baselineUrl}stats`)).json()) as { statements: number }).statements - b0;

  const rows = [
    ['', 'Concord', 'baseline', 'ratio'],
    ['req/s', c.requests.average.toFixed(0), r.requests.average.toFixed(0), (c.requests.average / r.requests.average).toFixed(2)],
    ['p50 ms', String(c.latency.p50), String(r.latency.p50), (c.latency.p50 / Math.max(r.latency.p50, 0.01)).toFixed(2)],
    ['p99 ms', String(c.latency.p99), String(r.latency.p99), (c.latency.p99 / Math.max(r.latency.p99, 0.01)).toFixed(2)],
    ['SQL/request', (concordStatements / c.requests.total).toFixed(2), (baselineStatements / r.requests.total).toFixed(2), (concordStatements / c.requests.total / (baselineStatements / r.requests.total)).toFixed(2)],
    ['peak RSS MB', peakRssMb(concord.child.pid!).toFixed(0), peakRssMb(baseline.child.pid!).toFixed(0), (peakRssMb(concord.child.pid!) / peakRssMb(baseline.child.pid!)).toFixed(2)],
    ['errors', String(c.errors + c.non2xx), String(r.errors + r.non2xx), ''],
  ];
  process.stdout.write(`\nnested query: developers(first: ${VARIABLES.first}) -> models(first: ${VARIABLES.modelsFirst}), ${CONNECTIONS} connections, ${DURATION}s each\n\n`);
  for (const row of rows) process.stdout.write(row.map((x, i) => (i === 0 ? x.padEnd(14) : x.padStart(10))).join('') + '\n');

  // Publishing an advisory to all 5,000 recipients: one GraphQL mutation against one raw INSERT ... SELECT.
  const cisaToken: string = await new Promise((resolve) => {
    concord.child.once('message', (m: { token: string }) => resolve(m.token));
    concord.child.send({ sign: clearinghouseAnalystId });
  });
  const gql = async (query: string, variables: Record<string, unknown>) =>
    (await (await fetch(concordUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cisaToken}` }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, { advisory: { id: string } }>; errors?: unknown };
  const entryGlobalId = Buffer.from(`ClearinghouseEntry:${entryId}`).toString('base64url');
  const draft = await gql('mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { advisory { id } } }', {
    input: { title: 'Benchmark advisory', summary: 'To every benchmark recipient.', entryIds: [entryGlobalId], marking: 'GREEN', priority: 'ROUTINE', audience: { recipientTypes: ['HOSPITAL', 'COMMUNITY_BANK', 'LOCAL_UTILITY'] } },
  });
  const p0 = await statements();
  let t = performance.now();
  const published = await gql('mutation($input: AdvisoryActionInput!) { publishAdvisory(input: $input) { advisory { id } } }', { input: { advisoryId: draft.data.draftAdvisory.advisory.id } });
  const publishMs = performance.now() - t;
  const publishStatements = (await statements()) - p0;
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  const { rows: [{ n }] } = await pg.query("SELECT count(*)::int AS n FROM advisory_delivery");
  const { rows: [raw] } = await pg.query(`INSERT INTO advisory (title, summary, marking, priority, audience, status, issuer_id, entry_ids)
    SELECT 'raw', 'raw baseline', 'GREEN', 'ROUTINE', '{}'::jsonb, 'PUBLISHED', issuer_id, entry_ids FROM advisory LIMIT 1 RETURNING id`);
  t = performance.now();
  await pg.query(`INSERT INTO advisory_delivery (advisory_id, recipient_id, delivered_at, status)
    SELECT $1, o.id, now(), 'DELIVERED' FROM organization o WHERE o.kind = 'CRITICAL_INFRASTRUCTURE'`, [raw.id]);
  const rawMs = performance.now() - t;
  await pg.end();
  process.stdout.write(`\npublish an advisory to ${n} recipients (one transaction):\n\n`);
  for (const row of [
    ['', 'Concord', 'baseline', 'ratio'],
    ['ms', publishMs.toFixed(0), rawMs.toFixed(0), (publishMs / rawMs).toFixed(2)],
    ['SQL statements', String(publishStatements), '1', String(publishStatements)],
  ]) process.stdout.write(row.map((x, i) => (i === 0 ? x.padEnd(16) : x.padStart(10))).join('') + '\n');
  concord.child.kill();
  baseline.child.kill();
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n(the benchmark needs PostgreSQL: set BENCH_DATABASE_URL)\n`);
  process.exit(1);
});
