// Query limits, the same for every transport. Depth and aliases are validation rules; cost needs the variables
// (the SDK always sends page sizes as variables), so it is computed once the operation is known.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type GraphQLSchema,
  type ValidationRule,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '../core/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/connection';

const INTROSPECTION = new Set(['__schema', '__type']);

function limitError(limit: string, message: string, max: number, actual: number) {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, max, actual, http: { status: 400 } },
  });
}

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
}

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
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
      if (f && !seen.has(f.name.value))
        max = Math.max(max, depthOf(f.selectionSet, fragments, new Set([...seen, f.name.value])));
    }
  }
  return max;
}

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context.getDocument()));
      if (depth > maxDepth)
        context.reportError(
          limitError('depth', `Query depth ${depth} exceeds the limit of ${maxDepth}.`, maxDepth, depth),
        );
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
          if (count > maxAliases)
            context.reportError(
              limitError(
                'aliases',
                `The document uses ${count} aliases; the limit is ${maxAliases}.`,
                maxAliases,
                count,
              ),
            );
        },
      },
    };
  };
}

/**
 * Concord's connection estimator for graphql-query-complexity: each field costs 1; a connection (a field taking
 * `first`/`last`) multiplies the cost of its selection by the page size, and `nodes(ids)` by the number of
 * ids. The arguments arrive coerced, so inline values, variables and variable defaults count alike, and the
 * library walks fragments and inline fragments.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (INTROSPECTION.has(field.name)) return 1;
  const paged = field.args.some((a) => a.name === 'first' || a.name === 'last');
  let multiplier = 1;
  if (paged) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    // Checked before anything runs, so an oversize page is a 400 however it is given.
    if (size > MAX_PAGE_SIZE || size < 0) {
      throw new GraphQLError(`${field.name}: first and last must be between 0 and ${MAX_PAGE_SIZE}.`, {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: { [args.first != null ? 'first' : 'last']: `between 0 and ${MAX_PAGE_SIZE}` },
          http: { status: 400 },
        },
      });
    }
    multiplier = size;
  }
  if (Array.isArray(args.ids)) multiplier = args.ids.length;
  return 1 + Math.max(multiplier, 1) * childComplexity;
};

/** The cost of the operation that `operationName` picks, with the variables as sent (defaults applied). */
export function operationCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: doc,
      operationName: operationName ?? undefined,
      variables,
      estimators: [connectionEstimator],
    });
  } catch (e) {
    if (e instanceof GraphQLError) {
      const code = e.extensions?.code ?? ErrorCode.BAD_USER_INPUT;
      throw new GraphQLError(e.message, { extensions: { ...e.extensions, code, http: { status: 400 } } });
    }
    throw e;
  }
}

export function assertCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown>,
  maxCost: number,
): number {
  const cost = operationCost(schema, doc, operationName, variables);
  if (cost > maxCost)
    throw limitError(
      'cost',
      `Query cost ${cost} exceeds the limit of ${maxCost}. Ask for smaller pages or fewer nested connections.`,
      maxCost,
      cost,
    );
  return cost;
}

/** The validation rules every transport adds to graphql's own. */
export function validationRules(opts: {
  maxDepth: number;
  maxAliases: number;
  introspection: boolean;
}): ValidationRule[] {
  return [
    depthLimitRule(opts.maxDepth),
    aliasLimitRule(opts.maxAliases),
    ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}
