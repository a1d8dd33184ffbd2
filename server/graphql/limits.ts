// Query limits. Depth and aliases are validation rules; cost needs the variables (the SDK always sends page
// sizes as variables, which graphql-armor's cost rule ignores), so it is computed once the operation is known.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../core/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/connection';

const INTROSPECTION = new Set(['__schema', '__type']);

function limitError(limit: string, message: string, max: number, actual: number) {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, limit, max, actual, http: { status: 400 } } });
}

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  if (!set) return 0;
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (INTROSPECTION.has(s.name.value)) continue;
      max = Math.max(max, 1 + depthOf(s.selectionSet, fragments, seen));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(s.selectionSet, fragments, seen));
    } else {
      const f = fragments.get(s.name.value);
      if (f && !seen.has(f.name.value)) max = Math.max(max, depthOf(f.selectionSet, fragments, new Set([...seen, f.name.value])));
    }
  }
  return max;
}

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context.getDocument()));
      if (depth > maxDepth) context.reportError(limitError('depth', `Query depth ${depth} exceeds the limit of ${maxDepth}.`, maxDepth, depth));
    },
  });
}

export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > maxAliases) context.reportError(limitError('aliases', `The document uses ${count} aliases; the limit is ${maxAliases}.`, maxAliases, count));
        },
      },
    };
  };
}

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function listLength(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return Array.isArray(v) ? v.length : undefined;
  }
  return undefined;
}

/**
 * Each field costs 1; a field taking `first`/`last` (a connection) multiplies the cost of its selection by the
 * page size, and `nodes(ids)` by the number of ids, whether given inline or as variables.
 */
function costOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>, seen = new Set<string>()): number {
  if (!set) return 0;
  let total = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (INTROSPECTION.has(s.name.value)) continue;
      const arg = (name: string) => s.arguments?.find((a) => a.name.value === name)?.value;
      const pages = s.arguments?.some((a) => a.name.value === 'first' || a.name.value === 'last');
      const selectsPage = s.selectionSet?.selections.some((c) => c.kind === Kind.FIELD && (c.name.value === 'edges' || c.name.value === 'nodes'));
      const isConnection = pages || selectsPage;
      let multiplier = 1;
      if (isConnection) multiplier = intValue(arg('first'), variables) ?? intValue(arg('last'), variables) ?? DEFAULT_PAGE_SIZE;
      // Checked before anything runs, so an oversize page is a 400 whether given inline or as a variable.
      if (multiplier > MAX_PAGE_SIZE && pages) {
        throw new GraphQLError(`${s.name.value}: first and last must be between 0 and ${MAX_PAGE_SIZE}.`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, fields: { first: `at most ${MAX_PAGE_SIZE}` }, http: { status: 400 } },
        });
      }
      const ids = listLength(arg('ids'), variables);
      if (ids !== undefined) multiplier = ids;
      total += 1 + Math.max(multiplier, 1) * costOf(s.selectionSet, fragments, variables, seen);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      total += costOf(s.selectionSet, fragments, variables, seen);
    } else {
      const f = fragments.get(s.name.value);
      if (f && !seen.has(f.name.value)) total += costOf(f.selectionSet, fragments, variables, new Set([...seen, f.name.value]));
    }
  }
  return total;
}

export function operationCost(doc: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return costOf(operation.selectionSet, fragmentsOf(doc), variables);
}

export function assertCost(doc: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, maxCost: number): number {
  const cost = operationCost(doc, operation, variables);
  if (cost > maxCost) throw limitError('cost', `Query cost ${cost} exceeds the limit of ${maxCost}. Ask for smaller pages or fewer nested connections.`, maxCost, cost);
  return cost;
}
