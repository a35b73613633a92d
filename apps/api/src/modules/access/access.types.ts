import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { DOCUMENT_TYPES, WRITE_RIGHTS, type DocumentType, type WriteRight } from '@arus/domain';

import { connectionOf } from '../../graphql/connection';

export const DocumentTypeEnum = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, t])) as {
  [K in DocumentType]: K;
};

registerEnumType(DocumentTypeEnum, { name: 'DocumentType' });

export const WriteRightEnum = Object.fromEntries(WRITE_RIGHTS.map((r) => [r, r])) as {
  [K in WriteRight]: K;
};

registerEnumType(WriteRightEnum, {
  name: 'WriteRight',
  description:
    'What a change needs: CUSTOMERS, PROJECTS, QUOTES, ORDERS (cancel, billing plans), DELIVERY (progress, deadlines, delivery), INVOICES, USERS (users, tokens, account owners).',
});

@ObjectType({
  description: "What the viewer may see and do, from its role (and its API token's scope).",
  simpleResolvers: true,
})
export class ViewerAccess {
  @Field(() => Boolean, { description: 'false: only the accounts it manages open.' })
  opensEveryAccount!: boolean;

  @Field(() => [DocumentTypeEnum])
  reads!: DocumentType[];

  @Field(() => Boolean, { description: 'false: money fields read as null.' })
  seesMoney!: boolean;

  @Field(() => [WriteRightEnum])
  writes!: WriteRight[];
}

@ObjectType({
  description: 'An account as everyone signed in may see it: code, name and owner.',
  simpleResolvers: true,
})
export class DirectoryEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  accountManagerId!: string;
}

export const DirectoryEntryConnection = connectionOf(DirectoryEntry, 'DirectoryEntry');
