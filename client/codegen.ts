import type { CodegenConfig } from '@graphql-codegen/cli';

// The package's operations (notifications) read the same types and fields in both APIs; they are
// checked against the portal schema here and run against both by the apps' end-to-end tests.
const config: CodegenConfig = {
  schema: '../server/schema/portal.graphql',
  // The package is compiled as Node ESM, whose relative imports name the file.
  emitLegacyCommonJSImports: false,
  documents: ['src/**/*.ts', '!src/gql/**/*', '!src/**/*.spec.ts'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
