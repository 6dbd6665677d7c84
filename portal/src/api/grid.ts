import { graphql } from '@/gql';
import type {
  EnterpriseInput,
  EnterprisePageArgs,
  GridEnterpriseQuery,
  GridEnterprisesQuery,
} from '@/gql/graphql';
import { request } from './client';

/** One page of the grid head's enterprises, with the cursor of the next page (null on the last). */
export type GridEnterprisePage = GridEnterprisesQuery['gridEnterprises'];
export type GridEnterpriseSummary = GridEnterprisePage['items'][number];
export type GridEnterprise = GridEnterpriseQuery['gridEnterprise'];

const GridEnterprisesDocument = graphql(`
  query GridEnterprises($page: EnterprisePageArgs) {
    gridEnterprises(page: $page) {
      items {
        id
        name
        creditCode
        industry
        scale
        status
        gridPath
        contactName
      }
      nextCursor
    }
  }
`);

const GridEnterpriseDocument = graphql(`
  query GridEnterprise($id: ID!) {
    gridEnterprise(id: $id) {
      id
      name
      creditCode
      legalRepresentative
      industry
      scale
      status
      address
      gridId
      gridPath
      contactName
      contactPhone
      createdAt
      updatedAt
      version
    }
  }
`);

const UpdateGridEnterpriseDocument = graphql(`
  mutation UpdateGridEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {
    updateGridEnterprise(id: $id, input: $input, version: $version) {
      id
      name
      creditCode
      legalRepresentative
      industry
      scale
      status
      address
      gridId
      gridPath
      contactName
      contactPhone
      createdAt
      updatedAt
      version
    }
  }
`);

/** Enterprises of the viewer's grid subtree, filtered and one page at a time. */
export async function fetchGridEnterprises(page: EnterprisePageArgs): Promise<GridEnterprisePage> {
  return (await request(GridEnterprisesDocument, { page })).gridEnterprises;
}

export async function fetchGridEnterprise(id: string): Promise<GridEnterprise> {
  return (await request(GridEnterpriseDocument, { id })).gridEnterprise;
}

export async function updateGridEnterprise(
  id: string,
  input: EnterpriseInput,
  version: number,
): Promise<GridEnterprise> {
  return (await request(UpdateGridEnterpriseDocument, { id, input, version })).updateGridEnterprise;
}
