// Affected version ranges as entries write them (">=4.17.0 <4.17.21", "<2", "<=2.3.1", "1.2.3", "*", intervals
// joined by "||") mapped to OSV range events per ecosystem.
export interface Interval {
  /** Inclusive lower bound; null means from the first version. */
  introduced: string | null;
  /** Exclusive upper bound (the first fixed version). */
  fixed?: string;
  /** Inclusive upper bound. */
  lastAffected?: string;
  /** A single version. */
  exact?: string;
}

const TOKEN = /^(>=|>|<=|<|==|=)?\s*([^\s<>=,|]+)$/;

/** The intervals of a range, or null when it cannot be read (the export then keeps it as text only). */
export function parseRange(range: string): Interval[] | null {
  const text = range.trim();
  if (!text || text === '*') return [{ introduced: null }];
  const intervals: Interval[] = [];
  for (const part of text.split('||')) {
    const tokens = part
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .reduce<string[]>((acc, t) => {
        // ">= 1.2" written with a space: join the operator to its version.
        if (acc.length && /^(>=|>|<=|<|==|=)$/.test(acc[acc.length - 1])) acc[acc.length - 1] += t;
        else acc.push(t);
        return acc;
      }, []);
    const interval: Interval = { introduced: null };
    for (const token of tokens) {
      const m = TOKEN.exec(token);
      if (!m) return null;
      const [, op = '=', version] = m;
      if (op === '>=' || op === '>')
        interval.introduced = version; // OSV has no exclusive lower bound: include it.
      else if (op === '<') interval.fixed = version;
      else if (op === '<=') interval.lastAffected = version;
      else if (tokens.length === 1) interval.exact = version;
      else return null;
    }
    intervals.push(interval);
  }
  return intervals;
}

// semver.org's own regular expression for SemVer 2.0.0.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** OSV ecosystems whose versions are SemVer, so ranges use the SEMVER type (ossf/osv-schema). */
const SEMVER_ECOSYSTEMS = new Set(['npm', 'crates.io', 'Go', 'Hex', 'Pub', 'SwiftURL']);

export interface OsvAffectedVersions {
  ranges?: { type: 'SEMVER' | 'ECOSYSTEM'; events: Record<string, string>[] }[];
  versions?: string[];
}

/**
 * OSV `ranges` (and `versions` for exact versions) of one affected product. `fixedIn` closes an interval that has
 * no upper bound. An unreadable range gives null: no claim rather than a wrong one.
 */
export function osvVersions(
  ecosystem: string,
  range: string,
  fixedIn: string | null | undefined,
): OsvAffectedVersions | null {
  const intervals = parseRange(range);
  if (!intervals) return null;
  const strip = (v: string) => (ecosystem === 'Go' ? v.replace(/^v/, '') : v);
  const versions = intervals.filter((i) => i.exact).map((i) => i.exact!);
  const spans = intervals.filter((i) => !i.exact);
  if (spans.length === 1 && !spans[0].fixed && !spans[0].lastAffected && fixedIn) spans[0].fixed = fixedIn;
  const all = spans
    .flatMap((i) => [i.introduced, i.fixed, i.lastAffected])
    .filter((v): v is string => Boolean(v))
    .map(strip);
  const type = SEMVER_ECOSYSTEMS.has(ecosystem) && all.every((v) => SEMVER.test(v)) ? 'SEMVER' : 'ECOSYSTEM';
  const events: Record<string, string>[] = spans.flatMap((i): Record<string, string>[] => [
    { introduced: i.introduced ? strip(i.introduced) : '0' },
    ...(i.fixed ? [{ fixed: strip(i.fixed) }] : i.lastAffected ? [{ last_affected: strip(i.lastAffected) }] : []),
  ]);
  return {
    ...(events.length ? { ranges: [{ type, events }] } : {}),
    ...(versions.length ? { versions } : {}),
  };
}
