// Owns the differences between two builds that how the Go compiler and linker work explains, so
// that they are no findings: rules as data, each with why and a real before/after (`go tool nm
// -size` lines of the same source built by two Go versions, test/fixtures/abi/nm/thirdparty-*).
// The README table and test/unit/abi-explained.test.ts are generated from the list. Name rewrites
// are normalize.ts's; this module works on a SymbolDiff, where both builds are in view.
import type { SymbolDiff, SymbolFinding } from './diff.js';
import { packageDot, segments } from './symbol-name.js';

export interface DifferenceRule {
  id: string;
  /** Why the builds differ (for the README table). */
  why: string;
  /** What abi-diff does with such a difference. */
  outcome: string;
  /** The build output of test/fixtures/thirdparty the example lines come from (`thirdparty` is the executable). */
  artifact: string;
  /** Real nm lines of the same source: base built by one Go, head by another; '' = no such definition. */
  base: { go: string; line: string };
  head: { go: string; line: string };
}

export const differenceRules: readonly DifferenceRule[] = [
  {
    id: 'static-init-kind',
    why: 'Go 1.21 lays out a variable initialized by a small inlinable call (`var ErrX = errors.New("x")`) as initialized data (`D`); Go 1.19 reserved zeroed space (`B`) and filled it in `init`. The variable and its type are the same.',
    outcome: 'A `B` ↔ `D` change of a variable whose size is unchanged is no finding.',
    artifact: 'archives/github.com/golang/snappy.a',
    base: { go: '1.19', line: '1072b 16 B github.com/golang/snappy.ErrCorrupt' },
    head: { go: '1.23', line: 'f81d 16 D github.com/golang/snappy.ErrCorrupt' },
  },
  {
    id: 'linker-dropped-var',
    why: "From Go 1.21 such a variable is static data that no code refers to, so the linker's dead-code pass drops it from an executable when the program never uses it; Go ≤1.20's `init` code stored into it and kept it.",
    outcome:
      'A variable of a module package (`D`/`B`, never a function; exported, or unexported in scope `all`) present in the executable linked by Go ≤1.20 and absent from the one linked by Go ≥1.21 (or the reverse) is no finding; such variables are counted in the summary and listed under `symbols.droppedVars` in the JSON report. Only when the two Go versions are on either side of 1.21; archives keep every variable, so compare archives to see a variable really removed.',
    artifact: 'thirdparty',
    base: { go: '1.19', line: 'b006c0 16 D github.com/golang/snappy.ErrCorrupt' },
    head: { go: '1.23', line: '' },
  },
  {
    id: 'method-value-wrapper',
    why: "A method value (`x.M` not called) compiles to a `T.M-fm` wrapper in the package that takes the value, or that inlines code taking it, named after the method's package: it tells who calls, and comes and goes with inlining (Go 1.19 inlines `crypto/tls` code into `gorilla/websocket`, Go 1.23 does not).",
    outcome:
      "Wrappers `-fm` are counted in their own package's size and never compared, in any scope (`logrus.(*Entry).Debug-fm` is not API of logrus; `(*Entry).Debug` is).",
    artifact: 'archives/github.com/gorilla/websocket.a',
    base: { go: '1.19', line: 'cb708 111 T crypto/tls.(*Conn).clientHandshake-fm' },
    head: { go: '1.23', line: '' },
  },
  {
    id: 'inlined-closure',
    why: 'A closure of an inlined function is compiled into each caller. Go 1.21+ names that copy `Caller.Callee.func1`; Go 1.19 names it `Caller.func1`, or keeps only `Callee.func1` when it did not inline the callee.',
    outcome:
      'In scope `all`, a closure `P.Caller.Callee.func*` in one build is no finding when the other build has `P.Caller.func*` or a `Callee.func*` (in any package: a callee from another package is named without it), nor is the removed/added `P.Callee.func*` it pairs with.',
    artifact: 'thirdparty',
    base: { go: '1.19', line: '6fe240 208 T github.com/spf13/cobra.MinimumNArgs.func1' },
    head: { go: '1.23', line: '72f720 199 T github.com/spf13/cobra.(*Command).initCompleteCmd.MinimumNArgs.func2' },
  },
];

const isData = (kind: string | undefined): boolean => kind === 'D' || kind === 'B';

/** Rule static-init-kind: `B` and `D` at equal size are the same variable. */
export function sameVariable(baseKind: string, headKind: string, baseSize: number, headSize: number): boolean {
  return baseSize === headSize && isData(baseKind) && isData(headKind);
}

/** `pkg` (linker spelling) and function path `F.G` of a closure finding's key `pkg.F.G.func*`, or undefined. */
function closureOwner(f: SymbolFinding): { pkg: string; path: string } | undefined {
  if (f.cls !== 'closure' || !f.key.endsWith('.func*')) return undefined;
  const dot = packageDot(f.key);
  return dot > 0 && f.key.length > dot + 7 ? { pkg: f.key.slice(0, dot), path: f.key.slice(dot + 1, -6) } : undefined;
}

const nests = (a: string, b: string): boolean => a.startsWith(`${b}.`) || a.endsWith(`.${b}`);

/** Which keys a build has (a SymbolTable). */
export interface KeyLookup {
  slotOf(key: string): number | undefined;
  keyList(): readonly string[];
}

/** One build's closures: by key, and the function paths of all its closures, whatever their package. */
class Closures {
  private paths: Set<string> | undefined;
  constructor(private readonly table: KeyLookup) {}

  has(key: string): boolean {
    return this.table.slotOf(key) !== undefined;
  }

  /** Built on first use: only diffs with a closure left over pay for it. */
  hasPath(path: string): boolean {
    if (!this.paths) {
      this.paths = new Set();
      for (const k of this.table.keyList()) {
        const dot = k.endsWith('.func*') ? packageDot(k) : -1;
        if (dot > 0) this.paths.add(k.slice(dot + 1, -6));
      }
    }
    return this.paths.has(path);
  }
}

/**
 * Whether `other` has a closure of a proper part of `path`: its leading part (`Caller`) in the same
 * package, or its trailing part (`Callee`) in any package, since an inlined callee from another
 * package is named without its package (`cobra.(*Command).mergePersistentFlags.(*FlagSet).AddFlagSet.func1`).
 */
function otherHasPart(pkg: string, path: string, other: Closures): boolean {
  const segs = segments(path);
  for (let i = 1; i < segs.length; i++) {
    if (other.has(`${pkg}.${segs.slice(0, i).join('.')}.func*`)) return true;
    if (other.hasPath(segs.slice(i).join('.'))) return true;
  }
  return false;
}

/**
 * Rule inlined-closure: drops a removed closure and an added one of the same package whose function
 * paths nest (`Callee` / `Caller.Callee`), and a removed or added `Caller.Callee` closure when the
 * other build has the closures of `Caller` or of `Callee`.
 */
export function foldInlinedClosures(findings: SymbolFinding[], base: KeyLookup, head: KeyLookup): SymbolFinding[] {
  const owned = (change: SymbolFinding['change']) =>
    findings.flatMap((f) => {
      const o = f.change === change ? closureOwner(f) : undefined;
      return o ? [{ f, ...o }] : [];
    });
  const removed = owned('removed');
  const added = owned('added');
  if (removed.length === 0 && added.length === 0) return findings;
  const [inBase, inHead] = [new Closures(base), new Closures(head)];
  const folded = new Set<SymbolFinding>();
  for (const r of removed) {
    if (otherHasPart(r.pkg, r.path, inHead)) folded.add(r.f);
    for (const a of added) if (a.pkg === r.pkg && (nests(a.path, r.path) || nests(r.path, a.path))) folded.add(r.f).add(a.f);
  }
  for (const a of added) if (otherHasPart(a.pkg, a.path, inBase)) folded.add(a.f);
  return folded.size === 0 ? findings : findings.filter((f) => !folded.has(f));
}

/** `go1.19.8` → 19; undefined for anything else (devel builds, unknown). */
export function goMinor(version: string | undefined): number | undefined {
  const m = version ? /^go1\.(\d+)(?:\D|$)/.exec(version) : null;
  return m ? Number(m[1]) : undefined;
}

/** The Go release whose compiler lays out inlinable initializers statically (linker-dropped-var). */
const staticInitMinor = 21;

/**
 * Rule linker-dropped-var: moves variables of module packages removed from (or added to) an
 * executable from diff.findings to diff.droppedVars, when one executable was linked by Go ≤1.20 and
 * the other by Go ≥1.21. A function is never moved, nor anything when both Gos are on the same side,
 * nor std variables (scope `all`): the std's own source differs between the two Gos.
 */
export function separateDroppedVars(diff: SymbolDiff, baseGo: string | undefined, headGo: string | undefined): void {
  const b = goMinor(baseGo);
  const h = goMinor(headGo);
  if (b === undefined || h === undefined) return;
  // The side that still has the variable is the side built before 1.21.
  const keptBy = b < staticInitMinor && h >= staticInitMinor ? 'base' : h < staticInitMinor && b >= staticInitMinor ? 'head' : undefined;
  if (!keptBy) return;
  diff.findings = diff.findings.filter((f) => {
    const dropped =
      (f.cls === 'api' || f.cls === 'unexported') &&
      (keptBy === 'base' ? f.change === 'removed' && isData(f.baseKind) : f.change === 'added' && isData(f.headKind));
    if (dropped) diff.droppedVars.push({ key: f.key, pkg: f.pkg, keptBy });
    return !dropped;
  });
}
