// Owns the rules that make `go tool nm` names from different Go versions comparable, and the
// classification of each symbol (API, closure, instantiation, runtime, linker, metadata...).
// Every rule's examples are real names printed by Go 1.19 and 1.23 for the same source
// (test/fixtures/abi); test/unit/abi-normalize.test.ts checks each rule against them.
import type { NmSymbol } from './nm.js';
import { isDistributionPackage, isExportedIdent, segments, splitName } from './symbol-name.js';

export interface NameRule {
  id: string;
  /** Why the names differ (for the README table). */
  why: string;
  /** A real name printed by Go 1.19, the same symbol printed by Go 1.23, and what both become. */
  go119: string;
  go123: string;
  normalized: string;
  apply(name: string): string;
}

const closureSegment = /^(func\d+|gowrap\d+|deferwrap\d+|\d+)$/;
// 1.19 used `go.` for linker-made symbols; 1.20+ uses `go:`. Listed, because `go.uber.org/...` is a real package.
const linkerGoPrefix = /^go\.(itab|string|info|cuinfo|func|funcrel|buildid|buildinfo|importpath|link|constinfo|debuglines|loc|range|ranges|map|track|weak|plugin|runtimeinfo)\b/;

export const nameRules: readonly NameRule[] = [
  {
    id: 'local-suffix',
    why: 'Package-local symbols in archives carry a `<N>` version suffix whose number is arbitrary.',
    go119: 'example.com/abifix/api..stmp_0<1>',
    go123: 'example.com/abifix/api..stmp_0<1>',
    normalized: 'example.com/abifix/api..stmp_0',
    apply: (n) => (n.endsWith('>') ? n.replace(/<\d+>$/, '') : n),
  },
  {
    id: 'type-prefix',
    why: 'Go 1.20 renamed type descriptors from `type.` to `type:` (and `type..` helpers to `type:.`).',
    go119: 'type.*example.com/abifix/api.Point',
    go123: 'type:*example.com/abifix/api.Point',
    normalized: 'type:*example.com/abifix/api.Point',
    apply: (n) => (n.startsWith('type..') ? `type:.${n.slice(6)}` : n.startsWith('type.') ? `type:${n.slice(5)}` : n),
  },
  {
    id: 'linker-go-prefix',
    why: 'Go 1.20 renamed linker-made symbols from `go.` to `go:` (itab, string, info, cuinfo, func, buildinfo...).',
    go119: 'go.itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    go123: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    normalized: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    apply: (n) => (n.startsWith('go.') && linkerGoPrefix.test(n) ? `go:${n.slice(3)}` : n),
  },
  {
    id: 'shape-index',
    why: 'Go 1.19 numbers generic shape arguments (`go.shape.int_0`); Go 1.21+ does not.',
    go119: 'example.com/abifix/api.Map[go.shape.int_0,go.shape.string_1]',
    go123: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
    normalized: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
    apply: (n) => (n.includes('go.shape.') ? n.replace(/(go\.shape\.[^,\]\s]*?)_\d+(?=[,\]\s]|$)/g, '$1') : n),
  },
  {
    id: 'method-dictionary',
    why: 'Go 1.19 emits one generic dictionary per method (`..dict.(*T[int]).M`); Go 1.21+ one per type (`..dict.T[int]`).',
    go119: 'example.com/abifix/api..dict.(*Stack[int]).Push',
    go123: 'example.com/abifix/api..dict.Stack[int]',
    normalized: 'example.com/abifix/api..dict.Stack[int]',
    apply: (n) => (!n.includes('..dict.') ? n : n.replace(/\.\.dict\.(?:\(\*([^)]+)\)|([^.([]+\[[^\]]*\]))\.[^.]+$/, (_m, p: string | undefined, v: string | undefined) => `..dict.${p ?? v ?? ''}`)),
  },
  {
    id: 'closure',
    why: 'Closure names depend on the compiler: 1.19 `F.func1.1`/`F.func2`, 1.22+ `F.func1.deferwrap1`/`F.gowrap1`, and inlined closures repeat the enclosing name (`F.F.func1.func2`). All closures of a function become one `F.func*` entry (sizes summed).',
    go119: 'example.com/abifix/native.Measure.func1.1',
    go123: 'example.com/abifix/native.Measure.Measure.func1.func2',
    normalized: 'example.com/abifix/native.Measure.func*',
    apply: collapseClosures,
  },
  {
    id: 'abi-wrapper',
    why: 'ABI wrappers (`.abi0`, `.abiinternal`) appear and disappear with the register ABI and assembly changes; they are the same function.',
    go119: 'example.com/abifix/native._Cfunc_free.abi0',
    go123: 'example.com/abifix/native._Cfunc_free.abi0',
    normalized: 'example.com/abifix/native._Cfunc_free',
    apply: (n) => (n.endsWith('.abi0') ? n.slice(0, -5) : n.endsWith('.abiinternal') ? n.slice(0, -12) : n),
  },
];

// Cheap pre-check: most names have no closure segment, and splitting is the costly part.
const mayHaveClosure = /\.(?:func|gowrap|deferwrap)?\d+(?:\.|$)/;

function collapseClosures(name: string): string {
  if (!mayHaveClosure.test(name)) return name;
  const { pkg, rest } = splitName(name);
  if (!pkg) return name;
  const segs = segments(rest);
  const first = segs.findIndex((s, i) => i > 0 && closureSegment.test(s));
  if (first < 0) return name;
  const outer = segs.slice(0, first).filter((s, i, all) => i === 0 || s !== all[i - 1]);
  return `${pkg}.${outer.join('.')}.func*`;
}

export function normalizeName(name: string): string {
  let n = name;
  for (const r of nameRules) n = r.apply(n);
  return n;
}

/** What a symbol is to a Go user; only `api` symbols are compared in the `exported` scope. */
export type SymbolClass =
  | 'api' // exported func, method or variable of a module (non-distribution) package
  | 'unexported' // other module code: unexported funcs, methods, vars
  | 'closure'
  | 'instantiation' // generic instantiations and dictionaries: depend on callers and inlining
  | 'distribution' // std, runtime and cmd packages: they come with the Go toolchain
  | 'type' // type descriptors and their helpers
  | 'linker' // go:itab, go:string, inittask, section markers, file symbols
  | 'metadata' // compiler side tables: arginfo, stkobj, gclocals, gcbits, funcval `·f`
  | 'c'; // C / cgo symbols without a Go package

const metadataSuffix = /\.(arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|inlTree\.\d+|jump\d+)$|·f$/;
const cgoInternal = /^_cgo_|^_Cfunc_|^_Cvar_|^_Ctype_|^_C2func_|^_cgoexp_/;

export function classify(normalized: string, modulePaths: readonly string[] = []): SymbolClass {
  return classifyName(normalized, (pkg) => ({ pkg, distribution: isDistributionPackage(pkg, modulePaths) })).cls;
}

/** What a package is; one shared object per package when memoized. */
interface PackageFacts {
  pkg: string;
  distribution: boolean;
}

/** Class and package of a normalized name; `packageFacts` may be memoized by the caller. */
function classifyName(normalized: string, packageFacts: (pkg: string) => PackageFacts): { cls: SymbolClass; pkg: string } {
  if (normalized.startsWith('type:')) return { cls: 'type', pkg: '' };
  if (normalized.startsWith('go:') || normalized.startsWith('$')) return { cls: 'linker', pkg: '' };
  if (normalized.startsWith('gclocals·') || normalized.startsWith('runtime.gcbits.') || metadataSuffix.test(normalized)) return { cls: 'metadata', pkg: '' };
  const split = splitName(normalized);
  if (!split.pkg) return { cls: 'c', pkg: '' };
  const { rest } = split;
  const facts = packageFacts(split.pkg);
  const pkg = facts.pkg;
  if (rest.startsWith('.dict.') && !facts.distribution) return { cls: 'instantiation', pkg };
  if (rest.startsWith('.') || rest === 'init' || /^init\.\d+$/.test(rest)) return { cls: 'linker', pkg: '' }; // ..inittask, ..stmp_N, init
  if (facts.distribution) return { cls: 'distribution', pkg };
  if (rest.includes('..dict.') || rest.includes('[')) return { cls: 'instantiation', pkg };
  if (rest.endsWith('.func*')) return { cls: 'closure', pkg };
  const segs = segments(rest);
  if (segs.some((s) => cgoInternal.test(s))) return { cls: 'c', pkg: '' };
  const exported = segs.length === 1 ? isExportedIdent(segs[0]!) : segs.length === 2 && isExportedIdent(segs[0]!) && isExportedIdent(segs[1]!);
  return { cls: exported ? 'api' : 'unexported', pkg };
}

/** Upper-cased nm code: `t`/`T` differ between archives (global) and executables (all local). */
export function kindOf(code: string): string {
  return code.toUpperCase();
}

export interface NormalizedSymbol {
  key: string;
  pkg: string;
  kind: string;
  size: number;
  cls: SymbolClass;
  /** The first raw name seen for this key (for reports). */
  raw: string;
}

/**
 * Normalizes the symbols of one build. Holds a per-package memo: a build has a few hundred
 * packages and tens of thousands of symbols. The memo also hands out one string per package, so
 * the tables keyed by package hash each package name once.
 */
export class SymbolNormalizer {
  private readonly packages = new Map<string, PackageFacts>();
  private readonly packageFacts = (pkg: string): PackageFacts => {
    let f = this.packages.get(pkg);
    if (f === undefined) this.packages.set(pkg, (f = { pkg, distribution: isDistributionPackage(pkg, this.modulePaths) }));
    return f;
  };

  constructor(readonly modulePaths: readonly string[] = []) {}

  /** Undefined references and file markers are not definitions of this build; everything else normalizes. */
  normalize(sym: NmSymbol): NormalizedSymbol | undefined {
    if (sym.code === 'U' || sym.code === '_' || sym.name === '') return undefined;
    const key = normalizeName(sym.name);
    const { cls, pkg } = classifyName(key, this.packageFacts);
    return { key, pkg, kind: kindOf(sym.code), size: sym.size, cls, raw: sym.name };
  }
}

export function normalizeSymbol(sym: NmSymbol, modulePaths: readonly string[] = []): NormalizedSymbol | undefined {
  return new SymbolNormalizer(modulePaths).normalize(sym);
}
