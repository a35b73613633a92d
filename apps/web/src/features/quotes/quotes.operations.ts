import { graphql } from '../../gql';

export const CreateQuoteMutation = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      quote {
        id
        status
      }
    }
  }
`);

export const UpdateQuoteMutation = graphql(`
  mutation UpdateQuote($input: UpdateQuoteInput!) {
    updateQuote(input: $input) {
      quote {
        id
        version
      }
    }
  }
`);

export const SendQuoteMutation = graphql(`
  mutation SendQuote($id: ID!) {
    sendQuote(id: $id) {
      quote {
        id
        status
      }
    }
  }
`);

export const AcceptQuoteMutation = graphql(`
  mutation AcceptQuote($id: ID!) {
    acceptQuote(id: $id) {
      quote {
        id
        status
      }
      salesOrder {
        id
      }
    }
  }
`);

export const DeclineQuoteMutation = graphql(`
  mutation DeclineQuote($id: ID!) {
    declineQuote(id: $id) {
      quote {
        id
        status
      }
    }
  }
`);
