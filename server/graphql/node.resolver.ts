// node(id), nodes(ids) and viewer. Each node type registers how to load it (through its visible loader),
// so a hidden id and a random id both come back as null.
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { BadInputError } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { Node } from '../core/node';
import { Role } from '../modules/users/role.enum';
import { User } from '../modules/users/user.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { organizationService } from '../modules/organizations/organization.service';
import { userService } from '../modules/users/user.service';
import { resolveNode } from './node-registry';

async function loadNode(ctx: RequestContext, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  return decoded ? resolveNode(ctx, decoded.type, decoded.id) : null;
}

@ObjectType({ description: 'Who is asking: the signed-in user or API key, and its organization.' })
export class ViewerInfo {
  @Field({ description: 'Whether the request carried valid credentials.' })
  authenticated!: boolean;

  @Field(() => User, { nullable: true, description: 'The signed-in user (null for API keys and the public).' })
  user!: User | null;

  @Field(() => Organization, { nullable: true, description: 'The organization the viewer acts for.' })
  organization!: Organization | null;

  @Field(() => [Role], { description: 'Roles the viewer acts with.' })
  roles!: Role[];
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Fetches any object by its global id; null if it does not exist or you may not see it.',
  })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'A global id.' }) id: string) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Fetches objects by global id, in order; null for each one missing or hidden.',
  })
  nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { description: 'Up to 100 global ids.' }) ids: string[]) {
    if (ids.length > 100) throw new BadInputError('Ask for at most 100 ids at once.', { ids: 'at most 100' });
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }

  @Query(() => ViewerInfo, { description: 'Who you are, as Concord sees you.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<ViewerInfo> {
    return {
      authenticated: ctx.viewer.authenticated,
      user: await userService.viewerUser(ctx),
      organization: await organizationService.viewerOrganization(ctx),
      roles: ctx.viewer.roles,
    };
  }
}
