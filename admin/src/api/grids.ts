import { graphql } from '@/gql';
import type { GridInput } from '@/gql/graphql';
import { request } from './client';

/** The tree as pickers need it: cheap enough to load on every form. */
const GridOptionsQuery = graphql(`
  query GridOptions($includeInactive: Boolean!) {
    grids(includeInactive: $includeInactive) {
      id
      name
      code
      level
      parentId
      active
    }
  }
`);

graphql(`
  fragment GridFields on Grid {
    id
    name
    code
    level
    parentId
    path
    active
    enterpriseCount
    heads {
      id
      displayName
      mobile
    }
    version
  }
`);

const GridsQuery = graphql(`
  query Grids {
    grids(includeInactive: true) {
      ...GridFields
    }
  }
`);

const CreateGridMutation = graphql(`
  mutation CreateGrid($input: GridInput!) {
    createGrid(input: $input) {
      ...GridFields
    }
  }
`);

const RenameGridMutation = graphql(`
  mutation RenameGrid($id: ID!, $name: String!, $code: String!, $version: Int!) {
    renameGrid(id: $id, name: $name, code: $code, version: $version) {
      ...GridFields
    }
  }
`);

const MoveGridMutation = graphql(`
  mutation MoveGrid($id: ID!, $parentId: ID!, $version: Int!) {
    moveGrid(id: $id, parentId: $parentId, version: $version) {
      ...GridFields
    }
  }
`);

const SetGridActiveMutation = graphql(`
  mutation SetGridActive($id: ID!, $active: Boolean!) {
    setGridActive(id: $id, active: $active) {
      ...GridFields
    }
  }
`);

const RemoveGridMutation = graphql(`
  mutation RemoveGrid($id: ID!) {
    removeGrid(id: $id)
  }
`);

export async function fetchGridOptions(includeInactive = false) {
  return (await request(GridOptionsQuery, { includeInactive })).grids;
}

export async function fetchGrids() {
  return (await request(GridsQuery)).grids;
}

export async function createGrid(input: GridInput) {
  return (await request(CreateGridMutation, { input })).createGrid;
}

export async function renameGrid(id: string, name: string, code: string, version: number) {
  return (await request(RenameGridMutation, { id, name, code, version })).renameGrid;
}

export async function moveGrid(id: string, parentId: string, version: number) {
  return (await request(MoveGridMutation, { id, parentId, version })).moveGrid;
}

export async function setGridActive(id: string, active: boolean) {
  return (await request(SetGridActiveMutation, { id, active })).setGridActive;
}

export async function removeGrid(id: string) {
  return (await request(RemoveGridMutation, { id })).removeGrid;
}
