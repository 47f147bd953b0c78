// Owns SymbolDiff: what changed between two SymbolTables (added, removed, kind changed, variable
// size changed) and the size delta of every package.
import type { SymbolClass } from './normalize.js';
import type { SymbolTable, TableEntry } from './table.js';

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

export interface SymbolDiff {
  findings: SymbolFinding[];
  packages: PackageSize[];
  baseSymbols: number;
  headSymbols: number;
  baseCompared: number;
  headCompared: number;
}

// A function's code size changes with every edit and every compiler; a variable's size changes
// when its type does. Only the latter is an ABI change; the former shows in package sizes.
/** Code-point order: stable across locales, and far cheaper than localeCompare on thousands of names. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sizeIsAbi = (e: TableEntry): boolean => e.kind !== 'T';

export function diffTables(base: SymbolTable, head: SymbolTable): SymbolDiff {
  const findings: SymbolFinding[] = [];
  for (const [key, b] of base.entries) {
    const h = head.entries.get(key);
    if (!h) {
      findings.push({ change: 'removed', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, baseSize: b.size });
    } else if (b.kind !== h.kind) {
      findings.push({ change: 'kind', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, headKind: h.kind, baseSize: b.size, headSize: h.size });
    } else if (b.size !== h.size && sizeIsAbi(b)) {
      findings.push({ change: 'size', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, headKind: h.kind, baseSize: b.size, headSize: h.size });
    }
  }
  for (const [key, h] of head.entries) {
    if (!base.entries.has(key)) findings.push({ change: 'added', key, pkg: h.pkg, cls: h.cls, headKind: h.kind, headSize: h.size });
  }
  findings.sort((x, y) => byText(x.pkg, y.pkg) || byText(x.key, y.key));
  const packages: PackageSize[] = [];
  for (const pkg of new Set([...base.packageSizes.keys(), ...head.packageSizes.keys()])) {
    const b = base.packageSizes.get(pkg) ?? 0;
    const h = head.packageSizes.get(pkg) ?? 0;
    packages.push({ pkg, base: b, head: h, delta: h - b });
  }
  packages.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byText(x.pkg, y.pkg));
  return { findings, packages, baseSymbols: base.definedCount, headSymbols: head.definedCount, baseCompared: base.entries.size, headCompared: head.entries.size };
}
