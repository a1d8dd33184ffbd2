// The committed schema, SDK and migrations must match what the code generates.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../codegen';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { printSchemaText } from '../server/graphql/print';
import { getSchema } from '../server/graphql/schema';
import { startTestServer, type TestServer } from './support/server';

const root = path.resolve(__dirname, '..');

describe('generated artifacts', () => {
  it('schema/schema.graphql matches the code (run `npm run generate`)', async () => {
    expect(fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8')).toBe(await printSchemaText());
  });

  it('sdk/generated matches the schema and documents (run `npm run generate`)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as Array<{
        filename: string;
        content: string;
      }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const o of outputs) {
        const file = path.resolve(root, o.filename);
        // The CLI adds a lint banner when it writes files; generate() returns the content without it.
        const strip = (text: string) => text.replace(/^\/\* eslint-disable \*\/\n/, '');
        expect(strip(fs.readFileSync(file, 'utf8')), o.filename).toBe(strip(o.content));
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('every type, field, argument and enum value has a description', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('no operation, field or status approves, licenses or clears a release', async () => {
    const sdl = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
    const names = [...sdl.matchAll(/^\s*(\w+)[(:]/gm), ...sdl.matchAll(/^\s*([A-Z][A-Z_]+)$/gm)].map((m) => m[1]);
    expect(
      names.filter((n) =>
        /approve.*release|license|clear(ed)?Release|preclear|RELEASE_APPROVED|LICENSED|CLEARED/i.test(n),
      ),
    ).toEqual([]);
  });
});

describe('migrations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('leave nothing for TypeORM to synchronize: entities and migrations agree', async () => {
    // TypeORM's schema builder loads tables with Promise.all on its one connection (still so in 1.1.3; typeorm#12105
    // serialized only some of those calls), which pg 8.19+ deprecates and pg 9 refuses. Nothing in the server
    // builds schemas; here its query runner takes one query at a time.
    const db = server.concord.db;
    const create = db.createQueryRunner.bind(db);
    db.createQueryRunner = (mode) => {
      const runner = create(mode);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      let tail: Promise<unknown> = Promise.resolve();
      runner.query = ((...args: unknown[]) => {
        const run = tail.then(() => query(...args));
        tail = run.catch(() => undefined);
        return run;
      }) as typeof runner.query;
      return runner;
    };
    try {
      const log = await db.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      db.createQueryRunner = create;
    }
  });
});
