// Runs Concord's TypeScript directly (`node -r ./scripts/register-ts.cjs server/main.ts`): each file is compiled
// by swc with decorator metadata when it is first loaded, so `npm start`, `npm run token` and `npm run admin`
// start at once, and tests start real server processes the same way. Production images run the compiled `dist/`.
//
// Compiled files are kept in node_modules/.cache/concord-ts, keyed by a hash of the source, its path, swc's
// version and the options: a second start compiles nothing (about 0.5 s of CPU saved on every start, which the
// tests that start real processes pay many times). A cache that cannot be written is skipped, never fatal.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'concord-ts');
const salt = JSON.stringify([swc.version, options, process.version]);

function compile(source, filename) {
  const key = createHash('sha256').update(salt).update('\0').update(filename).update('\0').update(source).digest('hex');
  const file = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  const { code } = swc.transformSync(source, { ...options, filename });
  try {
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, code, { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch {
    // a read-only checkout: compile every time
  }
  return code;
}

Module._extensions['.ts'] = function load(module, filename) {
  module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
