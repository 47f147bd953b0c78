// vetpprof: a large module-based Go program that builds offline with every tested Go (1.19 on).
// The module is test/fixtures/vetpprof/main.go (go vet's analyzers and the pprof driver) with
// Debian Go 1.22's GOROOT/src/cmd/vendor as its vendor directory, and a go.mod requiring exactly the
// modules vendor/modules.txt marks explicit: real golang.org/x and github.com modules, no proxy.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { debianGoroot, goBin, type TestedMinor } from './go.js';
import { repoRoot } from './runner.js';

/** Writes the module under dir (once) and returns its directory. */
export function vetpprofModule(dir: string): string {
  const mod = path.join(dir, 'vetpprof-module');
  if (existsSync(path.join(mod, 'go.mod'))) return mod;
  rmSync(mod, { recursive: true, force: true });
  cpSync(path.join(debianGoroot('1.22'), 'src', 'cmd', 'vendor'), path.join(mod, 'vendor'), { recursive: true });
  const requires: string[] = [];
  let current = '';
  for (const line of readFileSync(path.join(mod, 'vendor', 'modules.txt'), 'utf8').split('\n')) {
    if (line.startsWith('# ')) current = line.slice(2).trim();
    else if (line.startsWith('## explicit') && current) requires.push(`\t${current}`);
  }
  mkdirSync(path.join(mod, 'cmd', 'vetpprof'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'vetpprof', 'main.go'), path.join(mod, 'cmd', 'vetpprof', 'main.go'));
  writeFileSync(path.join(mod, 'go.mod'), `module example.com/vetpprof\n\ngo 1.19\n\nrequire (\n${requires.join('\n')}\n)\n`);
  return mod;
}

/** Builds cmd/vetpprof with a Debian Go (-trimpath, -mod=vendor, offline) into out; resolves with out. */
export async function buildVetPprof(minor: TestedMinor, mod: string, out: string, gocache: string): Promise<string> {
  if (existsSync(out)) return out;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOCACHE: gocache,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=vendor',
    GOPROXY: 'off',
  };
  await promisify(execFile)(goBin(minor), ['build', '-trimpath', '-o', out, './cmd/vetpprof'], { cwd: mod, env });
  return out;
}
