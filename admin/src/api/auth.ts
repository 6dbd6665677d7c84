import { graphql } from '@/gql';
import type { ChangePasswordInput, LoginInput } from '@/gql/graphql';
import { request } from './client';

// What the app keeps about the signed-in user; the operations below spread it.
graphql(`
  fragment ViewerFields on Viewer {
    id
    username
    displayName
    mobile
    roles
    mustChangePassword
    organisationName
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...ViewerFields
    }
  }
`);

const NewCaptchaMutation = graphql(`
  mutation NewCaptcha {
    newCaptcha {
      id
      image
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...ViewerFields
    }
  }
`);

export async function fetchViewer() {
  return (await request(MeQuery)).me;
}

export async function login(input: LoginInput) {
  return (await request(LoginMutation, { input })).login;
}

/** A picture code (图形验证码) that the next sign-in answers, once the server asks for one. */
export async function newCaptcha() {
  return (await request(NewCaptchaMutation)).newCaptcha;
}

export async function logout() {
  return (await request(LogoutMutation)).logout;
}

export async function changePassword(input: ChangePasswordInput) {
  return (await request(ChangePasswordMutation, { input })).changePassword;
}
