// Owns reading `go tool nm -size` output: one pure line parser and a streaming reader over the
// child's stdout, so memory grows with the symbols kept, never with the text of the listing.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
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
// Parsed by hand (no regex, no intermediate strings): a large binary lists tens of thousands of lines.
const SPACE = 32;
const SLASH = 47;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102);

export function parseNmLine(text: string): NmSymbol | undefined {
  const out: NmSymbol = { name: '', code: '', size: 0, member: '' };
  let from = 0;
  const tab = text.indexOf('):\t');
  if (tab > 0) {
    const open = text.lastIndexOf('(', tab);
    out.member = open >= 0 ? text.slice(open + 1, tab) : '';
    from = tab + 3;
  }
  return parseFields(text, from, text.length, out) ? out : undefined;
}

/** Reads `address size code name` from text[from, to) into out; false when that is not a symbol line. */
function parseFields(text: string, from: number, to: number, out: NmSymbol): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  const first = i;
  while (i < to && isHex(text.charCodeAt(i))) i++;
  const firstEnd = i;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  let sizeAt = i;
  if (i > firstEnd && i < to && isDigit(text.charCodeAt(i))) {
    // address, then size
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  } else {
    // one number: the size (undefined symbols have a blank address)
    sizeAt = first;
    i = firstEnd;
  }
  if (i === sizeAt || i + 2 >= to || text.charCodeAt(i) !== SPACE || text.charCodeAt(i + 2) !== SPACE) return false;
  let size = 0;
  for (let k = sizeAt; k < i; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c)) return false;
    size = size * 10 + (c - 48);
  }
  out.name = text.slice(i + 3, to);
  out.code = text[i + 1]!;
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

/**
 * Runs `go tool nm -size -sort none <file>` (`command`: the nm tool, or `[go, 'tool', 'nm']`) and hands every parsed line to `onSymbol` as it
 * arrives. The symbol object is reused for the next line: copy what you keep. Resolves with the
 * number of lines read; rejects with the tool's own message on failure.
 */
export function streamNm(command: readonly [string, ...string[]], file: string, onSymbol: (s: Readonly<NmSymbol>) => void, opts: NmRunOptions): Promise<number> {
  // Absolute, so a member prefix (`/abs/x.a(_go_.o):\t`) is the only kind of line that starts with '/'.
  const [bin, ...pre] = command;
  const args = [...pre, '-size', '-sort', 'none', path.resolve(file)];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let stderr = '';
    let count = 0;
    let unparsed = '';
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 8192) stderr += b.toString();
    });
    const scratch: NmSymbol = { name: '', code: '', size: 0, member: '' };
    // Most lines are parsed where they lie in the chunk; lines with a member prefix are cut out first.
    const onLine = (text: string, from: number, to: number): void => {
      let sym: NmSymbol | undefined = scratch;
      if (text.charCodeAt(from) === SLASH) sym = parseNmLine(text.slice(from, to));
      else if (!parseFields(text, from, to, scratch)) sym = undefined;
      if (sym) {
        count++;
        onSymbol(sym);
      } else if (!unparsed && text.slice(from, to).trim() !== '') unparsed = text.slice(from, to);
    };
    // Lines are cut from each chunk as it arrives; only a partial last line is carried over.
    const decoder = new StringDecoder('utf8');
    let pending = '';
    child.stdout.on('data', (b: Buffer) => {
      const text = pending + decoder.write(b);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        onLine(text, start, nl);
        start = nl + 1;
      }
      pending = text.slice(start);
    });
    const drained = new Promise<void>((res) =>
      child.stdout.on('close', () => {
        const rest = pending + decoder.end();
        if (rest) onLine(rest, 0, rest.length);
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
      } else if (unparsed && count === 0) {
        reject(new NmError(`${opts.label}: unexpected go tool nm output: ${JSON.stringify(unparsed.slice(0, 200))}`));
      } else resolve(count);
    });
  });
}
