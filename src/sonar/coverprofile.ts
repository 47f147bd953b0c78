// Go coverprofiles: streaming parse, merge of many profiles (set → OR, count/atomic → sum, one
// mode for all) and rewrite of every file name to a path relative to the project base dir.
import { createReadStream } from 'node:fs';
import type { Resolution } from './project-paths.js';

export const coverModes = ['set', 'count', 'atomic'] as const;
export type CoverMode = (typeof coverModes)[number];

export class CoverProfileError extends Error {
  override name = 'CoverProfileError';
}

const position = /^\d+\.\d+,\d+\.\d+$/;
const digits = /^\d+$/;

/** "name:l.c,l.c stmts count" split from the right (file names may hold ':' and ' '). */
function splitBlock(line: string): [string, string, string, string] | undefined {
  const s2 = line.lastIndexOf(' ');
  const s1 = s2 > 0 ? line.lastIndexOf(' ', s2 - 1) : -1;
  const colon = s1 > 0 ? line.lastIndexOf(':', s1 - 1) : -1;
  if (colon <= 0) return undefined;
  const pos = line.slice(colon + 1, s1);
  const stmts = line.slice(s1 + 1, s2);
  const count = line.slice(s2 + 1);
  if (!position.test(pos) || !digits.test(stmts) || !digits.test(count)) return undefined;
  return [line.slice(0, colon), pos, stmts, count];
}

export interface FileCoverage {
  statements: number;
  covered: number;
}

/** Merged coverage, kept per rewritten file in first-seen order, blocks in first-seen order. */
export class CoverageMerge {
  mode: CoverMode | undefined;
  private modeFrom = '';
  /** rel file → "l.c,l.c" → block index into stmts/counts (typed arrays: no object per block). */
  readonly files = new Map<string, Map<string, number>>();
  blocks = 0;
  private stmts = new Int32Array(1024);
  private counts = new Float64Array(1024);
  /** Blocks whose file maps to no module under the base dir; name → why. */
  readonly unmapped = new Map<string, { why: string; blocks: number }>();

  /** Handles line number `lineNo` of profile `source`. */
  addLine(line: string, source: string, lineNo: number, resolve: (name: string) => Resolution): void {
    if (line.startsWith('mode:')) {
      const mode = line.slice(5).trim();
      if (!(coverModes as readonly string[]).includes(mode)) {
        throw new CoverProfileError(
          `coverage report ${source}:${lineNo}: unknown mode "${mode}"; expected "mode: set", "mode: count" or "mode: atomic"`,
        );
      }
      if (this.mode && this.mode !== mode) {
        throw new CoverProfileError(
          `coverage report ${source}:${lineNo} has "mode: ${mode}" but ${this.modeFrom} has "mode: ${this.mode}"; profiles with different modes cannot be merged — run every go test with the same -covermode`,
        );
      }
      if (!this.mode) {
        this.mode = mode as CoverMode;
        this.modeFrom = `${source}:${lineNo}`;
      }
      return;
    }
    if (lineNo === 1) {
      throw new CoverProfileError(
        `coverage report ${source}:${lineNo}: expected a "mode: set|count|atomic" first line, found "${clip(line)}"; is this a go test -coverprofile file?`,
      );
    }
    if (line.trim() === '') return;
    const m = splitBlock(line);
    if (!m) {
      throw new CoverProfileError(
        `coverage report ${source}:${lineNo}: bad block "${clip(line)}"; expected "path/file.go:startLine.startCol,endLine.endCol statements count"`,
      );
    }
    const [name, pos, stmtsText, countText] = m;
    const res = resolve(name);
    if (!res.ok) {
      const u = this.unmapped.get(name) ?? { why: res.why, blocks: 0 };
      u.blocks++;
      this.unmapped.set(name, u);
      return;
    }
    let blocks = this.files.get(res.rel);
    if (!blocks) this.files.set(res.rel, (blocks = new Map<string, number>()));
    const stmts = Number(stmtsText);
    const count = Number(countText);
    const prev = blocks.get(pos);
    if (prev === undefined) {
      if (this.blocks === this.stmts.length) this.grow();
      this.stmts[this.blocks] = stmts;
      this.counts[this.blocks] = count;
      blocks.set(pos, this.blocks++);
      return;
    }
    if (this.stmts[prev] !== stmts) {
      throw new CoverProfileError(
        `coverage report ${source}:${lineNo}: block ${name}:${pos} has ${stmts} statements but an earlier profile says ${this.stmts[prev]}; the profiles come from different sources — regenerate them from one checkout`,
      );
    }
    const was = this.counts[prev]!;
    this.counts[prev] = this.mode === 'set' ? (was > 0 || count > 0 ? 1 : 0) : was + count;
  }

  private grow(): void {
    const stmts = new Int32Array(this.stmts.length * 2);
    stmts.set(this.stmts);
    this.stmts = stmts;
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
  }

  /** Profile text in chunks of lines (streamed by the writer). */
  *chunks(linesPerChunk = 4096): Generator<string> {
    if (!this.mode) return;
    let buf: string[] = [`mode: ${this.mode}`];
    for (const [file, blocks] of this.files) {
      for (const [pos, i] of blocks) {
        buf.push(`${file}:${pos} ${this.stmts[i]} ${this.counts[i]}`);
        if (buf.length >= linesPerChunk) {
          yield buf.join('\n') + '\n';
          buf = [];
        }
      }
    }
    if (buf.length) yield buf.join('\n') + '\n';
  }

  fileCoverage(): Map<string, FileCoverage> {
    const out = new Map<string, FileCoverage>();
    for (const [file, blocks] of this.files) {
      const c: FileCoverage = { statements: 0, covered: 0 };
      for (const i of blocks.values()) {
        c.statements += this.stmts[i]!;
        if (this.counts[i]! > 0) c.covered += this.stmts[i]!;
      }
      out.set(file, c);
    }
    return out;
  }
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** Streams one coverprofile into the merge (own line splitting: readline costs more than the parse). */
export async function addProfile(merge: CoverageMerge, file: string, resolve: (name: string) => Resolution): Promise<void> {
  let n = 0;
  let rest = '';
  const take = (line: string): void => {
    n++;
    merge.addLine(line.endsWith('\r') ? line.slice(0, -1) : line, file, n, resolve);
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') take(rest);
  if (n === 0)
    throw new CoverProfileError(`coverage report ${file} is empty; expected a "mode: ..." line and blocks from go test -coverprofile`);
}
