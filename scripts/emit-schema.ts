// Writes schema/schema.graphql from the code (npm run schema). A test fails when the committed file drifts.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaText } from '../server/graphql/print';

printSchemaText().then(
  (sdl) => {
    const file = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
    fs.writeFileSync(file, sdl);
    process.stdout.write(`wrote ${file}\n`);
  },
  (e: unknown) => {
    process.stderr.write(`the schema could not be built: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
