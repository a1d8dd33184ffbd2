// The modules depend on each other one way only. Read from the source: every relative import between
// server/modules/<name>/ folders is an edge, and the graph has no cycle of any length (a module that must react to
// another's change subscribes to its hook point, core/hooks.ts, instead of being imported by it). core/ is the
// mechanism every module shares: it imports no module.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes';

const SERVER = path.join(ROOT, 'server');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The unit a file belongs to: `modules/<name>` for a module's files, else its top folder under server/. */
function unitOf(file: string): string {
  const parts = path.relative(SERVER, file).split(path.sep);
  if (parts[0] === 'modules' && parts.length > 2) return `modules/${parts[1]}`;
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.ts$/, '');
}

/** unit -> unit -> the imports that make the edge ("file -> specifier"). */
function importGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SERVER)) {
    const from = unitOf(file);
    const imports = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles;
    for (const { fileName } of imports) {
      if (!fileName.startsWith('.')) continue;
      const to = unitOf(path.resolve(path.dirname(file), fileName));
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(ROOT, file)} -> ${fileName}`]);
    }
  }
  return graph;
}

/** The strongly connected components with more than one node (Tarjan): each is a cycle. */
export function cyclesOf(graph: Map<string, Iterable<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('module dependencies', () => {
  const graph = importGraph();
  const modulesOnly = new Map(
    [...graph]
      .filter(([from]) => from.startsWith('modules/'))
      .map(([from, edges]) => [from, [...edges.keys()].filter((to) => to.startsWith('modules/'))]),
  );

  it('finds a cycle of any length when there is one (the check can fail)', () => {
    const made = new Map([
      ['modules/a', ['modules/b']],
      ['modules/b', ['modules/c']],
      ['modules/c', ['modules/a']],
      ['modules/d', ['modules/a']],
    ]);
    expect(cyclesOf(made)).toEqual([['modules/a', 'modules/b', 'modules/c']]);
    expect(modulesOnly.size).toBeGreaterThan(10);
  });

  it('has no cycle between modules', () => {
    const cycles = cyclesOf(modulesOnly);
    const explain = cycles.map((c) =>
      c.flatMap((from) => c.filter((to) => to !== from).flatMap((to) => graph.get(from)?.get(to) ?? [])).join('\n'),
    );
    expect(cycles, `module cycles; the imports that make them:\n${explain.join('\n\n')}`).toEqual([]);
  });

  it('keeps core/ free of any module, and of graphql/, http/ and db/', () => {
    const fromCore = [...(graph.get('core') ?? new Map<string, string[]>())].filter(
      ([to]) => to.startsWith('modules') || ['graphql', 'http', 'db', 'concord'].includes(to),
    );
    expect(fromCore.flatMap(([, why]) => why)).toEqual([]);
  });
});
