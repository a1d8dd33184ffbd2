import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { NotificationKind } from './kinds';
import { NotificationChannel, NotificationMode, NotificationStatus } from './notification.enums';

@InputType({ description: 'A webhook endpoint to register for your organization.' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'An https URL on a public address (no credentials, no fragment).' })
  @MaxLength(2048)
  url!: string;

  @Field(() => [NotificationKind], { description: 'The kinds it receives (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  events!: string[];

  @Field(() => String, { nullable: true, description: 'A label for humans.' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

@InputType({ description: 'Which endpoint.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId!: string;
}

@InputType({ description: 'Disable an endpoint.' })
export class DisableWebhookEndpointInput extends WebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'Why (shown to the other admins).' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType({ description: 'Change what an endpoint receives.' })
export class UpdateWebhookEndpointInput extends WebhookEndpointInput {
  @Field(() => [NotificationKind], { nullable: true, description: 'The kinds it receives.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  events?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A label for humans.' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

@InputType({ description: 'Which notification.' })
export class NotificationInput {
  @Field(() => ID, { description: 'The notification (its id is the webhook-id).' })
  notificationId!: string;
}

@InputType({ description: 'Filters for notifications.' })
export class NotificationFilter {
  @Field(() => NotificationChannel, { nullable: true, description: 'Only this channel.' })
  channel?: NotificationChannel | null;

  @Field(() => NotificationStatus, { nullable: true, description: 'Only this status (DEAD: the dead letters).' })
  status?: NotificationStatus | null;

  @Field(() => NotificationKind, { nullable: true, description: 'Only this kind.' })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only to this webhook endpoint.' })
  endpointId?: string | null;
}

@InputType({ description: 'How you want the email of one kind.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: string;

  @Field(() => NotificationMode, { description: 'Immediately, in a daily digest, or off.' })
  mode!: NotificationMode;
}
