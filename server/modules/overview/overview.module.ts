import { defineModule } from '../../core/module';
import { OverviewResolver } from './overview.resolver';

export const overviewModule = defineModule({ name: 'overview', resolvers: [OverviewResolver] });
