// How Apollo executes an operation: compiled reads where SQL can answer the whole operation in one statement
// (graphql/compiled-reads.ts), graphql-js and the resolvers otherwise. Plugged in through Apollo Server's
// gateway interface, its one seam for an executor; parsing, validation, the guard's limits, plugins and error
// formatting all stay Apollo's, the same for both paths.
import { execute, GraphQLError, printSchema, type GraphQLSchema } from 'graphql';
import { classifyDatabaseError } from './errors';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { RequestContext } from '../core/context';
import type { CompiledReads } from './compiled-reads';

export function concordExecutor(schema: GraphQLSchema, reads: CompiledReads | undefined): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        schema,
        executor: async (rc) => {
          const ctx = rc.context as unknown as RequestContext;
          const { document, request } = rc;
          let read: ReturnType<CompiledReads['compile']>;
          try {
            read = reads?.compile(ctx, document, request.operationName, request.variables);
          } catch (e) {
            // A list's base query could not be built: the resolvers build it again and answer with their error.
            ctx.log.warn(
              { err: { message: (e as Error).message.slice(0, 300) } },
              'compiling a read failed; answering through the resolvers',
            );
          }
          if (read) {
            try {
              return { data: await reads!.run(ctx, read) };
            } catch (e) {
              // A deadline or a busy database: say "retry" now rather than load it again with the resolvers.
              if (classifyDatabaseError(e) === 'retryable')
                return { errors: [new GraphQLError('database deadline', { originalError: e as Error })] };
              // Otherwise the resolvers answer instead, with their own errors if the cause persists.
              ctx.log.warn(
                { err: { message: (e as Error).message.slice(0, 300) } },
                'compiled read failed; answering through the resolvers',
              );
            }
          }
          return execute({
            schema,
            document,
            contextValue: ctx,
            variableValues: request.variables,
            operationName: request.operationName,
          }) as never;
        },
      };
    },
    async stop() {},
  };
}
