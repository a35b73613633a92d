import { Field, ObjectType } from 'type-graphql';

import { User } from '../users/user.types';

@ObjectType({ simpleResolvers: true })
export class LoginPayload {
  @Field(() => String, {
    description:
      'A secret usable as `Authorization: Bearer <token>` by API clients. The SPA needs none: login also sets an httpOnly session cookie.',
  })
  token!: string;

  @Field(() => User)
  user!: User;
}
