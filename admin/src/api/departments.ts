import { graphql } from '@/gql';
import type { DepartmentInput } from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment DepartmentFields on Department {
    id
    name
    shortName
    kind
    contactPhone
    active
    version
  }
`);

const DepartmentsQuery = graphql(`
  query Departments($includeInactive: Boolean!) {
    departments(includeInactive: $includeInactive) {
      ...DepartmentFields
    }
  }
`);

const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      ...DepartmentFields
    }
  }
`);

const SetDepartmentActiveMutation = graphql(`
  mutation SetDepartmentActive($id: ID!, $active: Boolean!) {
    setDepartmentActive(id: $id, active: $active) {
      ...DepartmentFields
    }
  }
`);

export async function fetchDepartments(includeInactive = false) {
  return (await request(DepartmentsQuery, { includeInactive })).departments;
}

export async function createDepartment(input: DepartmentInput) {
  return (await request(CreateDepartmentMutation, { input })).createDepartment;
}

export async function updateDepartment(id: string, input: DepartmentInput, version: number) {
  return (await request(UpdateDepartmentMutation, { id, input, version })).updateDepartment;
}

export async function setDepartmentActive(id: string, active: boolean) {
  return (await request(SetDepartmentActiveMutation, { id, active })).setDepartmentActive;
}
