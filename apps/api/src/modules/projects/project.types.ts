import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';

@ObjectType({ description: 'One piece of work for one customer.', simpleResolvers: true })
export class Project {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique, e.g. PRJ-2026-0007.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar, {
    description: 'When the work is due; every open sales order of the project shares it.',
  })
  deadline!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was delivered.' })
  deliveredOn!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "What the customer's budget is." })
  budget!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'What delivering it costs us.' })
  deliveryCost!: string | null;

  @Field(() => String, { description: 'ISO 4217 code of its account.' })
  currency!: string;

  @Field(() => String, { nullable: true })
  scopeNote!: string | null;

  @Field(() => [String], { description: 'Links to its documents (contracts, briefs, designs).' })
  documentLinks!: string[];

  customerId!: string;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar)
  deadline!: string;

  @Field(() => DecimalScalar, { nullable: true })
  budget?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  deliveryCost?: string | null;

  @Field(() => String, { nullable: true })
  scopeNote?: string | null;

  @Field(() => [String], { nullable: true })
  documentLinks?: string[] | null;
}

@ObjectType({ simpleResolvers: true })
export class ProjectPayload {
  @Field(() => Project)
  project!: Project;
}
