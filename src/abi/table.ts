// Owns SymbolTable: the normalized symbols of one build that a scope keeps, plus size totals by
// package. Built one symbol at a time from the nm stream, so memory is bounded by symbol count.
import type { NmSymbol } from './nm.js';
import { SymbolNormalizer, type NormalizedSymbol, type SymbolClass } from './normalize.js';

export type Scope = 'exported' | 'all';

export interface TableEntry extends NormalizedSymbol {
  /** How many raw symbols folded into this key (closures, duplicate type descriptors). */
  count: number;
}

/** Classes compared in each scope. Metadata and linker tables are counted in sizes only: their names are hashes. */
const compared: Record<Scope, ReadonlySet<SymbolClass>> = {
  exported: new Set(['api']),
  all: new Set(['api', 'unexported', 'closure', 'instantiation', 'distribution', 'type', 'c']),
};

/** Package bucket for symbols without a Go package (C, linker tables). */
export const noPackage = '(no package)';
/** Package bucket for type descriptors (their names hold many packages). */
export const typeBucket = '(type descriptors)';

export class SymbolTable {
  readonly entries = new Map<string, TableEntry>();
  readonly packageSizes = new Map<string, number>();
  totalSize = 0;
  rawCount = 0;
  /** Definitions seen (undefined references excluded): zero means nothing to compare. */
  definedCount = 0;

  private readonly normalizer: SymbolNormalizer;

  constructor(
    readonly scope: Scope,
    readonly modulePaths: readonly string[] = [],
  ) {
    this.normalizer = new SymbolNormalizer(modulePaths);
  }

  add(sym: NmSymbol): void {
    this.rawCount++;
    const n = this.normalizer.normalize(sym);
    if (!n) return;
    this.definedCount++;
    this.totalSize += n.size;
    const bucket = n.pkg || (n.cls === 'type' ? typeBucket : noPackage);
    this.packageSizes.set(bucket, (this.packageSizes.get(bucket) ?? 0) + n.size);
    if (!compared[this.scope].has(n.cls)) return;
    const prev = this.entries.get(n.key);
    if (prev) {
      prev.size += n.size;
      prev.count++;
      // A text symbol wins over data of the same key (a func and its funcval), so kind stays stable.
      if (prev.kind !== 'T' && n.kind === 'T') prev.kind = 'T';
    } else {
      this.entries.set(n.key, { key: n.key, pkg: n.pkg, kind: n.kind, size: n.size, cls: n.cls, raw: n.raw, count: 1 });
    }
  }
}
