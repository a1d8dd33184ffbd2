import { Field, ObjectType } from 'type-graphql';
import { RecipientType, SizeTier } from '../organizations/organization.enums';

/**
 * What the tool's developer learns about who asks for a seat: enough to decide, nothing more (no contacts,
 * county, members or other grants). Not a node: it cannot be fetched or followed on its own.
 */
@ObjectType('GrantRequester', {
  simpleResolvers: true,
  description: 'The facts about a requesting organization a tool developer needs to decide on a grant.',
})
export class GrantRequester {
  @Field({ description: 'The organization name.' })
  name!: string;

  @Field(() => RecipientType, { nullable: true, description: 'What kind of operator it is.' })
  recipientType!: RecipientType | null;

  @Field(() => String, { nullable: true, description: 'USPS state or territory code.' })
  state!: string | null;

  @Field(() => SizeTier, { nullable: true, description: 'Size of the operator.' })
  sizeTier!: SizeTier | null;
}
