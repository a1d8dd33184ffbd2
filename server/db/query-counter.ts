// Counts SQL statements for metrics, the N+1 test and the benchmark.
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../core/logger';
import { requestScope } from '../core/request-scope';

export class QueryCounter implements TypeOrmLogger {
  total = 0;
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, parameters?: unknown[]): void {
    this.total += 1;
    const scope = requestScope.getStore();
    if (scope) scope.statements += 1;
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ query, parameters }, 'sql');
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
