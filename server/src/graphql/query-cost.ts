import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from '../common/app-error.js';
import { MAX_PAGE_SIZE } from '../common/keyset.js';
import { toGraphQLError } from '../common/error-format.js';

/** Most a request may cost: a page of 100 cases with a dozen fields each costs about 1,500. */
export const MAX_QUERY_COST = 10_000;
/** What a list without a page size is taken to hold (a case's timeline, its attachments). */
const UNSIZED_LIST = 20;
/** A page type's list field; its size is the `first` of the field that returned the page. */
const PAGE_ITEMS = 'items';
const DEFAULT_PAGE = 20;

type Variables = Record<string, unknown>;

/** The page size a field asks for: `first`, or `page: { first }`; the default page size otherwise. */
function requestedPageSize(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Variables,
): number {
  try {
    const args = getArgumentValues(field, node, variables) as { first?: unknown; page?: { first?: unknown } };
    const first = args.first ?? args.page?.first;
    if (typeof first !== 'number' || first <= 0) return DEFAULT_PAGE;
    // A larger size is refused by the list itself (VALIDATION naming `first`) and never returned:
    // estimated at its size, it would be refused here first, as too costly, which says nothing useful.
    return Math.min(first, MAX_PAGE_SIZE);
  } catch {
    // Bad arguments fail validation when the operation runs; for the estimate, a default page.
    return DEFAULT_PAGE;
  }
}

/**
 * The estimated cost of a selection: every field costs 1, and what a list field selects counts
 * once per element it may return — the requested page size for a page's items, UNSIZED_LIST
 * for other lists. So 15 aliases of a 100-case page with timelines cost what they would return.
 */
export function selectionCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  pageSize = DEFAULT_PAGE,
  seen: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (type)
        cost += selectionCost(schema, selection.selectionSet, type, fragments, variables, pageSize, seen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      // A cycle is refused by validation; here it just stops.
      if (type && !seen.has(name)) {
        cost += selectionCost(
          schema,
          fragment.selectionSet,
          type,
          fragments,
          variables,
          pageSize,
          new Set([...seen, name]),
        );
      }
      continue;
    }
    if (!isObjectType(parent) && !('getFields' in parent)) continue;
    const field = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[
      selection.name.value
    ];
    if (!field) continue;
    cost += 1;
    if (!selection.selectionSet) continue;
    const returned = getNamedType(field.type);
    const size = requestedPageSize(field, selection, variables);
    const children = selectionCost(
      schema,
      selection.selectionSet,
      returned,
      fragments,
      variables,
      size,
      seen,
    );
    const list = isListType(getNullableType(field.type));
    const multiplier = !list ? 1 : selection.name.value === PAGE_ITEMS ? pageSize : UNSIZED_LIST;
    cost += multiplier * children;
  }
  return cost;
}

/**
 * Refuses, before anything runs, an operation whose estimated cost (page sizes and nested lists
 * counted) exceeds MAX_QUERY_COST: HTTP 400 with QUERY_TOO_COSTLY and the figures.
 */
export const queryCostLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, schema, request }) {
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        }
        const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        if (!root) return;
        const cost = selectionCost(schema, operation.selectionSet, root, fragments, request.variables ?? {});
        if (cost > MAX_QUERY_COST) {
          const error = toGraphQLError(new AppError('QUERY_TOO_COSTLY', { cost, max: MAX_QUERY_COST }));
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, http: { status: 400 } },
          });
        }
      },
    };
  },
};
