// Every lifecycle (core/lifecycle.ts registers each one) is checked as data: its states and initial states are
// declared, every state can be reached from an initial one, every action can be taken from some reachable state,
// and every move leads to a declared state. No database needed.
import { describe, expect, it } from 'vitest';
import { LIFECYCLES } from '../server/core/lifecycle';
import { getSchema } from '../server/graphql/schema';

describe('lifecycles', () => {
  it('are all registered, with an entity, states and initial states', async () => {
    await getSchema(); // imports every module, and with them every lifecycle
    const names = LIFECYCLES.map((l) => l.subjectType).sort();
    expect(names).toEqual([
      'Advisory',
      'AdvisoryDelivery',
      'ApiKey',
      'ClearinghouseEntry',
      'ComplianceReport',
      'Designation',
      'Developer',
      'Directive',
      'FrontierModel',
      'Milestone',
      'Position',
      'ReviewFinding',
      'ReviewWindow',
      'ScanClaim',
      'ToolGrant',
      'User',
    ]);
    for (const l of LIFECYCLES) {
      expect(l.options.entity, `${l.subjectType} names its entity`).toBeTypeOf('function');
      expect(Object.values(l.options.states ?? {}).length, `${l.subjectType} declares its states`).toBeGreaterThan(1);
      expect(l.options.initial?.length, `${l.subjectType} declares where objects start`).toBeGreaterThan(0);
    }
  });

  it('have no unreachable state and no dead action', async () => {
    await getSchema();
    for (const l of LIFECYCLES) {
      const states = new Set(Object.values(l.options.states ?? {}));
      const reachable = new Set<string>(l.options.initial);
      for (let grew = true; grew;) {
        grew = false;
        for (const t of Object.values(l.transitions)) {
          if (t.to && !reachable.has(t.to) && t.from.some((f) => reachable.has(f))) {
            reachable.add(t.to);
            grew = true;
          }
        }
      }
      expect(
        [...states].filter((s) => !reachable.has(s)),
        `${l.subjectType}: unreachable states`,
      ).toEqual([]);
      const dead = Object.entries(l.transitions)
        .filter(([, t]) => !t.from.some((f) => reachable.has(f)))
        .map(([a]) => a);
      expect(dead, `${l.subjectType}: actions no reachable state allows`).toEqual([]);
      for (const [action, t] of Object.entries(l.transitions)) {
        for (const s of [...t.from, ...(t.to ? [t.to] : [])])
          expect(states.has(s), `${l.subjectType}.${action}: ${s} is not a declared state`).toBe(true);
      }
    }
  });
});
