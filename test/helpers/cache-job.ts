// Drives the cache half of setup-go-matrix in-process (restoreCaches in "main", saveCaches in
// "post") with a file runtime that records every message, for integration tests and the bench.
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { restoreCaches, saveCaches } from '../../src/cache/index.js';
import { cacheInputs } from '../../src/actions/setup-go-matrix/cache-inputs.js';
import type { ActionContext } from '../../src/ci/action.js';
import { FileRuntime } from '../../src/ci/file-runtime.js';
import { Inputs } from '../../src/ci/inputs.js';
import type { CiEvent } from '../../src/ci/runtime.js';
import type { GoLeg } from '../../src/go/leg.js';

export interface Line {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  message: string;
}

export class RecordingRuntime extends FileRuntime {
  readonly lines: Line[] = [];
  fork = false;
  override debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  override info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  override notice(message: string): void {
    this.lines.push({ level: 'notice', message });
  }
  override warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  override error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  override event(): CiEvent {
    return { ...super.event(), name: this.fork ? 'pull_request' : 'push', fromFork: this.fork };
  }
  of(level: Line['level']): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.message);
  }
}

export interface StepRun {
  rt: RecordingRuntime;
  outputs: Record<string, string>;
}

/** One job of one leg: main (restore) then, after the caller's build, post (save). */
export class CacheJob {
  readonly outDir = mkdtempSync(path.join(os.tmpdir(), 'gck-cachejob-'));
  constructor(
    readonly leg: GoLeg,
    readonly inputs: Record<string, string>,
    readonly opts: { fork?: boolean } = {},
  ) {}

  private context(): { rt: RecordingRuntime; ctx: ActionContext } {
    const rt = new RecordingRuntime({
      kind: 'local',
      outDir: this.outDir,
      action: 'setup-go-matrix',
      inputs: new Map(Object.entries(this.inputs)),
      env: { ...process.env },
    });
    rt.fork = this.opts.fork ?? false;
    return { rt, ctx: { rt, inputs: new Inputs(rt, cacheInputs) } };
  }

  async main(): Promise<StepRun> {
    const { rt, ctx } = this.context();
    await restoreCaches(ctx, this.leg);
    return { rt, outputs: Object.fromEntries(rt.outputs) };
  }

  async post(jobStatus = 'success'): Promise<StepRun> {
    const { rt } = this.context();
    await saveCaches({ rt, inputs: new Inputs({ rawInput: (n) => (n === 'job-status' ? jobStatus : rt.rawInput(n)) }, cacheInputs) });
    return { rt, outputs: Object.fromEntries(rt.outputs) };
  }
}
