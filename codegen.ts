import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates the typed SDK from the committed schema and sdk/documents (npm run codegen).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/documents/*.graphql'],
  ignoreNoDocuments: false,
  // Relative imports carry `.js`, so the ESM build runs in plain Node as well as in bundlers.
  emitLegacyCommonJSImports: false,
  generates: {
    'sdk/generated/': {
      preset: 'client',
      // persistedDocuments: a manifest of every operation by hash (sdk/generated/persisted-documents.json), and the
      // hash on each document, so the SDK can send only the hash to a server that accepts trusted documents only.
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' },
      },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
    // Apollo Client and urql need the interface -> implementations map to match fragments on `Organization`.
    'sdk/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
