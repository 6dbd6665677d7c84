import { graphql } from '@/gql';
import type { ServicePointInput } from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment ServicePointFields on ServicePoint {
    id
    kind
    name
    gridId
    gridPath
    address
    phone
    openingHours
    services
    active
    version
  }
`);

const ServicePointsQuery = graphql(`
  query ServicePointsAdmin {
    servicePointsAdmin {
      ...ServicePointFields
    }
  }
`);

const CreateServicePointMutation = graphql(`
  mutation CreateServicePoint($input: ServicePointInput!) {
    createServicePoint(input: $input) {
      ...ServicePointFields
    }
  }
`);

const UpdateServicePointMutation = graphql(`
  mutation UpdateServicePoint($id: ID!, $input: ServicePointInput!, $version: Int!) {
    updateServicePoint(id: $id, input: $input, version: $version) {
      ...ServicePointFields
    }
  }
`);

const SetServicePointActiveMutation = graphql(`
  mutation SetServicePointActive($id: ID!, $active: Boolean!) {
    setServicePointActive(id: $id, active: $active) {
      ...ServicePointFields
    }
  }
`);

export async function fetchServicePoints() {
  return (await request(ServicePointsQuery)).servicePointsAdmin;
}

export async function createServicePoint(input: ServicePointInput) {
  return (await request(CreateServicePointMutation, { input })).createServicePoint;
}

export async function updateServicePoint(id: string, input: ServicePointInput, version: number) {
  return (await request(UpdateServicePointMutation, { id, input, version })).updateServicePoint;
}

export async function setServicePointActive(id: string, active: boolean) {
  return (await request(SetServicePointActiveMutation, { id, active })).setServicePointActive;
}
