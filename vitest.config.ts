import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  // esbuild emits no decorator metadata, which TypeORM and type-graphql need: compile with swc.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    // One copy of graphql for type-graphql (CommonJS) and ESM imports alike.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['reflect-metadata', 'tests/support/no-deprecations.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One module graph per worker: the server's modules load once per worker instead of once per file.
    isolate: false,
    maxWorkers: 2,
    // The slowest files, printed last: the next regression is visible in every run.
    reporters: ['default', './tests/support/slowest-reporter.ts'],
  },
});
