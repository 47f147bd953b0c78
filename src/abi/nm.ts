// Owns reading `go tool nm -size` output: one pure line parser and a streaming reader over the
// child's stdout, so memory grows with the symbols kept, never with the text of the listing.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
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
const line = /^ *([0-9a-f]*) +(\d+) (.) (.*)$/;

export function parseNmLine(text: string): NmSymbol | undefined {
  let member = '';
  let rest = text;
  const tab = text.indexOf('):\t');
  if (tab > 0) {
    const open = text.lastIndexOf('(', tab);
    member = open >= 0 ? text.slice(open + 1, tab) : '';
    rest = text.slice(tab + 3);
  }
  const m = line.exec(rest);
  if (!m) return undefined;
  return { name: m[4]!, code: m[3]!, size: Number(m[2]), member };
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
 * Runs `<go> tool nm -size -sort none <file>` and hands every parsed line to `onSymbol` as it
 * arrives. Resolves with the number of lines read; rejects with the tool's own message on failure.
 */
export function streamNm(goBin: string, file: string, onSymbol: (s: NmSymbol) => void, opts: NmRunOptions): Promise<number> {
  const args = ['tool', 'nm', '-size', '-sort', 'none', file];
  return new Promise((resolve, reject) => {
    const child = spawn(goBin, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let stderr = '';
    let count = 0;
    let unparsed = '';
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 8192) stderr += b.toString();
    });
    const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
    rl.on('line', (text) => {
      const sym = parseNmLine(text);
      if (sym) {
        count++;
        onSymbol(sym);
      } else if (!unparsed && text.trim() !== '') unparsed = text;
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'ENOENT' ? 'the go command was not found' : e.message;
      reject(new NmError(`${opts.label}: cannot run ${describeCommand(goBin, args)}: ${why}`));
    });
    const exited = new Promise<number>((res) => child.on('close', (code) => res(code ?? 1)));
    const drained = new Promise<void>((res) => rl.on('close', () => res()));
    void Promise.all([exited, drained]).then(([code]) => {
      if (code !== 0) {
        reject(new NmError(`${opts.label}: ${describeCommand(goBin, args)} failed (exit ${code}): ${stderr.trim() || 'no output'}`));
      } else if (unparsed && count === 0) {
        reject(new NmError(`${opts.label}: unexpected go tool nm output: ${JSON.stringify(unparsed.slice(0, 200))}`));
      } else resolve(count);
    });
  });
}
