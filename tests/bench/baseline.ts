// The baseline: the same JSON as each of Concord's benchmark documents, from ONE hand-written SQL statement over
// plain node:http + pg. Run as a child process by run.ts; the request names its shape.
import http from 'node:http';
import { Pool } from 'pg';
import { SHAPES } from './shapes';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
let statements = 0;
const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.end(JSON.stringify({ statements }));
    return;
  }
  let body = '';
  for await (const chunk of req) body += chunk;
  const { variables, shape } = JSON.parse(body) as { variables: Record<string, number>; shape: number };
  const s = SHAPES[shape];
  statements += 1;
  try {
    const { rows } = await pool.query(
      s.sql,
      s.params.map((p) => variables[p]),
    );
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
