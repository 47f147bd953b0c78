// Owns the pass/fail decision: fail-on level, max-size-growth and deny-new-dynamic over findings
// (suppressed findings never count). Marks each breaking finding and says why the run failed.
// Typed API findings break by compatibility, not by added/removed/changed: at `removed` and
// `changed` an incompatible change (a removal, a changed signature, a method added to an
// interface) breaks and a compatible one (an addition, a widened numeric type) does not.
import type { Finding } from './findings.js';
import { findSuppression, type Suppression } from './suppressions.js';

export type FailOn = 'removed' | 'changed' | 'any' | 'none';
export const failOnLevels: readonly FailOn[] = ['removed', 'changed', 'any', 'none'];

export interface SizeLimit {
  /** Relative growth allowed (0.05 for 5%), or absolute bytes. */
  percent?: number;
  bytes?: number;
  text: string;
}

/**
 * What max-size-growth measures: `module`, the module's own packages (module-size.ts; the default:
 * a new Go's runtime is no growth of the user's code), or `binary`, the whole files.
 */
export type SizeScope = 'module' | 'binary';
export const sizeScopes: readonly SizeScope[] = ['module', 'binary'];

export interface Policy {
  failOn: FailOn;
  maxSizeGrowth?: SizeLimit;
  /** Default module. */
  sizeScope?: SizeScope;
  denyNewDynamic: boolean;
  /** fail-on names behavior-changes: a GODEBUG default that changes for a linked package breaks. */
  failOnBehavior?: boolean;
  suppressions: readonly Suppression[];
}

/** The term of input fail-on that adds Go behaviour changes to the level. */
export const behaviorTerm = 'behavior-changes';

/**
 * Input fail-on: a level (removed, changed, any, none) and/or behavior-changes, comma- or
 * space-separated. behavior-changes alone means only behaviour changes fail (level none).
 */
export function parseFailOn(text: string): { level: FailOn; behavior: boolean } {
  const terms = text
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const expected = `expected one of ${failOnLevels.join(', ')}, optionally with ${behaviorTerm} (e.g. "removed, ${behaviorTerm}")`;
  const levels = terms.filter((t) => t !== behaviorTerm);
  for (const t of levels) if (!(failOnLevels as readonly string[]).includes(t)) throw new Error(`input "fail-on" has "${t}"; ${expected}`);
  if (levels.length > 1) throw new Error(`input "fail-on" ("${text}") names more than one level (${levels.join(', ')}); ${expected}`);
  const behavior = terms.includes(behaviorTerm);
  if (levels.length === 0 && !behavior) throw new Error(`input "fail-on" is empty; ${expected}`);
  return { level: (levels[0] as FailOn | undefined) ?? 'none', behavior };
}

const units: Record<string, number> = { '': 1, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024, gb: 1e9 };

/** `5%`, `0.5%`, `200000`, `200KB`, `1.5MiB`; undefined for ''. Throws a message naming the input. */
export function parseSizeLimit(text: string, inputName = 'max-size-growth'): SizeLimit | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) return { percent: Number(pct[1]) / 100, text: t };
  const abs = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(t);
  const unit = abs ? units[abs[2]!.toLowerCase()] : undefined;
  if (abs && unit !== undefined) return { bytes: Number(abs[1]) * unit, text: t };
  throw new Error(`input "${inputName}" is "${text}"; expected a percentage such as "5%" or a size such as "200KB"`);
}

function breaksAt(f: Finding, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'any':
      return true;
    case 'changed':
      if (f.category === 'api') return f.compatible === false;
      return (f.category === 'symbol' || f.category === 'artifact') && f.change !== 'added';
    case 'removed':
      if (f.category === 'api') return f.compatible === false;
      return (f.category === 'symbol' || f.category === 'artifact') && f.change === 'removed';
  }
}

export interface Verdict {
  breaking: boolean;
  reasons: string[];
}

export interface Sizes {
  /** Whole files, summed over the pairs. */
  base: number;
  head: number;
  /** The module's own packages; undefined when no symbols were read (stripped builds). */
  module?: { base: number; head: number };
}

/** The sizes max-size-growth compares and how the verdict names them. */
function measured(sizes: Sizes, scope: SizeScope): { base: number; head: number; what: string } {
  if (scope === 'module' && sizes.module) return { ...sizes.module, what: "the module's packages" };
  if (scope === 'module') return { base: sizes.base, head: sizes.head, what: 'the files (no symbols to measure the module packages by)' };
  return { base: sizes.base, head: sizes.head, what: 'the files' };
}

/** Marks findings (suppressed/breaking) in place and returns the verdict. */
export function applyPolicy(findings: Finding[], sizes: Sizes, policy: Policy): Verdict {
  const reasons: string[] = [];
  let counted = 0;
  for (const f of findings) {
    const s = findSuppression(policy.suppressions, f.subject);
    if (s) {
      f.suppressed = s.reason;
      continue;
    }
    const dyn = policy.denyNewDynamic && f.category === 'dynamic' && f.change === 'added';
    const behavior = policy.failOnBehavior === true && f.category === 'behavior';
    f.breaking = breaksAt(f, policy.failOn) || dyn || behavior;
    if (f.breaking) counted++;
  }
  if (counted > 0)
    reasons.push(
      `${counted} finding(s) break the policy (fail-on: ${policy.failOn}${policy.failOnBehavior ? `, ${behaviorTerm}` : ''}${policy.denyNewDynamic ? ', deny-new-dynamic' : ''})`,
    );
  const limit = policy.maxSizeGrowth;
  if (limit) {
    const scope = policy.sizeScope ?? 'module';
    const m = measured(sizes, scope);
    const growth = m.head - m.base;
    const allowed = limit.percent !== undefined ? m.base * limit.percent : (limit.bytes ?? Infinity);
    if (growth > allowed) {
      const pct = m.base > 0 ? ` (${((growth / m.base) * 100).toFixed(2)}%)` : '';
      reasons.push(`${m.what} grew by ${growth} bytes${pct}, more than max-size-growth ${limit.text} (size-scope ${scope})`);
    }
  }
  return { breaking: reasons.length > 0, reasons };
}
