import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { ROLES, type Role } from '@arus/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as {
  [K in Role]: K;
};

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may see and change; see the access table in the API guide.',
});

@ObjectType({ description: 'A person who signs in to Arus.', simpleResolvers: true })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}
