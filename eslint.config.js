// One lint configuration for every project of the workspace.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/gql/**',
      'shared/src/graphql/**',
      '**/*.d.ts',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    // Domain boundaries (docs/architecture.md, "Modules per domain"): a domain reaches another
    // only through its public index.ts; entity files stay importable for TypeORM's relations,
    // which would otherwise form import cycles between domains.
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/(?!index\\.js$)(?!.*\\.entity\\.js$)',
              message: 'Import another domain through its index.js, not a file inside it.',
            },
          ],
        },
      ],
    },
  },
  {
    // common/ is what every domain builds on, so it never imports a domain.
    files: ['server/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)modules/', message: 'common/ must not import a domain.' }] },
      ],
    },
  },
  {
    // Typed rows (docs/architecture.md): a query's result is either discarded or handed straight
    // to a decoder (server/src/database/rows.ts), never cast or assigned to a type unchecked.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/database/migrations/**', 'server/src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: [
            "CallExpression[callee.property.name='query']",
            ':not(',
            [
              'ExpressionStatement > AwaitExpression > CallExpression',
              'CallExpression[callee.name=/^decode/] > AwaitExpression > CallExpression',
              'CallExpression[callee.property.name=/^decode/] > AwaitExpression > CallExpression',
              "CallExpression[callee.name=/^decode/] > AwaitExpression > CallExpression[callee.property.name='catch'] > MemberExpression > CallExpression",
              "CallExpression[callee.property.name=/^decode/] > AwaitExpression > CallExpression[callee.property.name='catch'] > MemberExpression > CallExpression",
            ].join(', '),
            ')',
          ].join(''),
          message:
            'Hand a query result to a decoder (database/rows.ts) or discard it; do not cast or assign it unchecked.',
        },
        {
          // docs/performance.md: Nest hands graphql-js a field resolver without parameter
          // decorators as it is; with them, it wraps every call of it in its pipes and param factories.
          selector:
            "MethodDefinition:has(> Decorator[expression.callee.name='ResolveField']) > FunctionExpression > Identifier > Decorator",
          message:
            'A field resolver takes graphql-js’s (parent, args, context) without parameter decorators (docs/performance.md).',
        },
      ],
    },
  },
  prettier,
);
