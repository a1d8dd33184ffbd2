// Counts SQL statements, overall and per request, for metrics, the N+1 test and the benchmark.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../core/logger';

export interface StatementScope {
  statements: number;
}

export const statementScope = new AsyncLocalStorage<StatementScope>();

export class QueryCounter implements TypeOrmLogger {
  total = 0;
  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    this.total += 1;
    const scope = statementScope.getStore();
    if (scope) scope.statements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query: query.slice(0, 500) }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
  }
}
