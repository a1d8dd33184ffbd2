// What a client sends beside the document, checked before anything reads it: the shape of the variables (how
// deep, how many values), text the database can store, and the global ids in every position that takes an ID.
// Every walk here is iterative, so that no value can exhaust the stack, however it is nested.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../core/errors';
import { fromGlobalId } from '../core/ids';

/** No input type of the schema nests deeper than a few levels; a JSON object argument (a KEV catalog) about 4. */
export const MAX_VARIABLE_DEPTH = 32;
/** Values in all variables together (a whole KEV catalog is about 25,000). */
export const MAX_VARIABLE_VALUES = 250_000;

function badInput(message: string, fields: Record<string, string>, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields, ...extra, http: { status: 400 } },
  });
}

/**
 * Refuses variables nested deeper than MAX_VARIABLE_DEPTH or holding more than MAX_VARIABLE_VALUES values, with
 * BAD_USER_INPUT naming the variable. Runs before anything else walks them (a recursive walk of a value nested
 * 5,000 levels deep would exhaust the stack).
 */
export function assertVariableShape(variables: unknown): void {
  if (variables === undefined || variables === null) return;
  if (typeof variables !== 'object' || Array.isArray(variables))
    throw badInput('Variables must be a JSON object.', { variables: 'expected an object' });
  let values = 0;
  for (const [name, root] of Object.entries(variables as Record<string, unknown>)) {
    const stack: Array<[unknown, number]> = [[root, 1]];
    while (stack.length) {
      const [value, depth] = stack.pop()!;
      values += 1;
      if (values > MAX_VARIABLE_VALUES) {
        throw badInput(
          `The variables hold more than ${MAX_VARIABLE_VALUES} values.`,
          { [`$${name}`]: `more than ${MAX_VARIABLE_VALUES} values` },
          { limit: 'variableValues', max: MAX_VARIABLE_VALUES },
        );
      }
      if (value === null || typeof value !== 'object') continue;
      if (depth >= MAX_VARIABLE_DEPTH) {
        throw badInput(
          `$${name} is nested deeper than ${MAX_VARIABLE_DEPTH} levels.`,
          { [`$${name}`]: `nested deeper than ${MAX_VARIABLE_DEPTH} levels` },
          { limit: 'variableDepth', max: MAX_VARIABLE_DEPTH },
        );
      }
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
    }
  }
}

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate is not text at all: both are the client's
// mistake, reported before anything runs (otherwise the database answers with an internal error).
// eslint-disable-next-line no-control-regex -- matching the NUL control character is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_TEXT_REASON = 'contains a NUL character or an unpaired surrogate';

/** The string literals of a document that are not text (NUL, lone surrogates), by argument path; cached per document. */
const literalCache = new WeakMap<DocumentNode, Record<string, string>>();
function badLiterals(doc: DocumentNode): Record<string, string> {
  let fields = literalCache.get(doc);
  if (fields) return fields;
  fields = {};
  const found = fields;
  const args: string[] = [];
  visit(doc, {
    Argument: { enter: (node) => void args.push(node.name.value), leave: () => void args.pop() },
    ObjectField: { enter: (node) => void args.push(node.name.value), leave: () => void args.pop() },
    StringValue(node) {
      if (BAD_TEXT.test(node.value)) found[args.join('.') || 'document'] = BAD_TEXT_REASON;
    },
  });
  literalCache.set(doc, fields);
  return fields;
}

/** Rejects NUL bytes and unpaired surrogates in variables and in string literals, naming the argument. */
export function assertCleanText(doc: DocumentNode, variables: Record<string, unknown>): void {
  const fields: Record<string, string> = { ...badLiterals(doc) };
  const stack: Array<[unknown, string]> = Object.entries(variables).map(([name, value]) => [value, `$${name}`]);
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) fields[path] = BAD_TEXT_REASON;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push([v, `${path}.${i}`]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push([v, `${path}.${k}`]);
    }
  }
  if (Object.keys(fields).length) {
    throw badInput(
      `Text may not contain NUL characters or unpaired surrogates: ${Object.keys(fields).join(', ')}.`,
      fields,
    );
  }
}

const idInputs = new WeakMap<GraphQLSchema, Map<string, boolean>>();
/** Whether an input type holds an ID anywhere inside it (memoized per schema). */
function holdsId(schema: GraphQLSchema, type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  let memo = idInputs.get(schema);
  if (!memo) idInputs.set(schema, (memo = new Map()));
  const known = memo.get(named.name);
  if (known !== undefined) return known;
  seen.add(named.name);
  const holds = Object.values(named.getFields()).some((f) => holdsId(schema, f.type, seen));
  memo.set(named.name, holds);
  return holds;
}

/** Whether any argument a document passes (literally or as a variable) can carry an ID; cached per document. */
const takesIdsCache = new WeakMap<DocumentNode, boolean>();
function takesIds(schema: GraphQLSchema, doc: DocumentNode): boolean {
  let takes = takesIdsCache.get(doc);
  if (takes !== undefined) return takes;
  takes = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Argument() {
        const arg = typeInfo.getArgument();
        if (arg && holdsId(schema, arg.type)) takes = true;
      },
    }),
  );
  takesIdsCache.set(doc, takes);
  return takes;
}

/** Adds to `out` every position under `root` (of input type `type`) holding an ID that is not a global id. */
function malformedIds(type: GraphQLInputType, root: unknown, rootPath: string, out: Record<string, string>) {
  const stack: Array<[GraphQLInputType, unknown, string]> = [[type, root, rootPath]];
  while (stack.length) {
    const [t, value, path] = stack.pop()!;
    if (value === null || value === undefined) continue;
    const nullable = getNullableType(t);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((v, i) => stack.push([nullable.ofType, v, `${path}.${i}`]));
      else stack.push([nullable.ofType, value, path]);
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields()))
        stack.push([field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`]);
    } else if ((nullable as GraphQLNamedType).name === 'ID' && fromGlobalId(String(value)) === null) {
      out[path] = 'not a Concord id';
    }
  }
}

/**
 * A malformed global id is the client's mistake wherever an ID is accepted (node, nodes, arguments, inputs):
 * BAD_USER_INPUT naming the position (`id`, `ids.1`, `input.modelId`). A well-formed id of nothing visible
 * stays null or NOT_FOUND, as before. Variables that do not coerce are left to execution, which reports them.
 */
export function assertGlobalIds(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): void {
  if (!takesIds(schema, doc)) return;
  const op = getOperationAST(doc, operationName);
  if (!op) return;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  if (coerced.errors) return;
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root =
    op.operation === 'query'
      ? schema.getQueryType()
      : op.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return;
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  const stack: Array<[SelectionSetNode, GraphQLNamedType]> = [[op.selectionSet, root]];
  while (stack.length) {
    const [set, parent] = stack.pop()!;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!def || !('args' in def)) continue;
        if (def.args.length) {
          try {
            const args = getArgumentValues(def, selection, coerced.coerced);
            for (const arg of def.args) malformedIds(arg.type, args[arg.name], arg.name, out);
          } catch {
            // An argument that does not coerce is execution's to report.
          }
        }
        if (selection.selectionSet) stack.push([selection.selectionSet, getNamedType(def.type)]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) stack.push([selection.selectionSet, type]);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) stack.push([fragment.selectionSet, type]);
      }
    }
  }
  const positions = Object.keys(out);
  if (positions.length)
    throw badInput(`Not a Concord id: ${positions.join(', ')}. Ids are opaque strings that Concord gave out.`, out);
}
