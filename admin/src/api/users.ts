import { graphql } from '@/gql';
import type { NewUserInput, UserInput } from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    mobile
    email
    roles
    active
    departmentId
    departmentName
    gridId
    enterpriseId
    createdAt
  }
`);

const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $keyword: String) {
    users(first: $first, after: $after, keyword: $keyword) {
      items {
        ...UserFields
      }
      nextCursor
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: NewUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input) {
      ...UserFields
    }
  }
`);

const SetUserActiveMutation = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...UserFields
    }
  }
`);

export async function fetchUsers(first: number, after: string | null, keyword: string | null) {
  return (await request(UsersQuery, { first, after, keyword })).users;
}

export async function createUser(input: NewUserInput) {
  return (await request(CreateUserMutation, { input })).createUser;
}

export async function updateUser(id: string, input: UserInput) {
  return (await request(UpdateUserMutation, { id, input })).updateUser;
}

export async function resetUserPassword(userId: string, password: string) {
  return (await request(ResetUserPasswordMutation, { input: { userId, password } })).resetUserPassword;
}

export async function setUserActive(userId: string, active: boolean) {
  return (await request(SetUserActiveMutation, { userId, active })).setUserActive;
}
