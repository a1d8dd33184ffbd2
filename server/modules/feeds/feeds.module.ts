import { defineModule } from '../../core/module';
import { TaxiiStatus } from './taxii-status.entity';

/** CSAF provider and TAXII server (served by http/csaf.ts and http/taxii.ts); its one table is TAXII's statuses. */
export const feedsModule = defineModule({
  name: 'feeds',
  entities: [TaxiiStatus],
});
