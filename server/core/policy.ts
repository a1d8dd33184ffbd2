// Who sees what (DESIGN.md section 3), the mechanism. Each module declares its own visibility rules in its
// `<name>.policy.ts`, lists them in its manifest (`policy`), and adds their types to `PolicyRules` below; the module
// list installs them here (modules/index.ts). Each rule returns a SQL condition for a table alias; services add it
// to list queries, counts, node loads and aggregates, so visibility is applied inside SQL and never by filtering
// rows in JavaScript. Any module reaches any rule through `policy` without importing the module that owns it (a
// model's coverage follows the designation cases' rule; an entry's, the advisories that carry it).

export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

export const ALL: Condition = { sql: 'TRUE', params: {} };
export const NONE: Condition = { sql: 'FALSE', params: {} };

/** Every module's rules by name: each module's policy file adds its own (`declare module`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PolicyRules {}

type Rule = (...args: never[]) => Condition;

/**
 * The installed rules (modules/index.ts installs them when the module list loads). A rule whose module is not
 * installed is undefined, and calling it throws: nothing is shown by mistake.
 */
export const policy = {} as PolicyRules;

/** Installs the rules of a module list; two modules may not declare the same rule. */
export function installPolicies(modules: readonly { name: string; policy?: Record<string, Rule> }[]): void {
  const owners = new Map<string, string>();
  for (const m of modules) {
    for (const [name, rule] of Object.entries(m.policy ?? {})) {
      if (owners.has(name))
        throw new Error(`the visibility rule "${name}" is declared by ${owners.get(name)} and ${m.name}`);
      owners.set(name, m.name);
      (policy as unknown as Record<string, Rule>)[name] = rule;
    }
  }
}

/**
 * A list of enum values as SQL literals for `IN (...)`, from the module's own list (one source for each status
 * list). Only plain upper-case names pass, so nothing else can reach the SQL text.
 */
export function sqlList(values: readonly string[]): string {
  return values
    .map((v) => {
      if (!/^[A-Z][A-Z0-9_]*$/.test(v)) throw new Error(`not an enum value: ${v}`);
      return `'${v}'`;
    })
    .join(', ');
}
