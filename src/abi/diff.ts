// Owns SymbolDiff: what changed between two SymbolTables (added, removed, kind changed, variable
// size changed) and the size delta of every package.
import { foldInlinedClosures, sameVariable } from './explained.js';
import type { SymbolClass } from './normalize.js';
import type { SymbolTable } from './table.js';

export type SymbolChange = 'added' | 'removed' | 'kind' | 'size';

export interface SymbolFinding {
  change: SymbolChange;
  key: string;
  pkg: string;
  cls: SymbolClass;
  baseKind?: string;
  headKind?: string;
  baseSize?: number;
  headSize?: number;
}

export interface PackageSize {
  pkg: string;
  base: number;
  head: number;
  delta: number;
}

/** A function compiled out of line in one build and present only inlined in the other: not a finding. */
export interface InlinedOnly {
  key: string;
  pkg: string;
  /** The build that has the out-of-line copy. */
  outOfLine: 'base' | 'head';
}

/** A variable only the executable linked by Go ≤1.20 has (explained.ts, rule linker-dropped-var): not a finding. */
export interface DroppedVar {
  key: string;
  pkg: string;
  /** The build that still has the variable. */
  keptBy: 'base' | 'head';
}

export interface SymbolDiff {
  findings: SymbolFinding[];
  /** Functions that are no finding because the other build has them, inlined (filled by inlined.ts). */
  inlined: InlinedOnly[];
  /** Variables that are no finding because the Go ≥1.21 linker dropped them (filled by inlined.ts). */
  droppedVars: DroppedVar[];
  packages: PackageSize[];
  baseSymbols: number;
  headSymbols: number;
  baseCompared: number;
  headCompared: number;
}

// A function's code size changes with every edit and every compiler; a variable's size changes
// when its type does. Only the latter is an ABI change; the former shows in package sizes.
const sizeIsAbi = (kind: string): boolean => kind !== 'T';

/** UTF-16 code-unit order (JavaScript's own `<`): stable across locales, and far cheaper than localeCompare on thousands of names. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function diffTables(base: SymbolTable, head: SymbolTable): SymbolDiff {
  const findings: SymbolFinding[] = [];
  const baseKeys = base.keyList();
  for (let b = 0; b < baseKeys.length; b++) {
    const key = baseKeys[b]!;
    const h = head.slotOf(key);
    if (h === undefined) {
      const e = base.at(b);
      findings.push({ change: 'removed', key, pkg: e.pkg, cls: e.cls, baseKind: e.kind, baseSize: e.size });
      continue;
    }
    const bk = base.kindAt(b);
    const hk = head.kindAt(h);
    const bs = base.sizeAt(b);
    const hs = head.sizeAt(h);
    if ((bk !== hk && !sameVariable(bk, hk, bs, hs)) || (bs !== hs && sizeIsAbi(bk))) {
      const e = base.at(b);
      findings.push({
        change: bk !== hk ? 'kind' : 'size',
        key,
        pkg: e.pkg,
        cls: e.cls,
        baseKind: bk,
        headKind: hk,
        baseSize: bs,
        headSize: hs,
      });
    }
  }
  const headKeys = head.keyList();
  for (let h = 0; h < headKeys.length; h++) {
    if (base.slotOf(headKeys[h]!) !== undefined) continue;
    const e = head.at(h);
    findings.push({ change: 'added', key: e.key, pkg: e.pkg, cls: e.cls, headKind: e.kind, headSize: e.size });
  }
  const kept = foldInlinedClosures(findings, base, head);
  kept.sort((x, y) => byText(x.pkg, y.pkg) || byText(x.key, y.key));
  const packages: PackageSize[] = [];
  for (const pkg of new Set([...base.packageSizes.keys(), ...head.packageSizes.keys()])) {
    const b = base.packageSizes.get(pkg) ?? 0;
    const h = head.packageSizes.get(pkg) ?? 0;
    packages.push({ pkg, base: b, head: h, delta: h - b });
  }
  packages.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byText(x.pkg, y.pkg));
  return {
    findings: kept,
    inlined: [],
    droppedVars: [],
    packages,
    baseSymbols: base.definedCount,
    headSymbols: head.definedCount,
    baseCompared: base.size,
    headCompared: head.size,
  };
}
