// Owns reading `go tool nm -size` output: one pure line parser and a streaming reader over the
// child's stdout, so memory grows with the symbols kept, never with the text of the listing.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describeCommand } from '../process/run.js';

/** One line of `go tool nm -size`: the symbol as the tool prints it. */
export interface NmSymbol {
  /** Raw name, archive member prefix removed. May contain spaces (type names). */
  name: string;
  /** nm code: T/t text, D/d data, B/b bss, R/r rodata, U undefined, C, ?, _ (file). */
  code: string;
  size: number;
  /** Archive member the symbol came from (`_go_.o`, `_x001.o`), '' for executables. */
  member: string;
}

// `%8x %10d %c %s`, address blank for U; archives prefix `file(member):\t`. We never pass -type:
// Go names contain spaces (`type:func(int) string`), so a trailing type column would be ambiguous.
// Parsed by hand on the bytes (no regex, no decoded chunk): a large binary lists tens of thousands of lines.
const SPACE = 32;
const SLASH = 47;
const NEWLINE = 10;
const OPEN_PAREN = 40;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102);

const MEMBER_END = Buffer.from('):\t');

/**
 * UTF-8 text of buf[from, to). Buffer's own utf8Slice where Node has it (20, 22, 24 all do): it is
 * what toString('utf8', from, to) calls after checking its arguments, and that check is most of the
 * cost on short names in code V8 has not optimized yet (bench/abi.ts: ~20 ms of a 23k-symbol pair
 * on Node 24, ~6 % of the run). toString where a Node lacks it.
 */
type Utf8Slicer = (buf: Buffer, from: number, to: number) => string;
/** Both ways to slice, the native one undefined on a Node without it (a test checks they agree). */
export const utf8Slicers: { native?: Utf8Slicer; portable: Utf8Slicer } = {
  native:
    typeof (Buffer.prototype as { utf8Slice?: unknown }).utf8Slice === 'function'
      ? (buf, from, to) => (buf as Buffer & { utf8Slice(from: number, to: number): string }).utf8Slice(from, to)
      : undefined,
  portable: (buf, from, to) => buf.toString('utf8', from, to),
};
const utf8Slice: Utf8Slicer = utf8Slicers.native ?? utf8Slicers.portable;

/** Parses one line of the listing (tests and single lines; streamNm parses in place). */
export function parseNmLine(text: string): NmSymbol | undefined {
  const out: NmSymbol = { name: '', code: '', size: 0, member: '' };
  const buf = Buffer.from(text, 'utf8');
  return parseLine(buf, 0, buf.length, out) ? out : undefined;
}

/**
 * Reads `[file(member):\t]address size code name` from buf[from, to) into out; false when that is
 * not a symbol line. Works on the bytes: only the name (and a member) become strings, each its own,
 * so no text of the listing outlives the chunk it came in. A member prefix is looked for only on
 * lines starting with '/': streamNm passes nm an absolute path.
 */
function parseLine(buf: Buffer, from: number, to: number, out: NmSymbol): boolean {
  let i = from;
  out.member = '';
  if (buf[i] === SLASH) {
    const tab = buf.indexOf(MEMBER_END, i);
    if (tab > 0 && tab < to) {
      const open = buf.lastIndexOf(OPEN_PAREN, tab);
      if (open >= i) out.member = utf8Slice(buf, open + 1, tab);
      i = tab + 3;
    }
  }
  while (i < to && buf[i] === SPACE) i++;
  const first = i;
  while (i < to && isHex(buf[i]!)) i++;
  const firstEnd = i;
  while (i < to && buf[i] === SPACE) i++;
  let sizeAt = i;
  if (i > firstEnd && i < to && isDigit(buf[i]!)) {
    // address, then size
    while (i < to && isDigit(buf[i]!)) i++;
  } else {
    // one number: the size (undefined symbols have a blank address)
    sizeAt = first;
    i = firstEnd;
  }
  if (i === sizeAt || i + 2 >= to || buf[i] !== SPACE || buf[i + 2] !== SPACE) return false;
  let size = 0;
  for (let k = sizeAt; k < i; k++) {
    const c = buf[k]!;
    if (!isDigit(c)) return false;
    size = size * 10 + (c - 48);
  }
  out.name = utf8Slice(buf, i + 3, to);
  out.code = String.fromCharCode(buf[i + 1]!);
  out.size = size;
  return true;
}

export class NmError extends Error {
  override name = 'NmError';
}

export interface NmRunOptions {
  env?: NodeJS.ProcessEnv;
  /** Names the input in error messages, e.g. `base "dist/app"`. */
  label: string;
}

/** Where streamNm hands the symbols: an object whose class has an `add` method (see streamNm). */
export interface NmSink {
  add(s: Readonly<NmSymbol>): void;
}

/**
 * Splits a listing's chunks into lines and parses each where it lies; only a partial last line is
 * carried over. A class, not closures per run: both sides' listings run through the same methods
 * (and the same sink class), so V8 optimizes each once instead of deoptimizing on the second
 * side's closures (measured with --trace-deopt in bench/abi.ts runs: "wrong call target").
 */
class NmReader {
  count = 0;
  unparsed = '';
  private carry: Buffer | undefined;
  private readonly scratch: NmSymbol = { name: '', code: '', size: 0, member: '' };

  constructor(private readonly sink: NmSink) {}

  push(b: Buffer): void {
    let start = 0;
    let nl = b.indexOf(NEWLINE);
    if (this.carry !== undefined) {
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, b]);
        return;
      }
      const line = Buffer.concat([this.carry, b.subarray(0, nl)]);
      this.line(line, 0, line.length);
      this.carry = undefined;
      start = nl + 1;
      nl = b.indexOf(NEWLINE, start);
    }
    for (; nl >= 0; nl = b.indexOf(NEWLINE, start)) {
      this.line(b, start, nl);
      start = nl + 1;
    }
    if (start < b.length) this.carry = Buffer.from(b.subarray(start));
  }

  end(): void {
    if (this.carry !== undefined) this.line(this.carry, 0, this.carry.length);
    this.carry = undefined;
  }

  private line(buf: Buffer, from: number, to: number): void {
    if (parseLine(buf, from, to, this.scratch)) {
      this.count++;
      this.sink.add(this.scratch);
    } else if (!this.unparsed) {
      const text = buf.toString('utf8', from, to);
      if (text.trim() !== '') this.unparsed = text;
    }
  }
}

/**
 * nm's environment when the nm tool binary is run directly (go-command.ts goToolCommand): Go's
 * collector off unless the user set GOGC, with a GOMEMLIMIT (unless set) so that it still collects
 * past 512 MiB. nm is a short-lived reader whose heap stays small (~13 MB reading an 18 MB cmd/go;
 * it maps the file), and without collections it finishes ~12 ms (15 %) sooner per run (bench/abi.ts
 * prints the floor both ways). Through `go tool nm` the env is left as given: the go command may
 * build the tool first (Go 1.24+ ships fewer of them prebuilt), and a compiler should collect.
 */
function nmEnv(command: readonly string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (command.length !== 1 || env.GOGC !== undefined) return env;
  return { ...env, GOGC: 'off', GOMEMLIMIT: env.GOMEMLIMIT ?? '512MiB' };
}

/**
 * Runs `go tool nm -size -sort none <file>` (`command` is the nm tool itself or `[go, 'tool', 'nm']`,
 * see goToolCommand) and hands every parsed line to `sink` (or a function) as it arrives. The
 * symbol object is reused for the next line: copy what you keep. Resolves with the number of lines
 * read; rejects with the tool's own message on failure.
 */
export function streamNm(
  command: readonly [string, ...string[]],
  file: string,
  sink: NmSink | ((s: Readonly<NmSymbol>) => void),
  opts: NmRunOptions,
): Promise<number> {
  // Absolute, so a member prefix (`/abs/x.a(_go_.o):\t`) is the only kind of line that starts with '/'.
  const [bin, ...pre] = command;
  const args = [...pre, '-size', '-sort', 'none', path.resolve(file)];
  const reader = new NmReader(typeof sink === 'function' ? { add: sink } : sink);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: nmEnv(command, opts.env ?? process.env), stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 8192) stderr += b.toString();
    });
    child.stdout.on('data', (b: Buffer) => reader.push(b));
    const drained = new Promise<void>((res) =>
      child.stdout.on('close', () => {
        reader.end();
        res();
      }),
    );
    child.on('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'ENOENT' ? `${bin} was not found` : e.message;
      reject(new NmError(`${opts.label}: cannot run ${describeCommand(bin, args)}: ${why}`));
    });
    const exited = new Promise<number>((res) => child.on('close', (code) => res(code ?? 1)));
    void Promise.all([exited, drained]).then(([code]) => {
      if (code !== 0) {
        reject(new NmError(`${opts.label}: ${describeCommand(bin, args)} failed (exit ${code}): ${stderr.trim() || 'no output'}`));
      } else if (reader.unparsed && reader.count === 0) {
        reject(new NmError(`${opts.label}: unexpected go tool nm output: ${JSON.stringify(reader.unparsed.slice(0, 200))}`));
      } else resolve(reader.count);
    });
  });
}
