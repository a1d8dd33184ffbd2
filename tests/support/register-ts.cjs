// Lets a child process run Concord's TypeScript directly (`node -r ./tests/support/register-ts.cjs server/main.ts`),
// compiled by swc with decorator metadata, as vitest does; tests use it to start real server processes.
const fs = require('node:fs');
const Module = require('node:module');
const swc = require('@swc/core');

const options = {
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

Module._extensions['.ts'] = function compile(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
