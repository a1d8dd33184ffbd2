// Schema changes cannot break partners silently: graphql-inspector compares the schema with the last release;
// a breaking change fails unless the field was deprecated in that release, and the changelog records every change.
import fs from 'node:fs';
import { diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { files, schemaChanges, unannouncedBreaks, unreleasedSection } from '../scripts/schema-changelog';

describe('schema change safety', () => {
  it('nothing breaks partners against the last release', async () => {
    const { changes, baseline } = await schemaChanges();
    expect(unannouncedBreaks(changes, baseline).map((c) => c.message)).toEqual([]);
  });

  it('schema/CHANGELOG.md records every change (run `npm run schema:changelog`)', async () => {
    const { changes } = await schemaChanges();
    const changelog = fs.readFileSync(files.changelog, 'utf8');
    expect(changelog).toContain(unreleasedSection(changes));
  });

  it('would fail on removing a field that was not deprecated first, and allow it once it was', async () => {
    const before = buildSchema('type Query { entries: [String!]! legacyEntries: [String!]! }');
    const deprecated = buildSchema(
      'type Query { entries: [String!]! legacyEntries: [String!]! @deprecated(reason: "Use entries (2026-12-01).") }',
    );
    const after = buildSchema('type Query { entries: [String!]! }');
    expect(unannouncedBreaks(await diff(before, after), before).map((c) => c.type)).toEqual(['FIELD_REMOVED']);
    expect(unannouncedBreaks(await diff(deprecated, after), deprecated)).toEqual([]);
    const retyped = buildSchema('type Query { entries: [Int!]! legacyEntries: [String!]! }');
    expect(unannouncedBreaks(await diff(before, retyped), before)).toHaveLength(1);
  });
});
