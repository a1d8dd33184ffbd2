// Migrations in order. The schema is only ever changed by these (never `synchronize`).
import { Platform1764331200000 } from './1764331200000-Platform';
import { Designations1764400000000 } from './1764400000000-Designations';
import { Clearinghouse1764500000000 } from './1764500000000-Clearinghouse';
import { Advisories1764600000000 } from './1764600000000-Advisories';
import { DefenseTools1764700000000 } from './1764700000000-DefenseTools';
import { Directives1764800000000 } from './1764800000000-Directives';
import { AffectedParties1764900000000 } from './1764900000000-AffectedParties';
import { Entitlements1765000000000 } from './1765000000000-Entitlements';
import { AuditCheckpoints1765100000000 } from './1765100000000-AuditCheckpoints';
import { IdempotencyLease1765200000000 } from './1765200000000-IdempotencyLease';
import { MissionGaps1765300000000 } from './1765300000000-MissionGaps';
import { KevCatalog1765400000000 } from './1765400000000-KevCatalog';
import { CleanReferences1765500000000 } from './1765500000000-CleanReferences';
import { SearchWeight1765600000000 } from './1765600000000-SearchWeight';
import { Feeds1765900000000 } from './1765900000000-Feeds';
import { Notifications1765800000000 } from './1765800000000-Notifications';
import { Workforce1765700000000 } from './1765700000000-Workforce';

export const migrations = [
  Platform1764331200000,
  Designations1764400000000,
  Clearinghouse1764500000000,
  Advisories1764600000000,
  DefenseTools1764700000000,
  Directives1764800000000,
  AffectedParties1764900000000,
  Entitlements1765000000000,
  AuditCheckpoints1765100000000,
  IdempotencyLease1765200000000,
  MissionGaps1765300000000,
  KevCatalog1765400000000,
  CleanReferences1765500000000,
  SearchWeight1765600000000,
  Workforce1765700000000,
  Notifications1765800000000,
  Feeds1765900000000,
];
