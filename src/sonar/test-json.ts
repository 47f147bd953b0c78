// `go test -json` streams: every event's Package made a directory relative to the project base
// dir (what the analyzer can match to indexed test files), noise lines dropped and counted. A
// stream that stops early (go test killed, file cut) is recognised: tests and packages that
// started and never finished are listed per file.
import { createReadStream, closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Resolution } from './project-paths.js';
import { clip, printable } from './text.js';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface TestEvent {
  Action?: string;
  Package?: string;
  Test?: string;
  [k: string]: unknown;
}

/** What one input stream left unfinished. */
export interface Unfinished {
  /** "pkg TestName" of tests with a run event and no pass/fail/skip. */
  tests: string[];
  /** Packages with events but no final pass/fail/skip of their own. */
  packages: string[];
  /** The last line has no newline and is no JSON event: the file was cut mid-line. */
  cutLine: boolean;
}

const finals = new Set(['pass', 'fail', 'skip']);

function endsWithNewline(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, size - 1);
    return b[0] === 10;
  } finally {
    closeSync(fd);
  }
}

export class TestJsonRewrite {
  events = 0;
  /** Lines that were not JSON objects (build output, stray prints): dropped, first few kept for messages. */
  noise = 0;
  readonly noiseExamples: string[] = [];
  /** Import path → tests by outcome, before rewriting. */
  readonly perPackage = new Map<string, TestCounts>();
  readonly unmapped = new Map<string, string>();
  /** Input file → events read from it. */
  readonly eventsIn = new Map<string, number>();
  /** Input file → what it left unfinished (only files that did). */
  readonly unfinished = new Map<string, Unfinished>();
  private running = new Set<string>();
  private open = new Set<string>();

  constructor(private readonly resolve: (importPath: string) => Resolution) {}

  /** Rewritten line, or undefined for a noise line. */
  line(text: string, where: string): string | undefined {
    if (text.trim() === '') return undefined;
    let ev: TestEvent;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      ev = parsed as TestEvent;
    } catch {
      this.noise++;
      if (this.noiseExamples.length < 3) this.noiseExamples.push(`${printable(where)}: ${clip(text, 80)}`);
      return undefined;
    }
    this.events++;
    if (typeof ev.Package !== 'string') return text;
    this.track(ev, ev.Package);
    const res = this.resolve(ev.Package);
    if (!res.ok) {
      this.unmapped.set(ev.Package, res.why);
      return text;
    }
    return JSON.stringify({ ...ev, Package: res.rel });
  }

  private track(ev: TestEvent, pkg: string): void {
    const test = typeof ev.Test === 'string' ? ev.Test : undefined;
    const action = typeof ev.Action === 'string' ? ev.Action : '';
    if (test === undefined) {
      if (finals.has(action)) this.open.delete(pkg);
      else this.open.add(pkg);
      return;
    }
    this.open.add(pkg);
    const key = `${pkg} ${test}`;
    if (action === 'run') this.running.add(key);
    if (!finals.has(action)) return;
    this.running.delete(key);
    let c = this.perPackage.get(pkg);
    if (!c) this.perPackage.set(pkg, (c = { passed: 0, failed: 0, skipped: 0 }));
    if (action === 'pass') c.passed++;
    else if (action === 'fail') c.failed++;
    else c.skipped++;
  }

  /** Streams the given files' rewritten lines in chunks. */
  async *rewrite(files: readonly string[]): AsyncGenerator<string> {
    for (const file of files) {
      this.running = new Set();
      this.open = new Set();
      let lastNoise = false;
      const eventsBefore = this.events;
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      let n = 0;
      let buf: string[] = [];
      for await (const text of lines) {
        n++;
        const noise = this.noise;
        const out = this.line(text, `${file}:${n}`);
        lastNoise = this.noise > noise;
        if (out !== undefined) buf.push(out);
        if (buf.length >= 2048) {
          yield buf.join('\n') + '\n';
          buf = [];
        }
      }
      if (buf.length) yield buf.join('\n') + '\n';
      this.eventsIn.set(file, this.events - eventsBefore);
      const cutLine = lastNoise && !endsWithNewline(file);
      if (this.running.size > 0 || this.open.size > 0 || cutLine) {
        this.unfinished.set(file, { tests: [...this.running].sort(), packages: [...this.open].sort(), cutLine });
      }
    }
  }
}

/** One line saying what a truncated stream left unfinished. */
export function describeUnfinished(file: string, u: Unfinished): string {
  const parts: string[] = [];
  if (u.tests.length > 0) {
    parts.push(
      `${u.tests.length} test(s) started and never finished (${u.tests.slice(0, 5).map(printable).join(', ')}${u.tests.length > 5 ? ', ...' : ''})`,
    );
  }
  const pkgs = u.packages.filter((p) => !u.tests.some((t) => t.startsWith(`${p} `)));
  if (pkgs.length > 0) parts.push(`${pkgs.length} package(s) without a final result (${pkgs.slice(0, 5).map(printable).join(', ')})`);
  if (u.cutLine) parts.push('its last line is cut off');
  return `test report ${printable(file)} is incomplete: ${parts.join('; ')} — the go test -json stream was cut short (killed, timed out, or the file truncated); rerun go test`;
}
