import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { SalesOrder } from '../orders/sales-order.types';

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

  @Field(() => Int, { description: 'Changes with every edit; send it back with updateProject.' })
  version!: number;

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

@InputType({ description: 'The fields to change; a field left out keeps its value.' })
export class UpdateProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: 'The version you loaded; CONFLICT when it changed since.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'null clears it.' })
  budget?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'null clears it.' })
  deliveryCost?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  scopeNote?: string | null;

  @Field(() => [String], { nullable: true })
  documentLinks?: string[] | null;
}

@InputType()
export class UpdateProjectDeadlineInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalDateScalar)
  deadline!: string;

  @Field(() => String, { description: 'Why it moves; kept in the history.' })
  reason!: string;
}

@InputType()
export class MarkProjectDeliveredInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalDateScalar, { description: 'Today or earlier.' })
  deliveredOn!: string;
}

@ObjectType({ simpleResolvers: true })
export class ProjectPayload {
  @Field(() => Project)
  project!: Project;

  @Field(() => [SalesOrder], {
    description: 'The orders whose deadline this change moved with the project (often none).',
  })
  salesOrders!: SalesOrder[];
}
