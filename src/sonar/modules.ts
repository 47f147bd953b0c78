// Which Go modules live under the project base dir, and where each package is on disk. Paths
// come from the go command (`go list -m`, `go list ./...`), never from guessing at strings.
import * as path from 'node:path';
import { listFiles } from '../fs/tree.js';
import { goRun, type GoCommand } from './go-command.js';

export interface GoModule {
  /** Module path from go.mod, e.g. example.com/api. */
  path: string;
  /** Absolute directory of go.mod. */
  dir: string;
  /** Env for go commands in this module: GOWORK=off when a go.work above does not use it. */
  env: NodeJS.ProcessEnv;
  /** go.work in effect, if any. */
  workFile?: string;
}

/** Directories never searched for go.mod: the go command ignores them too. */
export function skippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('_') || name.startsWith('.');
}

/** Absolute dirs of every go.mod under root (root included), skipping what the go command skips. */
export async function findGoModDirs(root: string): Promise<string[]> {
  const abs = path.resolve(root);
  const files = await listFiles(abs, { skip: (name, _dir, isDirectory) => isDirectory && skippedDir(name) });
  return files
    .filter((f) => path.basename(f) === 'go.mod')
    .map((f) => path.join(abs, path.dirname(f)))
    .sort();
}

interface WorkEdit {
  Use?: { DiskPath: string }[];
}

/** Discovers modules and how to address each one with the go command. */
export async function discoverModules(go: GoCommand, root: string): Promise<GoModule[]> {
  const modules: GoModule[] = [];
  for (const dir of await findGoModDirs(root)) {
    const env: NodeJS.ProcessEnv = {};
    const workFile = (await goRun(go, ['env', 'GOWORK'], dir)).stdout.trim();
    let inWork = false;
    if (workFile !== '' && workFile !== 'off') {
      const edit = JSON.parse((await goRun(go, ['work', 'edit', '-json', workFile], dir)).stdout) as WorkEdit;
      const workDir = path.dirname(workFile);
      inWork = (edit.Use ?? []).some((u) => path.resolve(workDir, u.DiskPath) === dir);
      // A module outside the workspace can only be addressed with the workspace turned off.
      if (!inWork) env.GOWORK = 'off';
    }
    const listed = (await goRun(go, ['list', '-m', '-f', '{{.Path}} {{.Dir}}'], dir, env)).stdout;
    const own = listed
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => ({ path: l.slice(0, l.indexOf(' ')), dir: l.slice(l.indexOf(' ') + 1) }))
      .find((m) => path.resolve(m.dir) === dir);
    if (!own) throw new Error(`go list -m in ${dir} did not list the module of ${path.join(dir, 'go.mod')}:\n${listed}`);
    modules.push({ path: own.path, dir, env, ...(inWork ? { workFile } : {}) });
  }
  return modules;
}

/** import path → absolute package directory, for every package of the module (tests included). */
export async function packageDirs(go: GoCommand, mod: GoModule): Promise<Map<string, string>> {
  const r = await goRun(go, ['list', '-e', '-f', '{{.ImportPath}} {{.Dir}}', './...'], mod.dir, mod.env);
  const map = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const i = line.indexOf(' ');
    if (i > 0) map.set(line.slice(0, i), line.slice(i + 1));
  }
  return map;
}
