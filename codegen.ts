import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates the typed SDK from the committed schema and sdk/documents (npm run codegen).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/documents/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'sdk/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
