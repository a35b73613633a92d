import { Field, ObjectType } from 'type-graphql';

import { Project } from '../projects/project.types';
import { SalesOrder } from './sales-order.types';

@ObjectType({ simpleResolvers: true })
export class SalesOrderPayload {
  @Field(() => SalesOrder)
  salesOrder!: SalesOrder;

  @Field(() => Project)
  project!: Project;

  @Field(() => [SalesOrder], {
    description: 'Every order whose deadline this change moved, this one included (often none).',
  })
  salesOrders!: SalesOrder[];
}
