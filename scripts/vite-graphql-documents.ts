import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DefinitionNode } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Puts each GraphQL document into the chunk of the code that sends it.
 *
 * The client preset's `graphql()` looks a document up in one map of every operation of the app
 * (`src/gql/gql.ts`), so the first page that sent a request made the browser load and parse all
 * of them. The preset's Babel plugin would import each document from `gql/graphql.ts` instead,
 * but that file is one module, and a bundler never splits a module: every document used anywhere
 * would still ride in one shared chunk. So this replaces each `graphql(\`…\`)` call with the text
 * codegen generated for it (the operation and the fragments it spreads, from `gql/graphql.ts`), a
 * plain string the bundler places with its one user like any other constant. The client sends
 * `document.toString()`, which a string answers as the generated `TypedDocumentString` does.
 * The sources keep `graphql()`: codegen finds the documents there, and type checking runs on
 * the sources, so the types are unchanged.
 *
 * The shared client package (`@gridbridge/client`, its notifications) is built by tsc: its
 * compiled `dist/` files are treated the same way against its compiled `dist/gql/graphql.js`.
 *
 * A document whose text differs from what codegen generated for it (an edit without
 * `npm run codegen`) fails the build, where the map would have failed at run time.
 */
export function graphqlDocuments(options: { artifactDirectories: string[] }): Plugin {
  const caches = new Map<string, { mtimeMs: number; documents: Map<string, string> }>();

  /** The artifact directory of a file's package: the one beside the file's top folder (`src/gql`, `dist/gql`). */
  function artifactDirectoryOf(file: string): string | undefined {
    return options.artifactDirectories.find(
      (directory) =>
        file.startsWith(path.dirname(directory) + path.sep) && !file.startsWith(directory + path.sep),
    );
  }

  /** The documents codegen generated in a directory, by kind and name (`query Me`, `fragment CaseFields`). */
  function generated(directory: string): Map<string, string> {
    // The app's generated TypeScript, or the JavaScript that tsc made of the client package's.
    const file = ['graphql.ts', 'graphql.js'].map((name) => path.join(directory, name)).find(existsSync);
    if (!file) throw new Error(`no graphql.ts or graphql.js in ${directory}; run \`npm run codegen\``);
    const { mtimeMs } = statSync(file);
    let cache = caches.get(file);
    if (cache?.mtimeMs !== mtimeMs) {
      const documents = new Map<string, string>();
      for (const [, text] of readFileSync(file, 'utf8').matchAll(/= new TypedDocumentString\(`([^`]*)`/g)) {
        documents.set(key(parse(text).definitions[0]), text);
      }
      cache = { mtimeMs, documents };
      caches.set(file, cache);
    }
    return cache.documents;
  }

  return {
    name: 'gridbridge:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || !code.includes('graphql(`')) return null;
      const directory = artifactDirectoryOf(id);
      if (!directory) return null;
      const documents = generated(directory);
      const replaced = code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, source: string) => {
        const definitions = parse(source).definitions;
        const text = definitions.length === 1 ? documents.get(key(definitions[0])) : undefined;
        if (text === undefined || print(parse(text).definitions[0]) !== print(definitions[0])) {
          throw new Error(
            `${id}: no generated document matches ${key(definitions[0])}; run \`npm run codegen\` after changing an operation`,
          );
        }
        // The same number of lines, so that line numbers in stack traces stay those of the source.
        return JSON.stringify(text) + '\n'.repeat(call.split('\n').length - 1);
      });
      // Lines are unchanged, so the previous source map still holds (Rollup's `map: null`).
      return { code: replaced, map: null };
    },
  };
}

function key(definition: DefinitionNode): string {
  if (definition.kind === Kind.OPERATION_DEFINITION)
    return `${definition.operation} ${definition.name?.value}`;
  if (definition.kind === Kind.FRAGMENT_DEFINITION) return `fragment ${definition.name.value}`;
  return definition.kind;
}
