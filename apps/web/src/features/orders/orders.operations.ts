import { graphql } from '../../gql';

export const UpdateSalesOrderProgressMutation = graphql(`
  mutation UpdateSalesOrderProgress($input: UpdateSalesOrderProgressInput!) {
    updateSalesOrderProgress(input: $input) {
      salesOrder {
        id
        progress
        status
      }
    }
  }
`);

export const FulfillSalesOrderMutation = graphql(`
  mutation FulfillSalesOrder($id: ID!) {
    fulfillSalesOrder(id: $id) {
      salesOrder {
        id
        status
      }
    }
  }
`);

export const CancelSalesOrderMutation = graphql(`
  mutation CancelSalesOrder($id: ID!) {
    cancelSalesOrder(id: $id) {
      salesOrder {
        id
        status
      }
    }
  }
`);

export const SetBillingPlanMutation = graphql(`
  mutation SetBillingPlan($input: SetBillingPlanInput!) {
    setBillingPlan(input: $input) {
      salesOrder {
        id
      }
    }
  }
`);
