import { graphql } from '../../gql';

export const CustomerRowFields = graphql(`
  fragment CustomerRow on Customer {
    id
    code
    name
    currency
    accountManager {
      id
      name
    }
    openAmount
    overdueAmount
  }
`);

export const CustomersQuery = graphql(`
  query Customers($first: Int!, $after: String) {
    customers(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CustomerRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        code
      }
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        id
        version
      }
    }
  }
`);

export const AccountDirectoryQuery = graphql(`
  query AccountDirectory($first: Int!, $after: String) {
    accountDirectory(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          code
          name
          accountManager {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Active account managers and admins: the people who may own an account.
export const AccountManagersQuery = graphql(`
  query AccountManagers {
    accountManagers {
      id
      name
      email
      role
    }
  }
`);
