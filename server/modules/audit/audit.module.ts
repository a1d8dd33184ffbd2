import { defineModule } from '../../core/module';
import { AuditResolver } from './audit.resolver';
import { auditService } from './audit.service';
import { auditPolicy } from './audit.policy';

/** The audit trail's reads (its entity lives in core/, which writes every link). */
export const auditModule = defineModule({
  name: 'audit',
  policy: auditPolicy,
  resolvers: [AuditResolver],
  nodes: [{ type: 'AuditEvent', load: (ctx, id) => auditService.byId(ctx, id) }],
});
