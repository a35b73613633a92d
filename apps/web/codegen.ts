import type { CodegenConfig } from '@graphql-codegen/cli';

// The generated files import their document type from @graphql-typed-document-node/core, which
// this app does not list as a dependency, so pnpm leaves it unresolvable from here. Apollo Client
// re-exports that same type, so the import is pointed there. Drop this once the package is added
// to this app's devDependencies.
function importDocumentTypeFromApollo(_path: string, content: string): string {
  return content.replaceAll("from '@graphql-typed-document-node/core'", "from '@apollo/client'");
}

const config: CodegenConfig = {
  // The API writes this file from its resolvers; it is the one source of truth for field names.
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  hooks: {
    beforeOneFileWrite: [importDocumentTypeFromApollo],
  },
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
