// The one refusal rule, for every mutation that takes an object, as every kind of demo user: an object the
// caller cannot see is answered exactly like a random id; an object it can see is never NOT_FOUND, and a
// refusal of it is FORBIDDEN naming what is missing in `extensions.required`.
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../server/core/ids';
import { getSchema } from '../server/graphql/schema';
import { startTestServer, type TestServer } from './support/server';
import { postGraphQL, type WireError } from './support/transports';

let server: TestServer;
const tokens: Record<string, string | undefined> = {};
const VIEWERS = [
  'public',
  'analyst@nsa.gov',
  'admin@cisa.gov',
  'analyst@treasury.gov',
  'dev@atlas-ai.example',
  'dev@meridian-labs.example',
  'it@mercy-rural-oh.example',
  'security@interior.gov',
];

/** The object type a mutation's id field names, and where its rows are. */
const TABLES: Record<string, string> = {
  Designation: 'designation',
  ReviewWindow: 'review_window',
  ReviewFinding: 'review_finding',
  FrontierModel: 'frontier_model',
  Advisory: 'advisory',
  AdvisoryDelivery: 'advisory_delivery',
  ToolGrant: 'tool_grant',
  DefenseTool: 'defense_tool',
  ComplianceReport: 'compliance_report',
  Milestone: 'milestone',
  Directive: 'directive',
  ClearinghouseEntry: 'clearinghouse_entry',
  User: 'user_account',
  ApiKey: 'api_key',
  ScanClaim: 'scan_claim',
  Developer: "organization WHERE kind = 'AI_DEVELOPER'",
  Agency: "organization WHERE kind = 'GOVERNMENT_AGENCY'",
  Recipient: "organization WHERE kind = 'CRITICAL_INFRASTRUCTURE'",
};
const BY_FIELD: Record<string, string> = {
  designationId: 'Designation',
  windowId: 'ReviewWindow',
  findingId: 'ReviewFinding',
  modelId: 'FrontierModel',
  advisoryId: 'Advisory',
  deliveryId: 'AdvisoryDelivery',
  grantId: 'ToolGrant',
  toolId: 'DefenseTool',
  reportId: 'ComplianceReport',
  milestoneId: 'Milestone',
  directiveId: 'Directive',
};
/** For an input's plain `id`, the type follows from the mutation. */
function typeOfId(mutation: string): string | undefined {
  if (/ClearinghouseEntry|Remediation/.test(mutation)) return 'ClearinghouseEntry';
  for (const t of ['ApiKey', 'ScanClaim', 'FrontierModel', 'Developer', 'Agency', 'Recipient', 'User'])
    if (mutation.endsWith(t) || mutation.includes(t)) return t;
  return undefined;
}

const FUTURE = new Date(Date.now() + 20 * 86_400_000).toISOString();

/** A plausible value for a required input field, so that validation does not answer before the refusal rule. */
function sample(field: GraphQLInputField | { name: string; type: GraphQLInputType }, depth = 0): unknown {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) return depth > 3 ? {} : build(named, depth + 1);
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return FUTURE;
    case 'ID':
      return toGlobalId('Organization', randomUUID());
    default:
      return 'A refusal-rule probe, long enough to be valid.';
  }
}

function build(type: GraphQLInputObjectType, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of Object.values(type.getFields()))
    if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f, depth);
  return out;
}

interface Case {
  mutation: string;
  field: string;
  type: string;
  input: Record<string, unknown>;
}

const strip = (errors: WireError[] | undefined) =>
  (errors ?? []).map(({ message, extensions }) => ({
    message,
    ...Object.fromEntries(Object.entries(extensions ?? {}).filter(([k]) => k !== 'requestId')),
  }));

beforeAll(async () => {
  server = await startTestServer({}, { seed: true });
  for (const email of VIEWERS) {
    if (email === 'public') continue;
    const [u] = await server.concord.db.query(
      'SELECT id FROM user_account WHERE email = $1 ORDER BY created_at LIMIT 1',
      [email],
    );
    tokens[email] = await server.concord.auth.sign(u.id, email);
  }
});
afterAll(async () => server?.stop());

describe('the refusal rule, for every mutation that takes an object', () => {
  it('hidden is exactly like random; visible is never NOT_FOUND; FORBIDDEN names what is missing', async () => {
    const schema = await getSchema();
    const cases: Case[] = [];
    for (const m of Object.values(schema.getMutationType()!.getFields())) {
      const input = m.args.find((a) => a.name === 'input');
      if (!input) continue;
      const inputType = getNamedType(input.type) as GraphQLInputObjectType;
      const idField = Object.values(inputType.getFields()).find(
        (f) =>
          getNamedType(f.type).name === 'ID' &&
          isNonNullType(f.type) &&
          !isListType((f.type as { ofType: GraphQLInputType }).ofType) &&
          (f.name === 'id' || BY_FIELD[f.name] || f.name === 'organizationId'),
      );
      if (!idField) continue;
      const type =
        idField.name === 'id'
          ? typeOfId(m.name)
          : idField.name === 'organizationId'
            ? 'Developer'
            : BY_FIELD[idField.name];
      expect(type, `${m.name}.${idField.name}`).toBeDefined();
      cases.push({ mutation: m.name, field: idField.name, type: type!, input: build(inputType) });
    }
    expect(cases.length).toBeGreaterThanOrEqual(40);

    const failures: string[] = [];
    let hiddenSeen = 0;
    let forbiddenSeen = 0;
    for (const c of cases) {
      const types = c.field === 'organizationId' ? ['Developer', 'Agency', 'Recipient'] : [c.type];
      for (const type of types) {
        const rows: { id: string }[] = await server.concord.db.query(
          `SELECT id FROM ${TABLES[type]} ${TABLES[type].includes('WHERE') ? '' : 'WHERE TRUE'} ORDER BY id LIMIT 3`,
        );
        // What a random id of this type gets, once per viewer: nothing exists there, so the answer is the same for
        // every row (and asked again per row it was a third of this file's requests).
        const baselines = new Map<string, Awaited<ReturnType<typeof postGraphQL>>>();
        for (const row of rows) {
          const id = toGlobalId(type, row.id);
          for (const viewer of VIEWERS) {
            const headers: Record<string, string> = tokens[viewer] ? { authorization: `Bearer ${tokens[viewer]}` } : {};
            const seen = await postGraphQL(
              server.url,
              { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } },
              headers,
            );
            const isVisible = Boolean((seen.body.data as { node: unknown } | undefined)?.node);
            const doc = `mutation($input: ${c.mutation[0].toUpperCase()}${c.mutation.slice(1)}Input!) { ${c.mutation}(input: $input) { __typename } }`;
            const call = (target: string) =>
              postGraphQL(server.url, { query: doc, variables: { input: { ...c.input, [c.field]: target } } }, headers);
            const actual = await call(id);
            if (!baselines.has(viewer)) baselines.set(viewer, await call(toGlobalId(type, randomUUID())));
            const baseline = baselines.get(viewer)!;
            const label = `${c.mutation} on a ${type} as ${viewer}`;
            const code = actual.body.errors?.[0]?.extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || actual.status >= 500)
              failures.push(`${label}: ${actual.status} ${JSON.stringify(actual.body.errors)}`);
            if (!isVisible) {
              hiddenSeen += 1;
              if (
                JSON.stringify(strip(actual.body.errors)) !== JSON.stringify(strip(baseline.body.errors)) ||
                actual.status !== baseline.status
              ) {
                failures.push(
                  `${label}: hidden answered ${JSON.stringify(strip(actual.body.errors))}, random ${JSON.stringify(strip(baseline.body.errors))}`,
                );
              }
            } else if (code === 'NOT_FOUND') {
              failures.push(`${label}: visible but NOT_FOUND (${actual.body.errors![0].message})`);
            } else if (code === 'FORBIDDEN') {
              forbiddenSeen += 1;
              if (typeof actual.body.errors![0].extensions?.required !== 'string')
                failures.push(`${label}: FORBIDDEN without extensions.required`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The matrix really exercised both sides of the rule.
    expect(hiddenSeen).toBeGreaterThan(100);
    expect(forbiddenSeen).toBeGreaterThan(50);
  }, 600_000);
});
