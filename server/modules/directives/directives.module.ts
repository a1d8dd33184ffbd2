import { defineModule } from '../../core/module';
import { timelineOf } from '../timeline/timeline.resolver';
import { ComplianceReport } from './compliance-report.entity';
import { Directive } from './directive.entity';
import {
  ActionComplianceResolver,
  AgencyReportsResolver,
  ComplianceReportResolver,
  DirectiveResolver,
} from './directive.resolver';
import { agencyChanged } from '../organizations/organization.hooks';
import { assignDirectivesInForce, directiveService } from './directive.service';
import { DIRECTIVES, REPORTS, REPORTS_OF_AGENCY } from './directive.service';
import { directivesPolicy } from './directive.policy';

export const directivesModule = defineModule({
  name: 'directives',
  policy: directivesPolicy,
  entities: [Directive, ComplianceReport],
  resolvers: [
    DirectiveResolver,
    ActionComplianceResolver,
    ComplianceReportResolver,
    AgencyReportsResolver,
    timelineOf(Directive, 'The directive timeline.'),
  ],
  nodes: [
    { type: 'Directive', load: (ctx, id) => directiveService.byId(ctx, id) },
    { type: 'ComplianceReport', load: (ctx, id) => directiveService.reportById(ctx, id) },
  ],
  // An agency that joins (or gains FEDERAL_CIVILIAN) owes the directives already in force.
  hooks: [
    agencyChanged.handle(async (tx, { agencyId }) => {
      await assignDirectivesInForce(tx.db, agencyId, tx.clock.now());
    }),
  ],
  reads: {
    lists: {
      'Query.directives': DIRECTIVES,
      'Query.complianceReports': REPORTS,
      'Agency.complianceReports': REPORTS_OF_AGENCY,
    },
  },
});
