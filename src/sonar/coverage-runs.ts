// Bookkeeping of the coverprofile merge: the runs of the spool, and the second pass — the blocks of
// one file, gathered from every run that named it, sorted by position and merged (set → OR,
// count/atomic → sum). Typed arrays, no object per block; one file's blocks in memory at a time.

export interface FileBlocks {
  n: number;
  sl: Float64Array;
  sc: Float64Array;
  el: Float64Array;
  ec: Float64Array;
  stmts: Float64Array;
  count: Float64Array;
  /** Index of the profile each block came from, for messages. */
  profile: Int32Array;
}

export function newFileBlocks(): FileBlocks {
  const f = (): Float64Array => new Float64Array(64);
  return { n: 0, sl: f(), sc: f(), el: f(), ec: f(), stmts: f(), count: f(), profile: new Int32Array(64) };
}

export function grown<T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T {
  const x = make(a.length * 2);
  x.set(a);
  return x;
}

/** Runs (consecutive lines naming one file) as parallel arrays: spool offset, bytes, file, profile. */
export class Runs {
  n = 0;
  start = new Float64Array(256);
  bytes = new Float64Array(256);
  file = new Int32Array(256);
  profile = new Int32Array(256);
  push(start: number, file: number, profile: number): void {
    if (this.n === this.start.length) {
      this.start = grown(this.start, (n) => new Float64Array(n));
      this.bytes = grown(this.bytes, (n) => new Float64Array(n));
      this.file = grown(this.file, (n) => new Int32Array(n));
      this.profile = grown(this.profile, (n) => new Int32Array(n));
    }
    this.start[this.n] = start;
    this.bytes[this.n] = 0;
    this.file[this.n] = file;
    this.profile[this.n] = profile;
    this.n++;
  }
}

export function pushBlock(
  fb: FileBlocks,
  sl: number,
  sc: number,
  el: number,
  ec: number,
  stmts: number,
  count: number,
  profile: number,
): void {
  if (fb.n === fb.sl.length) {
    const f = (n: number): Float64Array => new Float64Array(n);
    fb.sl = grown(fb.sl, f);
    fb.sc = grown(fb.sc, f);
    fb.el = grown(fb.el, f);
    fb.ec = grown(fb.ec, f);
    fb.stmts = grown(fb.stmts, f);
    fb.count = grown(fb.count, f);
    fb.profile = grown(fb.profile, (n) => new Int32Array(n));
  }
  const i = fb.n++;
  fb.sl[i] = sl;
  fb.sc[i] = sc;
  fb.el[i] = el;
  fb.ec[i] = ec;
  fb.stmts[i] = stmts;
  fb.count[i] = count;
  fb.profile[i] = profile;
}

export interface MergedFile {
  /** "l.c,l.c stmts count" per distinct block, in position order. */
  lines: string[];
  blocks: number;
  statements: number;
  covered: number;
}

/**
 * Sorts and merges one file's blocks. A block seen with different statement counts (profiles of
 * different sources) keeps the first and is reported through `conflict`.
 */
export function mergeRuns(
  fb: FileBlocks,
  setMode: boolean,
  conflict: (pos: string, first: number, other: number, firstProfile: number, otherProfile: number) => void,
): MergedFile {
  const order = new Int32Array(fb.n);
  for (let i = 0; i < fb.n; i++) order[i] = i;
  const cmp = (a: number, c: number): number =>
    fb.sl[a]! - fb.sl[c]! || fb.sc[a]! - fb.sc[c]! || fb.el[a]! - fb.el[c]! || fb.ec[a]! - fb.ec[c]! || a - c;
  order.sort(cmp);
  const out: MergedFile = { lines: [], blocks: 0, statements: 0, covered: 0 };
  for (let k = 0; k < order.length;) {
    const first = order[k]!;
    let count = fb.count[first]!;
    const pos = `${fb.sl[first]}.${fb.sc[first]},${fb.el[first]}.${fb.ec[first]}`;
    let j = k + 1;
    for (; j < order.length; j++) {
      const o = order[j]!;
      if (fb.sl[o] !== fb.sl[first] || fb.sc[o] !== fb.sc[first] || fb.el[o] !== fb.el[first] || fb.ec[o] !== fb.ec[first]) break;
      if (fb.stmts[o] !== fb.stmts[first]) {
        conflict(pos, fb.stmts[first]!, fb.stmts[o]!, fb.profile[first]!, fb.profile[o]!);
        continue;
      }
      count = setMode ? (count > 0 || fb.count[o]! > 0 ? 1 : 0) : count + fb.count[o]!;
    }
    const stmts = fb.stmts[first]!;
    out.lines.push(`${pos} ${stmts} ${count}`);
    out.blocks++;
    out.statements += stmts;
    if (count > 0) out.covered += stmts;
    k = j;
  }
  return out;
}
