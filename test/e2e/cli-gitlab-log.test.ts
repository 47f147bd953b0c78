// The bundled CLI as a GitLab job runs it (issue 15), real Debian Go 1.23 from its local GOROOT:
// inputs checked before any work, flags without values, env.sh and outputs.env per job, collapsible
// sections, plain-text summary and outputs in the log, a tool cache dir that is never empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/runner.js';

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-cli-log-'));
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.19\n');
  return dir;
}

function cli(args: string[], dir: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITLAB_CI: 'true', CI_PROJECT_DIR: dir, GOTELEMETRY: 'off', ...env },
    encoding: 'utf8',
  });
}

const leg = ['setup-go-matrix', '--go-version', '1.23', '--toolchain-source', 'local', '--cache-backend', 'dir'];

test('--cache maybe fails before Go is looked up or env.sh written; a value-less --cache-dir is refused', () => {
  const dir = project();
  const r = cli([...leg, '--cache-dir', 'c', '--cache', 'maybe'], dir, { CI_JOB_ID: '1' });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /error: input "cache" is "maybe", which is not a boolean; use "true" or "false"/);
  assert.doesNotMatch(r.stdout, /Install Go|section_start/, 'no work was started');
  assert.ok(!existsSync(path.join(dir, '.go-ci-kit', 'env.sh')));
  const size = cli([...leg, '--cache-dir', 'c', '--cache-dir-max-size', 'huge'], dir, { CI_JOB_ID: '1' });
  assert.equal(size.status, 1);
  assert.match(size.stderr, /input "cache-dir-max-size" is "huge", which is not a size/);
  assert.ok(!existsSync(path.join(dir, '.go-ci-kit', 'env.sh')));
  const bare = cli([...leg, '--cache-dir', '--cache', 'true'], dir);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /--cache-dir needs a value: --cache-dir VALUE, or --cache-dir=VALUE/);
  // A boolean alone is "true".
  const flag = cli([...leg, '--cache-dir', 'c', '--cache-on-failure', '--cache', 'nope'], dir);
  assert.doesNotMatch(flag.stderr, /cache-on-failure/);
});

test('a GitLab leg: collapsed sections, plain text in the log, env.sh and outputs.env afresh per job', () => {
  const dir = project();
  const out = path.join(dir, '.go-ci-kit');
  const first = cli([...leg, '--cache-dir', 'c'], dir, { CI_JOB_ID: '11' });
  assert.equal(first.status, 0, first.stdout + first.stderr);
  // ESC spelled out, so the patterns below hold no control characters.
  const log = first.stdout.replaceAll('\x1b', '<ESC>');
  const starts = [...log.matchAll(/<ESC>\[0Ksection_start:(\d+):([A-Za-z0-9_.-]+)\[collapsed=true\]\r<ESC>\[0K(.*)\n/g)];
  assert.deepEqual(
    starts.map((m) => m[3]),
    ['Install Go (go-version "1.23")', `Restore Go ${/go1\.23\.\d+|1\.23\.\d+/.exec(first.stdout)![0].replace('go', '')} caches`],
  );
  for (const m of starts)
    assert.ok(log.includes(`<ESC>[0Ksection_end:`) && new RegExp(`section_end:\\d+:${m[2]!}\\r<ESC>\\[0K\\n`).test(log));
  // The summary in plain text (its Markdown stays in summary.md), the outputs as a table, no JSON.
  assert.match(readFileSync(path.join(out, 'summary.md'), 'utf8'), /^\| cache \| key \|/m);
  assert.doesNotMatch(first.stdout, /^\s*\|.*\|\s*$|^#+ |<details>|^\{"/m);
  assert.match(first.stdout, /^Go 1\.23\.\d+ caches restored \(dir\)$/m);
  assert.match(first.stdout, /^ {2}cache +key +result /m);
  assert.match(first.stdout, /^outputs:\n {2}name +value\n( {2}.*\n)* {2}go-version +1\.23\.\d+$/m);
  // Go came from a local GOROOT: the tool cache that `cache: paths:` lists still has a file.
  assert.deepEqual(readdirSync(path.join(out, 'tool-cache')), ['README.txt']);

  const envLines = () => readFileSync(path.join(out, 'env.sh'), 'utf8').trim().split('\n');
  const once = envLines();
  // The same job again (a retry of the script line): one line per name, nothing appended.
  assert.equal(cli([...leg, '--cache-dir', 'c'], dir, { CI_JOB_ID: '11' }).status, 0);
  assert.deepEqual(envLines(), once);
  // The next job in the same project dir (kept by cache:, or gitlab-ci-local): afresh.
  writeFileSync(path.join(out, 'outputs.env'), 'STALE=1\n', { flag: 'a' });
  assert.equal(cli([...leg, '--cache-dir', 'c', '--cache', 'false'], dir, { CI_JOB_ID: '12' }).status, 0);
  assert.doesNotMatch(readFileSync(path.join(out, 'outputs.env'), 'utf8'), /STALE/);
  assert.equal(envLines().filter((l) => l.startsWith('export GOROOT=')).length, 1);
  assert.equal(new Set(envLines()).size, envLines().length);
});
