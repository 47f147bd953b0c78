// `go test -json` streams: every event's Package made a directory relative to the project base
// dir (what the analyzer can match to indexed test files), noise lines dropped and counted.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Resolution } from './project-paths.js';

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

export class TestJsonRewrite {
  events = 0;
  /** Lines that were not JSON objects (build output, stray prints): dropped, first few kept for messages. */
  noise = 0;
  readonly noiseExamples: string[] = [];
  /** Import path → tests by outcome, before rewriting. */
  readonly perPackage = new Map<string, TestCounts>();
  readonly unmapped = new Map<string, string>();

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
      if (this.noiseExamples.length < 3) this.noiseExamples.push(`${where}: ${text.length > 80 ? text.slice(0, 77) + '...' : text}`);
      return undefined;
    }
    this.events++;
    if (typeof ev.Package !== 'string') return text;
    if (ev.Test && (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip')) {
      let c = this.perPackage.get(ev.Package);
      if (!c) this.perPackage.set(ev.Package, (c = { passed: 0, failed: 0, skipped: 0 }));
      if (ev.Action === 'pass') c.passed++;
      else if (ev.Action === 'fail') c.failed++;
      else c.skipped++;
    }
    const res = this.resolve(ev.Package);
    if (!res.ok) {
      this.unmapped.set(ev.Package, res.why);
      return text;
    }
    return JSON.stringify({ ...ev, Package: res.rel });
  }

  /** Streams the given files' rewritten lines in chunks. */
  async *rewrite(files: readonly string[]): AsyncGenerator<string> {
    for (const file of files) {
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      let n = 0;
      let buf: string[] = [];
      for await (const text of lines) {
        n++;
        const out = this.line(text, `${file}:${n}`);
        if (out !== undefined) buf.push(out);
        if (buf.length >= 2048) {
          yield buf.join('\n') + '\n';
          buf = [];
        }
      }
      if (buf.length) yield buf.join('\n') + '\n';
    }
  }
}
