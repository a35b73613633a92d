import { graphql } from '../../gql';

export const CreateInvoiceMutation = graphql(`
  mutation CreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice {
        id
        number
      }
    }
  }
`);

export const SendInvoiceMutation = graphql(`
  mutation SendInvoice($id: ID!) {
    sendInvoice(id: $id) {
      invoice {
        id
        status
      }
    }
  }
`);

export const StartInvoiceProcessingMutation = graphql(`
  mutation StartInvoiceProcessing($id: ID!) {
    startInvoiceProcessing(id: $id) {
      invoice {
        id
        status
      }
    }
  }
`);

export const CompleteInvoiceMutation = graphql(`
  mutation CompleteInvoice($id: ID!) {
    completeInvoice(id: $id) {
      invoice {
        id
        status
      }
    }
  }
`);

export const RejectInvoiceMutation = graphql(`
  mutation RejectInvoice($id: ID!, $reason: String!) {
    rejectInvoice(id: $id, reason: $reason) {
      invoice {
        id
        status
      }
    }
  }
`);

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!) {
    voidInvoice(id: $id) {
      invoice {
        id
        status
      }
    }
  }
`);

export const ReissueInvoiceMutation = graphql(`
  mutation ReissueInvoice($id: ID!) {
    reissueInvoice(id: $id) {
      invoice {
        id
        number
      }
    }
  }
`);
