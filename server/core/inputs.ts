// The input of a lifecycle action on one object: its id, named for the object (`advisoryId`, `designationId`,
// ...), and an optional note for the timeline. One factory instead of a copy per module.
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, type ClassType } from 'type-graphql';

export type ActionInput<K extends string> = { [P in K]: string } & { note?: string };

export function actionInput<K extends string>(
  name: string,
  idField: K,
  object: string,
  noteDescription = 'A note for the timeline.',
): ClassType<ActionInput<K>> {
  @InputType(name, { description: `Act on ${object}.` })
  class Action {
    @Field({ nullable: true, description: noteDescription })
    @IsOptional()
    @Length(1, 4000)
    note?: string;
  }
  // The id field is named for the object, so it is declared here rather than in the class body.
  Field(() => ID, { description: `The ${object.replace(/^(an?|the) /, '')}.` })(Action.prototype, idField);
  return Action as unknown as ClassType<ActionInput<K>>;
}
