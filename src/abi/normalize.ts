// Owns the rules that make `go tool nm` names from different Go versions comparable, and the
// classification of each symbol (API, closure, instantiation, runtime, linker, metadata...).
// Every rule's examples are real names printed by Go 1.19 and 1.23 for the same source
// (test/fixtures/abi, test/fixtures/thirdparty); test/unit/abi-normalize.test.ts checks each rule
// against them. Differences only both builds together explain are explained.ts's.
import type { NmSymbol } from './nm.js';
import { isDistributionPackage, isExportedIdent, packageDot, segments, unescapePackage } from './symbol-name.js';

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
const linkerGoPrefix =
  /^go\.(itab|string|info|cuinfo|func|funcrel|buildid|buildinfo|importpath|link|constinfo|debuglines|loc|range|ranges|map|track|weak|plugin|runtimeinfo)\b/;

// Each rule's rewrite; nameRules documents them and normalizeName applies them in the same order.
const localSuffix = (n: string): string => (n.endsWith('>') ? n.replace(/<\d+>$/, '') : n);
const typePrefix = (n: string): string =>
  n.startsWith('type..') ? `type:.${n.slice(6)}` : n.startsWith('type.') ? `type:${n.slice(5)}` : n;
const linkerPrefix = (n: string): string => (n.startsWith('go.') && linkerGoPrefix.test(n) ? `go:${n.slice(3)}` : n);
const shapeIndex = (n: string): string => (n.includes('go.shape.') ? n.replace(/(go\.shape\.[^,\]\s]*?)_\d+(?=[,\]\s]|$)/g, '$1') : n);
const methodDictionary = (n: string): string =>
  !n.includes('..dict.')
    ? n
    : n.replace(
        /\.\.dict\.(?:\(\*([^)]+)\)|([^.([]+\[[^\]]*\]))\.[^.]+$/,
        (_m, p: string | undefined, v: string | undefined) => `..dict.${p ?? v ?? ''}`,
      );
const abiWrapper = (n: string): string => (n.endsWith('.abi0') ? n.slice(0, -5) : n.endsWith('.abiinternal') ? n.slice(0, -12) : n);
const mapInit = (n: string): string => (n.includes('.map.init.') ? n.replace(/\.map\.init\.\d+$/, '.init') : n);
const globClosure = (n: string): string => (n.includes('.glob..') ? n.replace(/\.glob\.\.(?=(?:func|gowrap|deferwrap)\d)/, '.init.') : n);
const cgoPrefix = (n: string): string => (n.includes('_cgo_') ? n.replace(/(^|\.)_cgo_[0-9a-f]{12}_/, '$1_cgo_') : n);

export const nameRules: readonly NameRule[] = [
  {
    id: 'local-suffix',
    why: 'Package-local symbols in archives carry a `<N>` version suffix whose number is arbitrary.',
    go119: 'example.com/abifix/api..stmp_0<1>',
    go123: 'example.com/abifix/api..stmp_0<1>',
    normalized: 'example.com/abifix/api..stmp_0',
    apply: localSuffix,
  },
  {
    id: 'type-prefix',
    why: 'Go 1.20 renamed type descriptors from `type.` to `type:` (and `type..` helpers to `type:.`).',
    go119: 'type.*example.com/abifix/api.Point',
    go123: 'type:*example.com/abifix/api.Point',
    normalized: 'type:*example.com/abifix/api.Point',
    apply: typePrefix,
  },
  {
    id: 'linker-go-prefix',
    why: 'Go 1.20 renamed linker-made symbols from `go.` to `go:` (itab, string, info, cuinfo, func, buildinfo...).',
    go119: 'go.itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    go123: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    normalized: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
    apply: linkerPrefix,
  },
  {
    id: 'shape-index',
    why: 'Go 1.19 numbers generic shape arguments (`go.shape.int_0`); Go 1.21+ does not.',
    go119: 'example.com/abifix/api.Map[go.shape.int_0,go.shape.string_1]',
    go123: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
    normalized: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
    apply: shapeIndex,
  },
  {
    id: 'method-dictionary',
    why: 'Go 1.19 emits one generic dictionary per method (`..dict.(*T[int]).M`); Go 1.21+ one per type (`..dict.T[int]`).',
    go119: 'example.com/abifix/api..dict.(*Stack[int]).Push',
    go123: 'example.com/abifix/api..dict.Stack[int]',
    normalized: 'example.com/abifix/api..dict.Stack[int]',
    apply: methodDictionary,
  },
  {
    id: 'package-closure',
    why: 'A closure in a package-level variable initializer: Go 1.19 and 1.21 name it `glob..func1`; Go 1.23 compiles package initialization into `init` and names it `init.func1`.',
    go119: 'github.com/spf13/pflag.glob..func1',
    go123: 'github.com/spf13/pflag.init.func1',
    normalized: 'github.com/spf13/pflag.init.func*',
    apply: globClosure,
  },
  {
    id: 'map-init',
    why: "Go 1.21 moves each large map literal's initialization out of `init` into a `map.init.N` function (cmd/compile staticinit), so that the linker can drop maps nothing uses; it is still package initialization.",
    go119: 'github.com/spf13/cobra.init',
    go123: 'github.com/spf13/cobra.map.init.0',
    normalized: 'github.com/spf13/cobra.init',
    apply: mapInit,
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
    apply: abiWrapper,
  },
  {
    id: 'cgo-prefix',
    why: "cgo prefixes its glue with `_cgo_` and a hash of the package's cgo input files (cmd/cgo `cPrefix`): a new Go (whose `net` differs) or any edit changes the hash, not the function.",
    go119: '_cgo_2ac87069779a_Cfunc_getaddrinfo',
    go123: '_cgo_04fbb8f65a5f_Cfunc_getaddrinfo',
    normalized: '_cgo_Cfunc_getaddrinfo',
    apply: cgoPrefix,
  },
];

// Cheap pre-check: most names have no closure segment, and splitting is the costly part.
const mayHaveClosure = /\.(?:func|gowrap|deferwrap)?\d+(?:\.|$)/;

function collapseClosures(name: string): string {
  if (!mayHaveClosure.test(name)) return name;
  // The package as the linker spells it (`gopkg.in/yaml%2ev3`): the key is classified by that spelling.
  const dot = packageDot(name);
  if (dot < 0) return name;
  const pkg = name.slice(0, dot);
  const segs = segments(name.slice(dot + 1));
  const first = segs.findIndex((s, i) => i > 0 && closureSegment.test(s));
  if (first < 0) return name;
  const outer = segs.slice(0, first).filter((s, i, all) => i === 0 || s !== all[i - 1]);
  return `${pkg}.${outer.join('.')}.func*`;
}

/** Applies every rule of nameRules, in its order (direct calls: this runs once per symbol; a unit test checks the two agree). */
export function normalizeName(name: string): string {
  return cgoPrefix(
    abiWrapper(collapseClosures(mapInit(globClosure(methodDictionary(shapeIndex(linkerPrefix(typePrefix(localSuffix(name))))))))),
  );
}

/** What a symbol is to a Go user; only `api` symbols are compared in the `exported` scope. */
export type SymbolClass =
  | 'api' // exported func, method or variable of a module (non-distribution) package
  | 'unexported' // other module code: unexported funcs, methods, vars
  | 'closure'
  | 'wrapper' // method-value wrappers `T.M-fm`: emitted wherever a method value is taken, not API
  | 'instantiation' // generic instantiations and dictionaries: depend on callers and inlining
  | 'distribution' // std, runtime and cmd packages: they come with the Go toolchain
  | 'type' // type descriptors and their helpers
  | 'linker' // go:itab, go:string, inittask, section markers, file symbols
  | 'metadata' // compiler side tables: arginfo, stkobj, gclocals, gcbits, funcval `·f`
  | 'c'; // C / cgo symbols without a Go package

const metadataSuffix = /\.(arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|inlTree\.\d+|jump\d+)$|·f$/;
const cgoInternal = /^_cgo_|^_Cfunc_|^_Cvar_|^_Ctype_|^_C2func_|^_cgoexp_/;

export function classify(normalized: string, modulePaths: readonly string[] = []): SymbolClass {
  return new SymbolNormalizer(modulePaths).classify(normalized, { key: '', pkg: '', cls: 'c' }).cls;
}

/** What a package is; one shared object per package when memoized. */
interface PackageFacts {
  pkg: string;
  distribution: boolean;
}

/** `init` or `init.<N>` starting at `at` and running to the end of `name`. */
function isInitAt(name: string, at: number): boolean {
  if (!name.startsWith('init', at)) return false;
  if (name.length === at + 4) return true;
  if (name.charCodeAt(at + 4) !== 46 || name.length === at + 5) return false;
  for (let i = at + 5; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Sets `out.cls` and `out.pkg` for a normalized name. `packageAt(name, dot)` gives the facts of the
 * package that ends at `dot` (callers memoize it). Works on offsets into the name: the hot path
 * (distribution symbols) slices nothing.
 */
function classifyName(normalized: string, packages: { packageAt(name: string, dot: number): PackageFacts }, out: NameFacts): void {
  const n = normalized;
  out.pkg = '';
  if (n.startsWith('type:')) out.cls = 'type';
  else if (n.startsWith('go:') || n.startsWith('$')) out.cls = 'linker';
  else if (n.startsWith('gclocals·') || n.startsWith('runtime.gcbits.') || metadataSuffix.test(n)) out.cls = 'metadata';
  else {
    const dot = packageDot(n);
    if (dot < 0) {
      out.cls = 'c';
      return;
    }
    const facts = packages.packageAt(n, dot);
    const rest = dot + 1;
    if (n.startsWith('.dict.', rest) && !facts.distribution) {
      out.cls = 'instantiation';
      out.pkg = facts.pkg;
    } else if (n.charCodeAt(rest) === 46 || isInitAt(n, rest)) {
      out.cls = 'linker'; // ..inittask, ..stmp_N, init
    } else {
      out.pkg = facts.pkg;
      // A method value's wrapper is compiled into the package taking the value (or inlining code
      // that does), under the method's own package: it says who calls, not what a package offers.
      if (n.endsWith('-fm')) out.cls = 'wrapper';
      else if (facts.distribution) out.cls = 'distribution';
      else if (n.indexOf('..dict.', rest) >= 0 || n.indexOf('[', rest) >= 0) out.cls = 'instantiation';
      else if (n.length - rest >= 6 && n.endsWith('.func*')) out.cls = 'closure';
      else {
        const segs = segments(n.slice(rest));
        if (segs.some((s) => cgoInternal.test(s))) {
          out.cls = 'c';
          out.pkg = '';
        } else {
          const exported =
            segs.length === 1 ? isExportedIdent(segs[0]!) : segs.length === 2 && isExportedIdent(segs[0]!) && isExportedIdent(segs[1]!);
          out.cls = exported ? 'api' : 'unexported';
        }
      }
    }
  }
}

/** Upper-cased nm code: `t`/`T` differ between archives (global) and executables (all local). */
export function kindOf(code: string): string {
  const c = code.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : code;
}

/** What a raw name normalizes to. */
export interface NameFacts {
  key: string;
  pkg: string;
  cls: SymbolClass;
}

/**
 * Normalizes the symbols of one build. Holds a per-package memo: a build has a few hundred
 * packages and tens of thousands of symbols. The memo also hands out one string per package, so
 * tables keyed by package hash each package name once. (A memo per name does not pay: measured
 * with bench/abi.ts, the lookups cost more than normalizing again.)
 */
export class SymbolNormalizer {
  /** Keyed by the package as the linker spells it. */
  private readonly packages = new Map<string, PackageFacts>();
  // nm lists a package's symbols together: the last package is checked first, without slicing.
  private lastPackage = '';
  private lastFacts: PackageFacts | undefined;

  constructor(readonly modulePaths: readonly string[] = []) {}

  /**
   * The facts of the package that ends at `dot` in `name`, memoized. A method, not a closure per
   * normalizer: both builds' normalizers then share one call target (see nm.ts NmReader).
   */
  packageAt(name: string, dot: number): PackageFacts {
    if (this.lastFacts !== undefined && dot === this.lastPackage.length && name.startsWith(this.lastPackage)) return this.lastFacts;
    const linkerPkg = name.slice(0, dot);
    let f = this.packages.get(linkerPkg);
    if (f === undefined) {
      const pkg = unescapePackage(linkerPkg);
      this.packages.set(linkerPkg, (f = { pkg, distribution: isDistributionPackage(pkg, this.modulePaths) }));
    }
    this.lastPackage = linkerPkg;
    this.lastFacts = f;
    return f;
  }

  /** Package and class of an already normalized name, written into `into`. */
  classify(normalized: string, into: NameFacts): NameFacts {
    into.key = normalized;
    classifyName(normalized, this, into);
    return into;
  }

  /**
   * Key, package and class of a raw (defined) symbol name, written into `into`. With `wanted`, a
   * type descriptor or linker symbol (told by its prefix alone) of a class not wanted is not
   * normalized: its key is ''. (A table of the exported scope keeps neither, but counts their sizes.)
   */
  facts(raw: string, into: NameFacts, wanted?: ReadonlySet<SymbolClass>): NameFacts {
    const dot = plainDot(raw);
    if (dot < 0) {
      const cls = wanted && prefixClass(raw);
      if (cls && !wanted.has(cls)) {
        into.key = '';
        into.pkg = '';
        into.cls = cls;
        return into;
      }
      return this.classify(normalizeName(raw), into);
    }
    // A plain name is its own key (no rule rewrites it) and is an API, unexported or distribution symbol.
    const facts = this.packageAt(raw, dot);
    into.key = raw;
    into.pkg = facts.pkg;
    if (facts.distribution) into.cls = 'distribution';
    else {
      const last = raw.lastIndexOf('.') + 1;
      const first = raw.charCodeAt(dot + 1) === 40 ? dot + 3 : dot + 1;
      into.cls = isUpperAscii(raw.charCodeAt(first)) && isUpperAscii(raw.charCodeAt(last)) ? 'api' : 'unexported';
    }
    return into;
  }
}

/*
 * The fast path of SymbolNormalizer.facts. Most symbols of a program (about three in four, mostly
 * runtime and std) are plain: `pkg.F`, `pkg.T.M` or `pkg.(*T).M` with ASCII identifiers. No rule of
 * nameRules rewrites a plain name, and classifyName can only call it api, unexported or
 * distribution, so the rules and the classifier's scans are skipped for it. Plain means: the part
 * after the package is one or two identifiers (the first may be a `(*T)` receiver), so no closure
 * number, `<N>`, `[...]`, `..`, `-fm` or `·`; it starts with none of the prefixes the rules and the
 * classifier look at (type descriptors, linker symbols, `$` constants, gclocals, gcbits); it ends in
 * none of the words they look at (closures, ABI wrappers, metadata tables, `init`); and it holds no
 * cgo name. test/integration/abi-plain-names.test.ts checks fast and full path agree on every
 * symbol of real programs and archives built by Go 1.19 and 1.23.
 */
const plainRest = /(?:\(\*[A-Za-z_]\w*\)|[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)?$/y;
const notPlain =
  /^(?:type[.:]|go[.:]|\$|gclocals|runtime\.gcbits\.)|\.(?:func\d+|gowrap\d+|deferwrap\d+|arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|jump\d+|abi0|abiinternal|init)$|_C|_cgo|go\.shape\./;

/** The package's dot of a plain name (see above), or -1 when the name needs the rules. */
export function plainDot(raw: string): number {
  const dot = packageDot(raw);
  if (dot <= 0 || notPlain.test(raw)) return -1;
  plainRest.lastIndex = dot + 1;
  return plainRest.test(raw) ? dot : -1;
}

/**
 * The class a raw name's prefix alone decides (classifyName's first tests, on the name before the
 * rules: type-prefix and linker-go-prefix only rewrite such prefixes, and no rule makes or removes one).
 */
function prefixClass(raw: string): SymbolClass | undefined {
  if (raw.startsWith('type.') || raw.startsWith('type:')) return 'type';
  if (raw.startsWith('go:') || raw.startsWith('$') || (raw.startsWith('go.') && linkerGoPrefix.test(raw))) return 'linker';
  return undefined;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** Undefined references (U), file markers (_) and nameless lines define nothing in this build. */
export function isDefinition(sym: Readonly<NmSymbol>): boolean {
  return sym.code !== 'U' && sym.code !== '_' && sym.name !== '';
}
