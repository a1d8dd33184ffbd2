import { defineModule } from '../../core/module';
import { User } from './user.entity';
import { userLoader } from './user.loaders';
import { UserResolver } from './user.resolver';
import { usersPolicy } from './user.policy';

export const usersModule = defineModule({
  name: 'users',
  policy: usersPolicy,
  entities: [User],
  resolvers: [UserResolver],
  nodes: [{ type: 'User', load: (ctx, id) => userLoader(ctx).load(id) }],
});
