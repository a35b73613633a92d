import { Field, ID, ObjectType } from 'type-graphql';

import { DateTimeScalar } from '../../graphql/scalars';

@ObjectType({
  description: 'One change of a document: who, when, what, from and to.',
  simpleResolvers: true,
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String, {
    description:
      'CREATED, STATUS_CHANGED, UPDATED, DEADLINE_MOVED, PROGRESS_SET, DELIVERED or PLAN_SET.',
  })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The field that changed, if one did.' })
  field!: string | null;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, where the change asks for a reason.' })
  reason!: string | null;

  actorId!: string | null;
  actorTokenId!: string | null;
}
