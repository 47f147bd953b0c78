// Owns SymbolTable: the normalized symbols of one build that a scope keeps, plus size totals by
// package. Built one symbol at a time from the nm stream, so memory is bounded by symbol count.
// Entries live in parallel arrays indexed by a slot number (a key → slot Map), not one object per
// symbol: a large binary keeps tens of thousands of entries, and every object would be copied by
// the young-generation GC while the table grows.
import type { NmSymbol } from './nm.js';
import { isDefinition, kindOf, SymbolNormalizer, type NameFacts, type SymbolClass } from './normalize.js';

export type Scope = 'exported' | 'all';

export interface TableEntry extends NameFacts {
  /** Upper-cased nm code (kindOf). */
  kind: string;
  /** Summed over the raw symbols folded into this key. */
  size: number;
  /** The first raw name seen for this key (for reports). */
  raw: string;
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
  private readonly sizesByPackage = new Map<string, number>();
  // nm lists a package's symbols together: sizes are summed per run of one bucket, then added to the map.
  private runBucket = '';
  private runSize = 0;
  totalSize = 0;
  rawCount = 0;
  /** Definitions seen (undefined references excluded): zero means nothing to compare. */
  definedCount = 0;

  private readonly normalizer: SymbolNormalizer;
  private readonly keep: ReadonlySet<SymbolClass>;
  private readonly scratch: NameFacts = { key: '', pkg: '', cls: 'c' };
  private readonly slots = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly pkgs: string[] = [];
  private readonly classes: SymbolClass[] = [];
  /** The first raw name seen for each key. */
  private readonly raws: string[] = [];
  private readonly kinds: string[] = [];
  private readonly sizes: number[] = [];
  private readonly counts: number[] = [];

  constructor(
    readonly scope: Scope,
    readonly modulePaths: readonly string[] = [],
  ) {
    this.normalizer = new SymbolNormalizer(modulePaths);
    this.keep = compared[scope];
  }

  add(sym: Readonly<NmSymbol>): void {
    this.rawCount++;
    if (!isDefinition(sym)) return;
    const { key, pkg, cls } = this.normalizer.facts(sym.name, this.scratch, this.keep);
    const size = sym.size;
    const kind = kindOf(sym.code);
    this.definedCount++;
    this.totalSize += size;
    const bucket = pkg || (cls === 'type' ? typeBucket : noPackage);
    if (bucket === this.runBucket) this.runSize += size;
    else {
      this.flushRun();
      this.runBucket = bucket;
      this.runSize = size;
    }
    if (!this.keep.has(cls)) return;
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      this.sizes[slot]! += size;
      this.counts[slot]!++;
      // A text symbol wins over data of the same key (a func and its funcval), so kind stays stable.
      if (this.kinds[slot] !== 'T' && kind === 'T') this.kinds[slot] = 'T';
    } else {
      this.slots.set(key, this.keys.length);
      this.keys.push(key);
      this.pkgs.push(pkg);
      this.classes.push(cls);
      this.raws.push(sym.name);
      this.kinds.push(kind);
      this.sizes.push(size);
      this.counts.push(1);
    }
  }

  /** Size by package bucket (the Go package, typeBucket or noPackage) of every definition. */
  get packageSizes(): ReadonlyMap<string, number> {
    this.flushRun();
    return this.sizesByPackage;
  }

  private flushRun(): void {
    if (this.runBucket === '') return;
    this.sizesByPackage.set(this.runBucket, (this.sizesByPackage.get(this.runBucket) ?? 0) + this.runSize);
    this.runBucket = '';
    this.runSize = 0;
  }

  /** Number of compared entries (distinct keys). */
  get size(): number {
    return this.keys.length;
  }

  /** Compared keys, in the order first seen. */
  keyList(): readonly string[] {
    return this.keys;
  }

  /** Slot of a key, for the diff's direct reads; undefined when this build has no such entry. */
  slotOf(key: string): number | undefined {
    return this.slots.get(key);
  }

  /** The entry in a slot (a fresh object: the table keeps none). */
  at(slot: number): TableEntry {
    return {
      key: this.keys[slot]!,
      pkg: this.pkgs[slot]!,
      kind: this.kinds[slot]!,
      size: this.sizes[slot]!,
      cls: this.classes[slot]!,
      raw: this.raws[slot]!,
      count: this.counts[slot]!,
    };
  }

  get(key: string): TableEntry | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.at(slot);
  }

  kindAt(slot: number): string {
    return this.kinds[slot]!;
  }

  sizeAt(slot: number): number {
    return this.sizes[slot]!;
  }
}
