import { defineModule } from '../../core/module';
import { ComplianceReport } from './compliance-report.entity';
import { Directive } from './directive.entity';
import { ActionComplianceResolver, AgencyReportsResolver, ComplianceReportResolver, DirectiveResolver } from './directive.resolver';
import { directiveService } from './directive.service';

export const directivesModule = defineModule({
  name: 'directives',
  entities: [Directive, ComplianceReport],
  resolvers: [DirectiveResolver, ActionComplianceResolver, ComplianceReportResolver, AgencyReportsResolver],
  nodes: [
    { type: 'Directive', load: (ctx, id) => directiveService.byId(ctx, id) },
    { type: 'ComplianceReport', load: (ctx, id) => directiveService.reportById(ctx, id) },
  ],
});
