import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

import { validationError } from '@arus/domain';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items, 1 to 100 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the item to start after.' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Cursors are opaque to clients: a base64url of the sort key of the last item seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function readPageArgs({ first, after }: PageArgs): {
  limit: number;
  afterKey: string | null;
} {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw validationError(
      'first',
      `first must be between 1 and ${MAX_PAGE_SIZE}; it was ${limit}.`,
    );
  }
  if (after == null) return { limit, afterKey: null };
  const afterKey = Buffer.from(after, 'base64url').toString('utf8');
  if (afterKey === '' || encodeCursor(afterKey) !== after) {
    throw validationError('after', 'after is not a cursor this API handed out.');
  }
  return { limit, afterKey };
}

/** Builds a page from up to limit + 1 rows fetched after the cursor. */
export function toPage<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  keyOf: (row: T) => string,
): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

type ClassType<T> = new () => T;

/**
 * Declares the Relay connection and edge types of a node type (`CustomerConnection`,
 * `CustomerEdge`), as partner apps and BI tools page through every root list the same way.
 */
export function connectionOf<T>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has for this viewer.' })
    totalCount!: number;
  }

  return Connection;
}
