// What sonar-go-compat runs itself per module: go test -json -coverprofile, and go vet. Outputs
// land in files so the converters treat them exactly like user-supplied reports.
import { closeSync, openSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describeCommand } from '../process/run.js';
import { goRun, type GoCommand } from './go-command.js';
import type { GoModule } from './modules.js';

export interface ModuleTestRun {
  module: GoModule;
  json: string;
  cover: string;
  exitCode: number;
}

/** Runs `go test -json -coverprofile=... [flags] ./...`, stdout streamed to a file. */
export async function runModuleTests(
  go: GoCommand,
  mod: GoModule,
  dir: string,
  index: number,
  flags: readonly string[],
): Promise<ModuleTestRun> {
  const json = path.join(dir, `test-${index}.json`);
  const cover = path.join(dir, `cover-${index}.out`);
  const args = ['test', '-json', `-coverprofile=${cover}`, ...flags, './...'];
  const fd = openSync(json, 'w');
  let stderr = '';
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(go.bin, args, { cwd: mod.dir, env: { ...go.env, ...mod.env }, stdio: ['ignore', fd, 'pipe'] });
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  }).finally(() => closeSync(fd));
  // Exit 1 with events = failing tests (reported, not thrown); no events = go test could not run.
  if (code !== 0 && statSync(json).size === 0) {
    throw new Error(
      `${describeCommand(go.bin, args)} in ${mod.dir} exited with code ${code} and printed no test events:\n${stderr.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
  return { module: mod, json, cover, exitCode: code };
}

/** go vet's findings text (it prints them on stderr and exits 1 when it finds something). */
export async function runModuleVet(go: GoCommand, mod: GoModule): Promise<string> {
  const r = await goRun(go, ['vet', './...'], mod.dir, mod.env, false);
  if (r.code !== 0 && !/^.+\.go:\d+/m.test(r.stderr)) {
    throw new Error(
      `go vet ./... in ${mod.dir} failed without findings (exit ${r.code}):\n${r.stderr.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
  return r.stderr;
}
