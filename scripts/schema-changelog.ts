// npm run schema:changelog: compares schema/schema.graphql with the last release (schema/baseline.graphql)
// using graphql-inspector and writes the "Unreleased" section of schema/CHANGELOG.md. A test fails when the
// section is stale, and when a change would break partners without a deprecation in the release first.
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

// scripts/ from source (tests), dist/scripts/ when compiled.
const root = path.resolve(__dirname, path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..');
export const files = {
  current: path.join(root, 'schema', 'schema.graphql'),
  baseline: path.join(root, 'schema', 'baseline.graphql'),
  changelog: path.join(root, 'schema', 'CHANGELOG.md'),
};

const load = (file: string) => buildSchema(fs.readFileSync(file, 'utf8'));

export async function schemaChanges(): Promise<{ changes: Change[]; baseline: GraphQLSchema }> {
  const baseline = load(files.baseline);
  const changes = await diff(baseline, load(files.current));
  return { changes, baseline };
}

/** Whether the element a breaking change removes or changes was deprecated in the release (`Type.field`). */
function deprecatedInBaseline(baseline: GraphQLSchema, change: Change): boolean {
  const [typeName, fieldName] = (change.path ?? '').split('.');
  const type = baseline.getType(typeName);
  if (!type || !fieldName) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[fieldName] as { deprecationReason?: string | null } | undefined;
    return Boolean(field?.deprecationReason);
  }
  return false;
}

/** Breaking changes that were not deprecated first: each would break a partner's build or queries. */
export function unannouncedBreaks(changes: Change[], baseline: GraphQLSchema): Change[] {
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !deprecatedInBaseline(baseline, c));
}

/** The Unreleased section: every change but description edits, breaking and dangerous ones marked. */
export function unreleasedSection(changes: Change[]): string {
  const lines = changes
    .filter((c) => !/DESCRIPTION/.test(c.type))
    .map((c) => {
      const mark =
        c.criticality.level === CriticalityLevel.Breaking
          ? '**breaking** '
          : c.criticality.level === CriticalityLevel.Dangerous
            ? '**dangerous** '
            : '';
      return `- ${mark}${c.message.replace(/'/g, '`')}`;
    });
  return ['## Unreleased', '', ...(lines.length ? lines : ['- No changes.']), '', ''].join('\n');
}

/** CHANGELOG.md with its Unreleased section replaced. */
export function withUnreleased(changelog: string, section: string): string {
  const start = changelog.indexOf('## Unreleased');
  const next = changelog.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('schema/CHANGELOG.md has no "## Unreleased" section');
  return changelog.slice(0, start) + section + (next < 0 ? '' : changelog.slice(next + 1));
}

async function main() {
  const { changes, baseline } = await schemaChanges();
  fs.writeFileSync(
    files.changelog,
    withUnreleased(fs.readFileSync(files.changelog, 'utf8'), unreleasedSection(changes)),
  );
  const breaks = unannouncedBreaks(changes, baseline);
  process.stdout.write(
    `${changes.length} changes against the last release, ${breaks.length} breaking without a deprecation first.\n`,
  );
  for (const b of breaks) process.stdout.write(`  breaking: ${b.message}\n`);
  if (breaks.length) process.exit(1);
}

if (require.main === module) void main();
