import { defineModule } from '../../core/module';
import { DemoClockResolver } from './demo-clock.resolver';

export const demoClockModule = defineModule({ name: 'demo-clock', resolvers: [DemoClockResolver], demoOnly: true });
