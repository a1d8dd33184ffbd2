// The baseline: the same JSON as Concord's benchmark query, from ONE hand-written SQL statement over
// plain node:http + pg. Run as a child process by run.ts.
import http from 'node:http';
import { Pool } from 'pg';

const BASELINE_SQL = `
SELECT json_build_object('data', json_build_object('developers', json_build_object('nodes', COALESCE(json_agg(d.obj ORDER BY d.name, d.id), '[]'::json)))) AS body
FROM (
  SELECT o.id, o.name, json_build_object(
    'id', encode(convert_to('Developer:' || o.id, 'UTF8'), 'base64'),
    'name', o.name,
    'models', json_build_object(
      'totalCount', (SELECT count(*) FROM frontier_model c WHERE c.developer_id = o.id),
      'nodes', COALESCE((SELECT json_agg(json_build_object('id', encode(convert_to('FrontierModel:' || m.id, 'UTF8'), 'base64'), 'name', m.name, 'modelVersion', m.model_version, 'coverage', COALESCE((SELECT dd.status FROM designation dd WHERE dd.model_id = m.id AND dd.status IN ('COVERED', 'NOT_COVERED') ORDER BY dd.decided_at DESC LIMIT 1),
        CASE WHEN EXISTS (SELECT 1 FROM designation od WHERE od.model_id = m.id AND od.status IN ('OPEN', 'BENCHMARKING', 'PROPOSED_COVERED', 'PROPOSED_NOT_COVERED')) THEN 'UNDER_ASSESSMENT' ELSE 'UNDETERMINED' END)) ORDER BY m.created_at DESC, m.id DESC)
                FROM (SELECT * FROM frontier_model m WHERE m.developer_id = o.id ORDER BY m.created_at DESC, m.id DESC LIMIT $2) m), '[]'::json))) AS obj
  FROM organization o WHERE o.kind = 'AI_DEVELOPER' ORDER BY o.name, o.id LIMIT $1
) d`;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
let statements = 0;
const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.end(JSON.stringify({ statements }));
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  const { variables } = JSON.parse(body);
  statements += 1;
  try {
    const { rows } = await pool.query(BASELINE_SQL, [variables.first, variables.modelsFirst]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(rows[0].body));
  } catch (e) {
    res.statusCode = 500;
    res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
