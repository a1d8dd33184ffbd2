// The benchmark's read shapes: each a Concord document and a raw-SQL baseline that serves the same JSON in ONE
// statement. The baseline's ids are the same base64url global ids Concord sends.
export interface Shape {
  name: string;
  query: string;
  variables: Record<string, number>;
  /** One statement: $1.. are the variables in `params` order. */
  sql: string;
  params: string[];
  depth: number;
}

const gid = (type: string, col: string) =>
  `rtrim(translate(encode(convert_to('${type}:' || ${col}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

const COVERAGE = `COALESCE((SELECT dd.status FROM designation dd WHERE dd.model_id = m.id AND dd.status IN ('COVERED', 'NOT_COVERED') ORDER BY dd.decided_at DESC, dd.id DESC LIMIT 1),
  CASE WHEN EXISTS (SELECT 1 FROM designation od WHERE od.model_id = m.id AND od.status IN ('OPEN', 'BENCHMARKING', 'PROPOSED_COVERED', 'PROPOSED_NOT_COVERED')) THEN 'UNDER_ASSESSMENT' ELSE 'UNDETERMINED' END)`;

function developersModels(devs: number, models: number): Shape {
  return {
    name: `developers(${devs}) -> models(${models})`,
    depth: 2,
    query: `query Bench($first: Int!, $modelsFirst: Int!) {
  developers(first: $first) { nodes { id name models(first: $modelsFirst) { totalCount nodes { id name modelVersion coverage } } } }
}`,
    variables: { first: devs, modelsFirst: models },
    params: ['first', 'modelsFirst'],
    sql: `
SELECT json_build_object('data', json_build_object('developers', json_build_object('nodes', COALESCE(json_agg(d.obj ORDER BY d.name, d.id), '[]'::json)))) AS body
FROM (
  SELECT o.id, o.name, json_build_object('id', ${gid('Developer', 'o.id')}, 'name', o.name,
    'models', json_build_object(
      'totalCount', (SELECT count(*) FROM frontier_model c WHERE c.developer_id = o.id),
      'nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('FrontierModel', 'm.id')}, 'name', m.name, 'modelVersion', m.model_version, 'coverage', ${COVERAGE}) ORDER BY m.created_at DESC, m.id DESC)
        FROM (SELECT * FROM frontier_model m WHERE m.developer_id = o.id ORDER BY m.created_at DESC, m.id DESC LIMIT $2) m), '[]'::json))) AS obj
  FROM organization o WHERE o.kind = 'AI_DEVELOPER' ORDER BY o.name, o.id LIMIT $1
) d`,
  };
}

export const SHAPES: Shape[] = [
  developersModels(50, 10),
  developersModels(20, 25),
  developersModels(100, 5),
  {
    name: 'models(50) -> designations(5) -> benchmarkResults(5)',
    depth: 3,
    query: `query Bench($first: Int!, $cases: Int!, $results: Int!) {
  frontierModels(first: $first) { nodes { id name designations(first: $cases) { nodes { id status benchmarkResults(first: $results) { nodes { id suite score exceedsThreshold } } } } } }
}`,
    variables: { first: 50, cases: 5, results: 5 },
    params: ['first', 'cases', 'results'],
    sql: `
SELECT json_build_object('data', json_build_object('frontierModels', json_build_object('nodes', COALESCE(json_agg(x.obj ORDER BY x.created_at DESC, x.id DESC), '[]'::json)))) AS body
FROM (
  SELECT m.id, m.created_at, json_build_object('id', ${gid('FrontierModel', 'm.id')}, 'name', m.name,
    'designations', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('Designation', 'd.id')}, 'status', d.status,
      'benchmarkResults', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('BenchmarkResult', 'b.id')}, 'suite', b.suite, 'score', b.score, 'exceedsThreshold', b.score >= b.threshold) ORDER BY b.evaluated_at, b.id)
        FROM (SELECT * FROM benchmark_result b WHERE b.designation_id = d.id ORDER BY b.evaluated_at, b.id LIMIT $3) b), '[]'::json))) ORDER BY d.created_at DESC, d.id DESC)
      FROM (SELECT * FROM designation d WHERE d.model_id = m.id ORDER BY d.created_at DESC, d.id DESC LIMIT $2) d), '[]'::json))) AS obj
  FROM frontier_model m ORDER BY m.created_at DESC, m.id DESC LIMIT $1
) x`,
  },
  {
    name: 'developers(20) -> models(5) -> designations(3) -> benchmarkResults(3)',
    depth: 4,
    query: `query Bench($first: Int!, $models: Int!, $cases: Int!, $results: Int!) {
  developers(first: $first) { nodes { id name models(first: $models) { nodes { id name designations(first: $cases) { nodes { id status benchmarkResults(first: $results) { nodes { id suite score exceedsThreshold } } } } } } } }
}`,
    variables: { first: 20, models: 5, cases: 3, results: 3 },
    params: ['first', 'models', 'cases', 'results'],
    sql: `
SELECT json_build_object('data', json_build_object('developers', json_build_object('nodes', COALESCE(json_agg(o.obj ORDER BY o.name, o.id), '[]'::json)))) AS body
FROM (
  SELECT o.id, o.name, json_build_object('id', ${gid('Developer', 'o.id')}, 'name', o.name,
    'models', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('FrontierModel', 'm.id')}, 'name', m.name,
      'designations', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('Designation', 'd.id')}, 'status', d.status,
        'benchmarkResults', json_build_object('nodes', COALESCE((SELECT json_agg(json_build_object('id', ${gid('BenchmarkResult', 'b.id')}, 'suite', b.suite, 'score', b.score, 'exceedsThreshold', b.score >= b.threshold) ORDER BY b.evaluated_at, b.id)
          FROM (SELECT * FROM benchmark_result b WHERE b.designation_id = d.id ORDER BY b.evaluated_at, b.id LIMIT $4) b), '[]'::json))) ORDER BY d.created_at DESC, d.id DESC)
        FROM (SELECT * FROM designation d WHERE d.model_id = m.id ORDER BY d.created_at DESC, d.id DESC LIMIT $3) d), '[]'::json))) ORDER BY m.created_at DESC, m.id DESC)
      FROM (SELECT * FROM frontier_model m WHERE m.developer_id = o.id ORDER BY m.created_at DESC, m.id DESC LIMIT $2) m), '[]'::json))) AS obj
  FROM organization o WHERE o.kind = 'AI_DEVELOPER' ORDER BY o.name, o.id LIMIT $1
) o`,
  },
];
