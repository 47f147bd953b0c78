// Packs this repo with `npm pack` (the tarball users get from the registry) into a temp dir,
// and runs shell commands with the Debian Go toolchains; shared by the pack and GitLab tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './runner.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a program (argv, no shell) and returns its output; never throws on a non-zero exit. */
export function runProgram(file: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Run {
  const r = spawnSync(file, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** `npm pack` of the working tree (committed dist/ must be built) into a fresh temp dir. */
export function packTarball(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-pack-'));
  const r = runProgram('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], { cwd: repoRoot });
  if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack wrote no tarball in ${dir}`);
  return path.join(dir, tgz);
}

/** A temp copy of test/fixtures/sample-module. */
export function sampleModuleCopy(into?: string): string {
  const dest = into ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-sample-')), 'sample-module');
  cpSync(path.join(repoRoot, 'test', 'fixtures', 'sample-module'), dest, { recursive: true });
  return dest;
}

/** npm's env for tests: only the local cache, never the registry. */
export function offlineNpmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}
