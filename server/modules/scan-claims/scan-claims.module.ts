import { defineModule } from '../../core/module';
import { ScanClaim } from './scan-claim.entity';
import { ScanClaimResolver } from './scan-claim.resolver';
import { scanClaimService } from './scan-claim.service';

export const scanClaimsModule = defineModule({
  name: 'scan-claims',
  entities: [ScanClaim],
  resolvers: [ScanClaimResolver],
  nodes: [{ type: 'ScanClaim', load: (ctx, id) => scanClaimService.byId(ctx, id) }],
});
