// Validators for the published OSV and CSAF 2.0 JSON schemas (copies in tests/fixtures/schemas).
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const dir = path.resolve(__dirname, '..', 'fixtures', 'schemas');
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

export function createValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // The CVSS schemas are draft-04: strip their meta keys and register them under the URLs CSAF uses.
  for (const [file, url] of [
    ['cvss-v2.0.json', 'https://www.first.org/cvss/cvss-v2.0.json'],
    ['cvss-v3.0.json', 'https://www.first.org/cvss/cvss-v3.0.json'],
    ['cvss-v3.1.json', 'https://www.first.org/cvss/cvss-v3.1.json'],
  ]) {
    const { $schema: _s, $id: _i, id: _id, ...schema } = load(file);
    ajv.addSchema(schema, url);
  }
  const csaf = ajv.compile(load('csaf_json_schema.json'));
  const osv = ajv.compile(load('osv-schema.json'));
  return { csaf, osv, ajv };
}
