import { graphql } from '../../gql';

export const UserRowFields = graphql(`
  fragment UserRow on User {
    id
    name
    email
    role
    isActive
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String) {
    users(first: $first, after: $after, includeInactive: true) {
      totalCount
      edges {
        cursor
        node {
          ...UserRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PasswordLinkFields = graphql(`
  fragment PasswordLinkDetails on PasswordLink {
    url
    expiresAt
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserRow
      }
      passwordLink {
        ...PasswordLinkDetails
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserRow
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      user {
        ...UserRow
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      user {
        ...UserRow
      }
    }
  }
`);

export const CreatePasswordLinkMutation = graphql(`
  mutation CreatePasswordLink($userId: ID!) {
    createPasswordLink(userId: $userId) {
      user {
        id
      }
      passwordLink {
        ...PasswordLinkDetails
      }
    }
  }
`);

export const ReassignAccountsMutation = graphql(`
  mutation ReassignAccounts($input: ReassignAccountsInput!) {
    reassignAccounts(input: $input) {
      customers {
        id
        code
        accountManager {
          id
          name
        }
      }
    }
  }
`);

export const ApiTokenRowFields = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    owner {
      id
      name
    }
    scope
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    isActive
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ApiTokenRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        ...ApiTokenRow
      }
      secret
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken {
        ...ApiTokenRow
      }
    }
  }
`);
