import { Field, ID, InputType, ObjectType } from 'type-graphql';

import type { WriteRight } from '@arus/domain';

import { connectionOf } from '../../graphql/connection';
import { DateTimeScalar, LocalDateScalar } from '../../graphql/scalars';
import { WriteRightEnum } from '../access/access.types';

@ObjectType({
  description:
    'A bearer secret for a partner app or BI tool. It acts for its owner: it reads what the owner may read, and changes only what both its scope and the owner allow.',
  simpleResolvers: true,
})
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What it is for, e.g. "Metabase".' })
  name!: string;

  @Field(() => [WriteRightEnum], { description: 'The write rights it carries; empty: read-only.' })
  scope!: WriteRight[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a request last used it.' })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;

  ownerId!: string;
}

export const ApiTokenConnection = connectionOf(ApiToken, 'ApiToken');

@ObjectType({ simpleResolvers: true })
export class ApiTokenPayload {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret to send as `Authorization: Bearer <secret>`. Only createApiToken returns it, once: Arus keeps only a hash.',
  })
  secret!: string | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, e.g. "Metabase".' })
  name!: string;

  @Field(() => ID, { description: 'The active user it acts for; it sees what they see.' })
  ownerId!: string;

  @Field(() => [WriteRightEnum], {
    nullable: true,
    description: "Write rights, each one the owner's role has; empty or left out: read-only.",
  })
  scope?: WriteRight[] | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The day it stops working (from midnight in the company's time zone): after today, at most a year ahead. Left out: in 90 days.",
  })
  expiresOn?: string | null;
}
