// Builds the SDK as a dual package: dist/esm (ES modules, marked "type": "module") and dist/cjs (CommonJS),
// each with its own type declarations, so Node, bundlers and TypeScript pick the right one. The two compilations
// are independent processes and run side by side.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.resolve(here, '..', 'node_modules', 'typescript', 'bin', 'tsc');
fs.rmSync(path.join(here, 'dist'), { recursive: true, force: true });
await Promise.all(
  [
    ['tsconfig.esm.json', 'module'],
    ['tsconfig.cjs.json', 'commonjs'],
  ].map(async ([config, type]) => {
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', path.join(here, config)]);
    } catch (e) {
      process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
      throw new Error(`tsc -p sdk/${config} failed`);
    }
    const out = path.join(here, 'dist', type === 'module' ? 'esm' : 'cjs');
    fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type }, null, 2) + '\n');
    // Each document is a module-level `new TypedDocumentString(...)`: marked pure, a bundler drops the ones an
    // application does not import (one operation bundles to a few kB instead of every document).
    const generated = path.join(out, 'generated', 'graphql.js');
    fs.writeFileSync(
      generated,
      fs
        .readFileSync(generated, 'utf8')
        .replace(/= new TypedDocumentString\(/g, '= /*#__PURE__*/ new TypedDocumentString('),
    );
  }),
);
