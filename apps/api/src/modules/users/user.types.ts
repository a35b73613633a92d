import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { ROLES, type Role } from '@arus/domain';

import { connectionOf, PageArgs } from '../../graphql/connection';
import { DateTimeScalar } from '../../graphql/scalars';
import { Customer } from '../customers/customer.types';

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

  @Field(() => Boolean, {
    description: 'false once deactivated: the user cannot sign in and their API tokens stop.',
  })
  isActive!: boolean;
}

export const UserConnection = connectionOf(User, 'User');

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Also list deactivated users (default false).',
  })
  includeInactive?: boolean | null;
}

@ObjectType({
  description:
    'A one-time link to set a password, for a new user or one who forgot theirs. Hand it over in person or by a channel you trust: whoever opens it signs in as the user.',
  simpleResolvers: true,
})
export class PasswordLink {
  @Field(() => String, { description: 'Opens the page that sets the password; works once.' })
  url!: string;

  @Field(() => DateTimeScalar, { description: 'Seven days after it was made.' })
  expiresAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class UserPayload {
  @Field(() => User)
  user!: User;

  @Field(() => PasswordLink, {
    nullable: true,
    description: 'The link this mutation just made (createUser, createPasswordLink); else null.',
  })
  passwordLink!: PasswordLink | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'Unique, whatever its letter case.' })
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@InputType({ description: 'The fields to change; a field left out keeps its value.' })
export class UpdateUserInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;
}

@InputType({ description: 'Hands accounts from one owner to another.' })
export class ReassignAccountsInput {
  @Field(() => ID, { description: 'The current owner.' })
  fromUserId!: string;

  @Field(() => ID, { description: 'An active ACCOUNT_MANAGER or ADMIN.' })
  toUserId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The accounts to hand over, each owned by fromUserId; null: all of them.',
  })
  customerIds?: string[] | null;
}

@ObjectType({ simpleResolvers: true })
export class ReassignAccountsPayload {
  @Field(() => [Customer], { description: 'The accounts that changed owner, by code.' })
  customers!: Customer[];
}
