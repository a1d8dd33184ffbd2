// npm run -s data:cwe: writes data/cwe/cwe-names.json from the CWE list BSI's csaf-validator-lib bundles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { default: cwec } = await import('@secvisogram/csaf-validator-lib/lib/shared/cwec.js');
const names = Object.fromEntries(cwec.weaknesses.map((w) => [w.id, w.name]));
fs.writeFileSync(path.join(root, 'data/cwe/cwe-names.json'), `${JSON.stringify(names)}\n`);
process.stdout.write(`wrote ${Object.keys(names).length} CWE names\n`);
