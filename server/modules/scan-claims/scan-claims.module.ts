import { defineModule } from '../../core/module';
import { ScanClaim } from './scan-claim.entity';
import { ScanClaimResolver } from './scan-claim.resolver';
import { scanClaimService } from './scan-claim.service';
import { scanClaimsPolicy } from './scan-claim.policy';

export const scanClaimsModule = defineModule({
  name: 'scan-claims',
  policy: scanClaimsPolicy,
  entities: [ScanClaim],
  resolvers: [ScanClaimResolver],
  nodes: [{ type: 'ScanClaim', load: (ctx, id) => scanClaimService.byId(ctx, id) }],
});
