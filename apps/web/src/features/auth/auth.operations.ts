import { graphql } from '../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      role
    }
    viewerAccess {
      opensEveryAccount
      reads
      seesMoney
      writes
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        name
        role
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      user {
        id
      }
    }
  }
`);
