// Runs Concord's TypeScript directly (`node -r ./scripts/register-ts.cjs server/main.ts`): each file is compiled
// by swc with decorator metadata when it is first loaded (about a second for the whole server), so `npm start`,
// `npm run token` and `npm run admin` start at once, and tests start real server processes the same way.
// Production images run the compiled `dist/` instead.
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
