// Go coverprofiles: one streaming pass checks every line, rewrites each block's file name to a path
// relative to the project base dir and appends it to a spool file. It works on the bytes read
// (no string, no object per block): memory is per file and per run (consecutive lines naming one
// file). Files named by more than one run, or out of position order, are merged in a second pass
// one file at a time (coverage-runs.ts). A broken profile is rolled back as a whole and named; the
// other profiles still count.
import { closeSync, ftruncateSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mergeRuns, newFileBlocks, pushBlock, Runs, type FileBlocks } from './coverage-runs.js';
import { b, parseBlock } from './coverprofile-block.js';
import type { Resolution } from './project-paths.js';
import { clip, printable } from './text.js';

export const coverModes = ['set', 'count', 'atomic'] as const;
export type CoverMode = (typeof coverModes)[number];

export class CoverProfileError extends Error {
  override name = 'CoverProfileError';
}

export interface FileCoverage {
  statements: number;
  covered: number;
}

interface FileState {
  rel: string;
  relBytes: Buffer;
  runs: number;
  /** Named by more than one run, or a run out of position order: merged in the second pass. */
  merge: boolean;
  blocks: number;
  statements: number;
  covered: number;
}

const chunkBytes = 1 << 20;
/** Room for a whole line (≤ chunkBytes) with its rewritten name past the flush point. */
const outBytes = 3 * chunkBytes;

/** Merged coverage of many profiles, spooled to a file until write(). */
export class CoverageMerge {
  mode: CoverMode | undefined;
  private modeFrom = '';
  /** Distinct blocks (exact after write(); before it, a block named by two runs counts twice). */
  blocks = 0;
  /** Blocks whose file maps to no module under the base dir: name → why and how many. */
  readonly unmapped = new Map<string, { why: string; blocks: number }>();
  /** Names mapped by their longest suffix (profiles made on another machine): name → base-dir path. */
  readonly bySuffix = new Map<string, string>();
  /** Profiles read in full. */
  readonly profiles: string[] = [];
  /** Blocks whose statement counts differ between profiles (the first is kept). */
  readonly conflicts: string[] = [];
  private readonly files: FileState[] = [];
  private readonly fileIndex = new Map<string, number>();
  /** Profile name → file index, or -1 when it maps nowhere (why in `whys`). */
  private readonly names = new Map<string, number>();
  private readonly whys = new Map<string, string>();
  private readonly runs = new Runs();
  private fd: number;
  private pos = 0;

  constructor(
    private readonly spool: string,
    private readonly resolve: (name: string) => Resolution,
  ) {
    this.fd = openSync(spool, 'w+');
  }

  /** Streams one profile in; a broken one is rolled back and thrown (CoverProfileError). */
  add(file: string): void {
    const saved = { pos: this.pos, runs: this.runs.n, files: this.files.length, blocks: this.blocks, mode: this.mode };
    const touched = new Map<number, FileState>();
    const unmapped = new Map<string, number>();
    try {
      this.read(file, touched, unmapped);
    } catch (e) {
      this.pos = saved.pos;
      this.runs.n = saved.runs;
      for (const f of this.files.splice(saved.files)) this.fileIndex.delete(f.rel);
      for (const [name, i] of this.names) if (i >= saved.files) this.names.delete(name);
      for (const [i, before] of touched) if (i < saved.files) this.files[i] = before;
      this.blocks = saved.blocks;
      this.mode = saved.mode;
      if (e instanceof CoverProfileError) throw e;
      throw new CoverProfileError(`coverage report ${printable(file)}: ${printable((e as Error).message)}`);
    }
    for (const [name, n] of unmapped) {
      const u = this.unmapped.get(name) ?? { why: this.whys.get(name) ?? '', blocks: 0 };
      u.blocks += n;
      this.unmapped.set(name, u);
    }
    this.profiles.push(file);
  }

  private read(file: string, touched: Map<number, FileState>, unmapped: Map<string, number>): void {
    const name = printable(file);
    const profile = this.profiles.length;
    const fd = openSync(file, 'r');
    const buf = Buffer.allocUnsafe(chunkBytes);
    const out = Buffer.allocUnsafe(outBytes);
    let o = 0;
    let have = 0;
    let offset = 0;
    let lineNo = 0;
    let prevName = Buffer.alloc(0);
    let prevView = new DataView(prevName.buffer, prevName.byteOffset, 0);
    let prevFile = -1;
    let runFile = -1;
    let sl = -1;
    let sc = -1;
    let el = -1;
    let ec = -1;
    const text = (start: number, end: number): string => buf.toString('utf8', start, end);
    // Per-run figures in locals, added to the file when the run ends: nothing per block on objects.
    let rel: Buffer = Buffer.alloc(0);
    let relView = new DataView(rel.buffer, rel.byteOffset, 0);
    const inView = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const outView = new DataView(out.buffer, out.byteOffset, out.length);
    let runBlocks = 0;
    let runStatements = 0;
    let runCovered = 0;
    let unordered = false;
    const endRun = (): void => {
      if (runFile < 0) return;
      const f = this.files[runFile]!;
      this.runs.bytes[this.runs.n - 1] = this.pos + o - this.runs.start[this.runs.n - 1]!;
      f.blocks += runBlocks;
      f.statements += runStatements;
      f.covered += runCovered;
      if (unordered) f.merge = true;
      this.blocks += runBlocks;
      runBlocks = runStatements = runCovered = 0;
      unordered = false;
      runFile = -1;
    };
    const line = (start: number, end: number, ended: boolean): void => {
      lineNo++;
      if (end > start && buf[end - 1] === 13) end--;
      if (end - start >= 5 && buf[start] === 109 && text(start, start + 5) === 'mode:') {
        this.takeMode(text(start + 5, end).trim(), `${name}:${lineNo}`);
        if (this.pos === 0 && o === 0) o += out.write(`mode: ${this.mode}\n`, o, 'latin1');
        return;
      }
      if (lineNo === 1) {
        throw new CoverProfileError(
          `coverage report ${name}:1: expected a "mode: set|count|atomic" first line, found "${clip(text(start, Math.min(end, start + 200)))}"; is this a go test -coverprofile file?`,
        );
      }
      if (!parseBlock(buf, start, end)) {
        if (text(start, Math.min(end, start + 200)).trim() === '' && end - start < 200) return;
        throw new CoverProfileError(
          `coverage report ${name}:${lineNo}: bad block "${clip(text(start, Math.min(end, start + 200)))}"${ended ? '' : ' (the file ends in the middle of a line: truncated?)'}; expected "path/file.go:startLine.startCol,endLine.endCol statements count"`,
        );
      }
      const colon = b.colon;
      let fi = prevFile;
      const len = colon - start;
      let same = len === prevName.length;
      // Four bytes at a time (DataView reads are inlined), the rest byte by byte.
      let i = 0;
      for (; same && i + 4 <= len; i += 4) same = inView.getUint32(start + i) === prevView.getUint32(i);
      for (; same && i < len; i++) same = buf[start + i] === prevName[i];
      if (!same) {
        prevName = Buffer.from(buf.subarray(start, colon));
        prevView = new DataView(prevName.buffer, prevName.byteOffset, prevName.length);
        const fname = prevName.toString('utf8');
        fi = prevFile = this.names.get(fname) ?? this.lookUp(fname);
      }
      if (fi < 0) {
        const fname = prevName.toString('utf8');
        unmapped.set(fname, (unmapped.get(fname) ?? 0) + 1);
        return;
      }
      if (fi !== runFile) {
        endRun();
        const f = this.files[fi]!;
        if (!touched.has(fi)) touched.set(fi, { ...f });
        runFile = fi;
        if (++f.runs > 1) f.merge = true;
        this.runs.push(this.pos + o, fi, profile);
        rel = f.relBytes;
        relView = new DataView(rel.buffer, rel.byteOffset, rel.length);
        sl = sc = el = ec = -1;
      }
      if (b.sl < sl || (b.sl === sl && (b.sc < sc || (b.sc === sc && (b.el < el || (b.el === el && b.ec <= ec)))))) unordered = true;
      sl = b.sl;
      sc = b.sc;
      el = b.el;
      ec = b.ec;
      let k = 0;
      for (; k + 4 <= rel.length; k += 4, o += 4) outView.setUint32(o, relView.getUint32(k));
      for (; k < rel.length; k++) out[o++] = rel[k]!;
      let t = colon;
      for (; t + 4 <= end; t += 4, o += 4) outView.setUint32(o, inView.getUint32(t));
      for (; t < end; t++) out[o++] = buf[t]!;
      out[o++] = 10;
      runBlocks++;
      runStatements += b.stmts;
      if (b.count > 0) runCovered += b.stmts;
      if (o > chunkBytes) {
        this.pos += writeSync(this.fd, out, 0, o, this.pos);
        o = 0;
      }
    };
    try {
      for (;;) {
        const n = readSync(fd, buf, have, chunkBytes - have, null);
        const nul = buf.indexOf(0, have);
        if (nul >= 0 && nul < have + n) {
          throw new CoverProfileError(
            `coverage report ${name} holds binary data (a NUL byte at offset ${offset + nul}); expected the text of go test -coverprofile`,
          );
        }
        have += n;
        if (n === 0) {
          if (have > 0) line(0, have, false);
          break;
        }
        let start = 0;
        for (let nl = buf.indexOf(10, 0); nl >= 0 && nl < have; nl = buf.indexOf(10, start)) {
          line(start, nl, true);
          start = nl + 1;
        }
        if (start === 0 && have === chunkBytes) {
          throw new CoverProfileError(
            `coverage report ${name}: a line longer than ${chunkBytes} bytes at offset ${offset}; expected the text of go test -coverprofile`,
          );
        }
        buf.copy(buf, 0, start, have);
        offset += start;
        have -= start;
      }
      endRun();
      if (o > 0) this.pos += writeSync(this.fd, out, 0, o, this.pos);
    } finally {
      closeSync(fd);
    }
    if (lineNo === 0)
      throw new CoverProfileError(`coverage report ${name} is empty; expected a "mode: ..." line and blocks from go test -coverprofile`);
  }

  private lookUp(fname: string): number {
    const res = this.resolve(fname);
    let fi = -1;
    if (res.ok) {
      fi = this.fileIndex.get(res.rel) ?? -1;
      if (fi < 0) {
        fi = this.files.length;
        this.files.push({ rel: res.rel, relBytes: Buffer.from(res.rel), runs: 0, merge: false, blocks: 0, statements: 0, covered: 0 });
        this.fileIndex.set(res.rel, fi);
      }
      if (res.bySuffix) this.bySuffix.set(fname, res.rel);
    } else this.whys.set(fname, res.why);
    this.names.set(fname, fi);
    return fi;
  }

  private takeMode(mode: string, where: string): void {
    if (!(coverModes as readonly string[]).includes(mode)) {
      throw new CoverProfileError(
        `coverage report ${where}: unknown mode "${clip(mode)}"; expected "mode: set", "mode: count" or "mode: atomic"`,
      );
    }
    if (this.mode && this.mode !== mode) {
      throw new CoverProfileError(
        `coverage report ${where} has "mode: ${mode}" but ${this.modeFrom} has "mode: ${this.mode}"; profiles with different modes cannot be merged — run every go test with the same -covermode`,
      );
    }
    if (!this.mode) {
      this.mode = mode as CoverMode;
      this.modeFrom = where;
    }
  }

  /**
   * Writes the merged profile to `target` (a temp file renamed into place) and removes the spool.
   * Without merges the spool is the report; else files that need one are read back one at a time
   * and every other run is copied byte for byte.
   */
  write(target: string): void {
    const temp = `${target}.partial-${process.pid}`;
    try {
      ftruncateSync(this.fd, this.pos);
      if (!this.files.some((f) => f.merge)) {
        renameSync(this.spool, target);
        return;
      }
      const out = openSync(temp, 'w');
      try {
        this.writeMerged(out);
      } finally {
        closeSync(out);
      }
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    } finally {
      this.dispose();
    }
  }

  private writeMerged(out: number): void {
    let outPos = writeSync(out, `mode: ${this.mode}\n`, 0, 'utf8');
    const emitted = new Set<number>();
    const buf = Buffer.allocUnsafe(chunkBytes);
    const r = this.runs;
    // The next run of the same file, for each run (-1 at a file's last run): one pass, not a scan per file.
    const next = new Int32Array(r.n);
    const later = new Int32Array(this.files.length).fill(-1);
    for (let i = r.n - 1; i >= 0; i--) {
      next[i] = later[r.file[i]!]!;
      later[r.file[i]!] = i;
    }
    for (let i = 0; i < r.n; i++) {
      const fi = r.file[i]!;
      const f = this.files[fi]!;
      if (!f.merge) {
        for (let done = 0; done < r.bytes[i]!;) {
          const n = readSync(this.fd, buf, 0, Math.min(chunkBytes, r.bytes[i]! - done), r.start[i]! + done);
          outPos += writeSync(out, buf, 0, n, outPos);
          done += n;
        }
        continue;
      }
      if (emitted.has(fi)) continue;
      emitted.add(fi);
      const res = mergeRuns(this.blocksOf(i, next), this.mode === 'set', (pos, first, other, pf, po) =>
        this.conflicts.push(
          `coverage block ${printable(f.rel)}:${pos} has ${other} statements in ${printable(this.profiles[po]!)} but ${first} in ${printable(this.profiles[pf]!)}; the profiles come from different sources — regenerate them from one checkout`,
        ),
      );
      this.blocks -= f.blocks - res.blocks;
      Object.assign(f, { blocks: res.blocks, statements: res.statements, covered: res.covered });
      outPos += writeSync(out, res.lines.map((l) => `${f.rel}:${l}\n`).join(''), outPos, 'utf8');
    }
  }

  /** Every block of one file from its runs (the first at `first`, then along `next`), read back from the spool. */
  private blocksOf(first: number, next: Int32Array): FileBlocks {
    const r = this.runs;
    const fb = newFileBlocks();
    for (let i = first; i >= 0; i = next[i]!) {
      const buf = Buffer.allocUnsafe(r.bytes[i]!);
      readSync(this.fd, buf, 0, buf.length, r.start[i]!);
      let start = 0;
      for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
        if (parseBlock(buf, start, nl)) pushBlock(fb, b.sl, b.sc, b.el, b.ec, b.stmts, b.count, r.profile[i]!);
        start = nl + 1;
      }
    }
    return fb;
  }

  /** Closes and removes the spool (write() does this itself). */
  dispose(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.spool, { force: true });
  }

  fileCoverage(): Map<string, FileCoverage> {
    return new Map(this.files.map((f) => [f.rel, { statements: f.statements, covered: f.covered }]));
  }
}
