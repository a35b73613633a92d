import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { User } from '../users/user.types';
import { AuditEvent } from './audit.types';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made it; null: the system.' })
  actor(@Root() event: AuditEvent, @Ctx() context: Context) {
    return event.actorId ? context.loaders.userById.load(event.actorId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the API token the change was made through; null: signed in.',
  })
  apiToken(@Root() event: AuditEvent, @Ctx() context: Context) {
    return event.actorTokenId ? context.loaders.apiTokenNameById.load(event.actorTokenId) : null;
  }
}
