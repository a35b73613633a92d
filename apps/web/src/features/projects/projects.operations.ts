import { graphql } from '../../gql';

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
        code
      }
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      project {
        id
        version
      }
    }
  }
`);

export const UpdateProjectDeadlineMutation = graphql(`
  mutation UpdateProjectDeadline($input: UpdateProjectDeadlineInput!) {
    updateProjectDeadline(input: $input) {
      project {
        id
        deadline
      }
    }
  }
`);

export const UpdateSalesOrderDeadlineMutation = graphql(`
  mutation UpdateSalesOrderDeadline($input: UpdateSalesOrderDeadlineInput!) {
    updateSalesOrderDeadline(input: $input) {
      salesOrder {
        id
        deadline
      }
    }
  }
`);

export const MarkProjectDeliveredMutation = graphql(`
  mutation MarkProjectDelivered($input: MarkProjectDeliveredInput!) {
    markProjectDelivered(input: $input) {
      project {
        id
        deliveredOn
      }
    }
  }
`);
