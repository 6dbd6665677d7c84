import type { CodegenConfig } from '@graphql-codegen/cli';

// TypeScript types of both APIs' schemas, for code that talks to them outside the apps (the
// server's integration tests); the apps generate typed documents of their own.
const config: CodegenConfig = {
  generates: Object.fromEntries(
    (['portal', 'admin'] as const).map((api) => [
      `src/graphql/${api}.ts`,
      {
        schema: `../server/schema/${api}.graphql`,
        plugins: ['typescript'],
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { DateTime: 'string' },
          avoidOptionals: { field: true },
        },
      },
    ]),
  ),
};

export default config;
