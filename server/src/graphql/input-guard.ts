import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { toGraphQLError } from '../common/error-format.js';
import { hasForbiddenCharacters, parseDateTime } from '../common/input-values.js';

type Path = (string | number)[];

// Every record a client can name by an ID argument has a UUID key; anything else is refused here
// rather than left to fail PostgreSQL's cast.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An argument written in a document: its schema type, its value there, and the name a problem gets. */
interface ArgumentSite {
  type: GraphQLInputType;
  node: ValueNode;
  path: Path;
}

/**
 * The arguments of an operation and its fragments, found once per parsed document: Apollo keeps
 * each document it has parsed and hands the same objects to every request that sends it, so a
 * list request walks its document with the schema's type information only the first time.
 */
const sitesOfOperation = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  const known = sitesOfOperation.get(operation);
  if (known) return known;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument) return false;
          // Inside an input-object argument fields are named as its input class names them.
          const path = isInputObjectType(getNamedType(argument.type)) ? [] : [argument.name];
          sites.push({ type: argument.type, node: node.value, path });
          return false;
        },
      }),
    );
  }
  sitesOfOperation.set(operation, sites);
  return sites;
}

/**
 * Every argument value of an operation — literals in the document and the variables sent with
 * it — checked against its schema type before anything runs: no text (String, ID or any custom
 * scalar given as a string) may hold a NUL or a lone surrogate, an ID must be a UUID, and a
 * DateTime must be a real RFC 3339 instant. Problems name the field as the input validation does: by its path inside an
 * input-object argument (`email`, `filter.from`, `off.2.name`), else by the argument's name
 * (`id`, `ids.1`, `keyword`).
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): FieldProblem[] {
  const problems = new Map<string, FieldProblem>();
  const definitions = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
  );

  const report = (path: Path) => {
    const field = path.join('.');
    if (!problems.has(field)) problems.set(field, { field, rule: 'invalid' });
  };

  const checkText = (type: GraphQLInputType, text: string, path: Path) => {
    const named = getNamedType(type);
    if (!isScalarType(named)) return;
    if (
      hasForbiddenCharacters(text) ||
      (named.name === 'ID' && !UUID.test(text)) ||
      (named.name === 'DateTime' && !parseDateTime(text))
    ) {
      report(path);
    }
  };

  const checkValue = (type: GraphQLInputType, value: unknown, path: Path): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return checkValue(type.ofType, value, path);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => checkValue(type.ofType, item, [...path, i]));
      else checkValue(type.ofType, value, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const fields = type.getFields();
      for (const [name, item] of Object.entries(value)) {
        if (Object.hasOwn(fields, name)) checkValue(fields[name].type, item, [...path, name]);
      }
      return;
    }
    if (typeof value === 'string') checkText(type, value, path);
    // GraphQL takes a number for an ID too; no number is a UUID.
    else if (typeof value === 'number' && getNamedType(type).name === 'ID') report(path);
  };

  const checkNode = (type: GraphQLInputType, node: ValueNode, path: Path): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(variables, name)) return checkValue(type, variables[name], path);
      const fallback = definitions.get(name)?.defaultValue;
      return fallback ? checkNode(type, fallback, path) : undefined;
    }
    if (isNonNullType(type)) return checkNode(type.ofType, node, path);
    if (isListType(type)) {
      if (node.kind === Kind.LIST)
        node.values.forEach((item, i) => checkNode(type.ofType, item, [...path, i]));
      else checkNode(type.ofType, node, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const field of node.fields) {
        const name = field.name.value;
        if (Object.hasOwn(fields, name)) checkNode(fields[name].type, field.value, [...path, name]);
      }
      return;
    }
    if (node.kind === Kind.STRING) checkText(type, node.value, path);
    else if (node.kind === Kind.INT && getNamedType(type).name === 'ID') report(path);
  };

  for (const site of argumentSites(schema, document, operation)) checkNode(site.type, site.node, site.path);
  return [...problems.values()];
}

/** Refuses, as one VALIDATION error (HTTP 400), an operation whose arguments fail inputProblems. */
export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const problems = inputProblems(schema, document, operation, request.variables);
        if (problems.length === 0) return;
        const error = toGraphQLError(AppError.validation(...problems));
        throw new GraphQLError(error.message, {
          extensions: { ...error.extensions, http: { status: 400 } },
        });
      },
    };
  },
};
