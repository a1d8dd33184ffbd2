import { defineModule } from '../../core/module';
import { RateLimitResolver } from './rate-limit.resolver';

export const rateLimitModule = defineModule({ name: 'rate-limit', resolvers: [RateLimitResolver] });
