// Every module, listed once. The schema (graphql/schema.ts), node(id) (graphql/node-registry.ts) and the data
// source's entities (db/entities.ts) all derive from this list. A new module adds its <name>.module.ts here.
import { installHooks } from '../core/hooks';
import { installPolicies } from '../core/policy';
import type { ConcordModule } from '../core/module';
import { organizationsModule } from './organizations/organizations.module';
import { usersModule } from './users/users.module';
import { apiKeysModule } from './api-keys/api-keys.module';
import { modelsModule } from './models/models.module';
import { auditModule } from './audit/audit.module';
import { timelineModule } from './timeline/timeline.module';
import { designationsModule } from './designations/designations.module';
import { reviewWindowsModule } from './review-windows/review-windows.module';
import { clearinghouseModule } from './clearinghouse/clearinghouse.module';
import { scanClaimsModule } from './scan-claims/scan-claims.module';
import { advisoriesModule } from './advisories/advisories.module';
import { defenseToolsModule } from './defense-tools/defense-tools.module';
import { directivesModule } from './directives/directives.module';
import { milestonesModule } from './milestones/milestones.module';
import { overviewModule } from './overview/overview.module';
import { rateLimitModule } from './rate-limit/rate-limit.module';
import { kevModule } from './kev/kev.module';
import { demoClockModule } from './demo-clock/demo-clock.module';
import { workforceModule } from './workforce/workforce.module';
import { notificationsModule } from './notifications/notifications.module';
import { feedsModule } from './feeds/feeds.module';

export const MODULES: readonly ConcordModule[] = [
  organizationsModule,
  usersModule,
  apiKeysModule,
  modelsModule,
  auditModule,
  timelineModule,
  designationsModule,
  reviewWindowsModule,
  clearinghouseModule,
  scanClaimsModule,
  advisoriesModule,
  defenseToolsModule,
  directivesModule,
  milestonesModule,
  overviewModule,
  rateLimitModule,
  kevModule,
  workforceModule,
  notificationsModule,
  feedsModule,
  demoClockModule,
];

// Each module's visibility rules, and its subscriptions to the hook points of the modules it depends on.
installPolicies(MODULES);
installHooks(MODULES);
