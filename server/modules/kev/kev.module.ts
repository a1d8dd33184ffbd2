import { defineModule } from '../../core/module';
import { KevResolver } from './kev.resolver';

export const kevModule = defineModule({ name: 'kev', resolvers: [KevResolver] });
