import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The API writes this file from its resolvers; it is the one source of truth for field names.
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive plain typed props, which keeps them easy to test without Apollo.
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Money and dates travel as exact strings; never let them become floats or Date objects.
        scalars: {
          Decimal: 'string',
          LocalDate: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
