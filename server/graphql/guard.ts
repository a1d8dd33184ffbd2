// The one door every operation passes, whatever the transport (HTTP through Apollo, graphql-ws): the same
// parse limits, validation rules (depth, aliases, introspection), clean-text check, cost limit and budgets.
import { HeaderMap } from '@apollo/server';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ConcordError, ErrorCode } from '../core/errors';
import { RateLimitedError, type RateLimiter } from '../core/rate-limit';
import type { Viewer } from '../core/viewer';
import { assertCost, validationRules } from './limits';
import { assertCleanText, assertGlobalIds, assertVariableShape } from './variables';
import { codedError, statusFor } from './errors';
import { DocumentCache } from './document-cache';

/** A ConcordError as a GraphQLError that carries its HTTP status (and Retry-After) for Apollo. */
export function toHttpError(e: ConcordError): GraphQLError {
  const headers = new HeaderMap();
  if (e instanceof RateLimitedError) headers.set('retry-after', String(e.retryAfterSeconds));
  return new GraphQLError(e.message, {
    extensions: { code: e.code, ...e.details, http: { status: statusFor(e.code) ?? 400, headers } },
  });
}

export class OperationGuard {
  /** Added to graphql's specified rules on every transport. */
  readonly rules: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly config: Config['graphql'],
    readonly limiter: RateLimiter,
  ) {
    this.rules = validationRules(config);
  }

  /** Counts one request against the caller's window (HTTP request or subscribe message). */
  async chargeRequest(viewer: Viewer, address: string): Promise<void> {
    try {
      await this.limiter.chargeRequest(viewer, address);
    } catch (e) {
      throw e instanceof ConcordError ? toHttpError(e) : e;
    }
  }

  /** Parses with the token limit; for transports that parse themselves (graphql-ws). */
  parse(query: unknown): DocumentNode {
    if (typeof query !== 'string')
      throw codedError(ErrorCode.BAD_USER_INPUT, 'The operation must be a GraphQL document string.');
    return parse(query, { maxTokens: this.config.maxTokens });
  }

  /** graphql's rules plus Concord's; for transports that validate themselves (graphql-ws). */
  validate(document: DocumentNode): readonly GraphQLError[] {
    return validate(this.schema, document, [...specifiedRules, ...this.rules]);
  }

  /**
   * After parsing and validation, on every transport: text the database can store, the cost limit, and the
   * hourly cost budget (recorded on the context for `Query.rateLimit`). Throws coded GraphQL errors.
   */
  async admit(
    ctx: RequestContext,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): Promise<number> {
    const cost = this.check(document, operationName, variables);
    await this.charge(ctx, cost);
    return cost;
  }

  /** Variables of a sane shape, text the database can store, well-formed ids, and the cost limit; returns the cost. */
  check(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
    assertVariableShape(variables);
    assertCleanText(document, variables);
    assertGlobalIds(this.schema, document, operationName, variables);
    // The cost depends on the document (Apollo keeps each parsed one) and the page sizes in its variables.
    const key = JSON.stringify([operationName ?? '', variables]);
    const known = this.costs.get(document, key);
    if (known !== undefined) return known;
    const cost = assertCost(this.schema, document, operationName, variables, this.config.maxCost);
    this.costs.set(document, key, cost);
    return cost;
  }

  /** Costs already computed, per parsed document, by operation and variables. */
  private readonly costs = new DocumentCache<number>();

  /** Spends the document's cost from the caller's hourly budget and records the budget on the context. */
  async charge(ctx: RequestContext, cost: number): Promise<void> {
    try {
      ctx.rateLimit = await this.limiter.chargeCost(ctx.viewer, ctx.clientAddress, cost);
    } catch (e) {
      throw e instanceof ConcordError ? toHttpError(e) : e;
    }
  }
}
