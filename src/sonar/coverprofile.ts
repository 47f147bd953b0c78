// Go coverprofiles: streaming parse, merge of many profiles (set → OR, count/atomic → sum, one
// mode for all) and rewrite of every file name to a path relative to the project base dir.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Resolution } from './project-paths.js';

export const coverModes = ['set', 'count', 'atomic'] as const;
export type CoverMode = (typeof coverModes)[number];

export class CoverProfileError extends Error {
  override name = 'CoverProfileError';
}

const blockLine = /^(.+):(\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/;

export interface FileCoverage {
  statements: number;
  covered: number;
}

/** Merged coverage, kept per rewritten file in first-seen order, blocks in first-seen order. */
export class CoverageMerge {
  mode: CoverMode | undefined;
  private modeFrom = '';
  /** rel file → "l.c,l.c" → [statements, count] */
  readonly files = new Map<string, Map<string, [number, number]>>();
  blocks = 0;
  /** Blocks whose file maps to no module under the base dir; name → why. */
  readonly unmapped = new Map<string, { why: string; blocks: number }>();

  /** Handles one line of one profile; `where` is "file:line" for error messages. */
  addLine(line: string, where: string, resolve: (name: string) => Resolution, firstLine: boolean): void {
    if (line.startsWith('mode:')) {
      const mode = line.slice(5).trim();
      if (!(coverModes as readonly string[]).includes(mode)) {
        throw new CoverProfileError(`coverage report ${where}: unknown mode "${mode}"; expected "mode: set", "mode: count" or "mode: atomic"`);
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
      return;
    }
    if (firstLine) {
      throw new CoverProfileError(`coverage report ${where}: expected a "mode: set|count|atomic" first line, found "${clip(line)}"; is this a go test -coverprofile file?`);
    }
    if (line.trim() === '') return;
    const m = blockLine.exec(line);
    if (!m) {
      throw new CoverProfileError(`coverage report ${where}: bad block "${clip(line)}"; expected "path/file.go:startLine.startCol,endLine.endCol statements count"`);
    }
    const [, name, pos, stmtsText, countText] = m;
    const res = resolve(name!);
    if (!res.ok) {
      const u = this.unmapped.get(name!) ?? { why: res.why, blocks: 0 };
      u.blocks++;
      this.unmapped.set(name!, u);
      return;
    }
    let blocks = this.files.get(res.rel);
    if (!blocks) this.files.set(res.rel, (blocks = new Map()));
    const stmts = Number(stmtsText);
    const count = Number(countText);
    const prev = blocks.get(pos!);
    if (!prev) {
      blocks.set(pos!, [stmts, count]);
      this.blocks++;
      return;
    }
    if (prev[0] !== stmts) {
      throw new CoverProfileError(
        `coverage report ${where}: block ${name}:${pos} has ${stmts} statements but an earlier profile says ${prev[0]}; the profiles come from different sources — regenerate them from one checkout`,
      );
    }
    prev[1] = this.mode === 'set' ? (prev[1] > 0 || count > 0 ? 1 : 0) : prev[1] + count;
  }

  /** Profile text in chunks of lines (streamed by the writer). */
  *chunks(linesPerChunk = 4096): Generator<string> {
    if (!this.mode) return;
    let buf: string[] = [`mode: ${this.mode}`];
    for (const [file, blocks] of this.files) {
      for (const [pos, [stmts, count]] of blocks) {
        buf.push(`${file}:${pos} ${stmts} ${count}`);
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
      for (const [stmts, count] of blocks.values()) {
        c.statements += stmts;
        if (count > 0) c.covered += stmts;
      }
      out.set(file, c);
    }
    return out;
  }
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** Streams one coverprofile into the merge. */
export async function addProfile(merge: CoverageMerge, file: string, resolve: (name: string) => Resolution): Promise<void> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    merge.addLine(line, `${file}:${n}`, resolve, n === 1);
  }
  if (n === 0) throw new CoverProfileError(`coverage report ${file} is empty; expected a "mode: ..." line and blocks from go test -coverprofile`);
}
