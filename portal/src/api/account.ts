import { graphql } from '@/gql';
import type { ChangePasswordInput, LoginInput, MeQuery } from '@/gql/graphql';
import { request } from './client';

/** The signed-in user as the portal sees them. */
export type Viewer = NonNullable<MeQuery['me']>;

const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      mobile
      roles
      mustChangePassword
      organisationName
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      username
      displayName
      mobile
      roles
      mustChangePassword
      organisationName
    }
  }
`);

const NewCaptchaDocument = graphql(`
  mutation NewCaptcha {
    newCaptcha {
      id
      image
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
      username
      displayName
      mobile
      roles
      mustChangePassword
      organisationName
    }
  }
`);

/** The viewer of the current session, or null when nobody is signed in. */
export async function fetchViewer(): Promise<Viewer | null> {
  return (await request(MeDocument)).me ?? null;
}

export async function login(input: LoginInput): Promise<Viewer> {
  return (await request(LoginDocument, { input })).login;
}

/** A picture code (图形验证码) that the next sign-in answers, once the server asks for one. */
export async function newCaptcha(): Promise<{ id: string; image: string }> {
  return (await request(NewCaptchaDocument)).newCaptcha;
}

export async function logout(): Promise<void> {
  await request(LogoutDocument);
}

export async function changePassword(input: ChangePasswordInput): Promise<Viewer> {
  return (await request(ChangePasswordDocument, { input })).changePassword;
}
