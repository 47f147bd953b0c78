// The platform seam's honesty checks (issue 15): CLI flags without values, every choice and
// boolean input checked before work, env.sh/outputs.env one line per name and per job, GitLab's
// plain-text log rendering and collapsible sections, and the module size measure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isGitLabJob, parseArgs } from '../../src/ci/cli.js';
import { FileRuntime } from '../../src/ci/file-runtime.js';
import { Inputs } from '../../src/ci/inputs.js';
import { markdownToPlain, outputsTable, sectionEnd, sectionName, sectionStart } from '../../src/ci/plain-text.js';
import { actions } from '../../src/actions/registry.js';
import { moduleSize } from '../../src/abi/module-size.js';
import type { PairResult } from '../../src/abi/compare.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'gck-honest-'));

test('cli: a boolean flag alone is "true"; any other flag without a value is refused, naming the fix', () => {
  assert.equal(parseArgs(['setup-go-matrix', '--cache', '--go-version', '1.23'], actions).inputs.get('cache'), 'true');
  assert.equal(parseArgs(['abi-diff', '--deny-new-dynamic'], actions).inputs.get('deny-new-dynamic'), 'true');
  assert.throws(
    () => parseArgs(['setup-go-matrix', '--cache-dir', '--go-version', '1.23'], actions),
    /--cache-dir needs a value: --cache-dir VALUE, or --cache-dir=VALUE when the value starts with "--" \(--cache-dir= for an empty value\)/,
  );
  assert.throws(() => parseArgs(['abi-diff', '--max-size-growth'], actions), /--max-size-growth needs a value/);
  assert.throws(() => parseArgs(['abi-diff', '--out-dir'], actions), /--out-dir needs a value/);
  assert.equal(parseArgs(['abi-diff', '--build-flags=--tags=x'], actions).inputs.get('build-flags'), '--tags=x');
  assert.equal(parseArgs(['abi-diff', '--max-size-growth='], actions).inputs.get('max-size-growth'), '');
});

test('inputs: validate() checks every choice and boolean input of the table before any work', () => {
  const def = actions.find((a) => a.name === 'setup-go-matrix')!;
  const inputs = (given: Record<string, string>) => new Inputs({ rawInput: (n) => given[n] }, def.inputs);
  assert.doesNotThrow(() => inputs({}).validate());
  assert.throws(() => inputs({ cache: 'maybe' }).validate(), /input "cache" is "maybe", which is not a boolean; use "true" or "false"/);
  assert.throws(() => inputs({ 'cache-save': 'sometimes' }).validate(), /input "cache-save" is "sometimes"; expected one of: "auto"/);
  const abi = actions.find((a) => a.name === 'abi-diff')!;
  assert.throws(
    () => new Inputs({ rawInput: (n) => (n === 'size-scope' ? 'program' : undefined) }, abi.inputs).validate(),
    /input "size-scope" is "program"; expected one of: "module", "binary"/,
  );
});

test('env.sh and outputs.env: one line per name, PATH entries once, and a new GitLab job starts afresh', () => {
  const outDir = path.join(tmp(), '.go-ci-kit');
  const rt = (job: string) =>
    new FileRuntime({ kind: 'gitlab', outDir, action: 'setup-go-matrix', inputs: new Map(), env: { CI_JOB_ID: job } });
  const a = rt('101');
  a.exportVariable('GOROOT', '/usr/lib/go-1.19');
  a.addPath('/usr/lib/go-1.19/bin');
  a.setOutput('go-version', '1.19.8');
  a.exportVariable('GOROOT', '/usr/lib/go-1.23');
  a.addPath('/usr/lib/go-1.23/bin');
  a.addPath('/usr/lib/go-1.19/bin');
  a.setOutput('go-version', '1.23.5');
  const env = readFileSync(path.join(outDir, 'env.sh'), 'utf8');
  assert.equal(
    env,
    [
      `export GOROOT='/usr/lib/go-1.23'`,
      `export PATH='/usr/lib/go-1.23/bin':"$PATH"`,
      `export PATH='/usr/lib/go-1.19/bin':"$PATH"`,
      '',
    ].join('\n'),
  );
  assert.equal(readFileSync(a.dotenvFile, 'utf8'), 'GO_VERSION=1.23.5\n');
  // Same job (main, then --post in the same job): kept.
  rt('101').setOutput('cache-hit', 'true');
  assert.equal(readFileSync(a.dotenvFile, 'utf8'), 'GO_VERSION=1.23.5\nCACHE_HIT=true\n');
  // The next job (a project dir kept by cache: or reused by gitlab-ci-local): nothing of job 101 left.
  const b = rt('102');
  b.setOutput('go-version', '1.22.1');
  assert.equal(readFileSync(b.dotenvFile, 'utf8'), 'GO_VERSION=1.22.1\n');
  assert.throws(() => readFileSync(path.join(outDir, 'env.sh'), 'utf8'), /ENOENT/);
  assert.deepEqual(JSON.parse(readFileSync(b.outputsFile, 'utf8')), { 'go-version': '1.22.1' });
});

test('GitLab log: Markdown summaries become aligned plain text; outputs a table; sections collapse', () => {
  const md = [
    '### Go 1.23.5 caches restored (dir)',
    '',
    '| cache | key | result |',
    '| --- | --- | --- |',
    '| modules | `go-ci-kit-v1-mod-x` | hit |',
    '| build | `k\\|2` | prefix-hit |',
    '',
    '<details><summary>Size by package (2 changed)</summary>',
    '',
    '**bold** and [link](https://x)',
    '</details>',
  ].join('\n');
  assert.equal(
    markdownToPlain(md),
    [
      'Go 1.23.5 caches restored (dir)',
      '',
      '  cache    key                 result',
      '  modules  go-ci-kit-v1-mod-x  hit',
      '  build    k|2                 prefix-hit',
      '',
      'Size by package (2 changed)',
      '',
      'bold and link',
      '',
    ].join('\n'),
  );
  assert.equal(
    outputsTable(
      new Map([
        ['go-version', '1.23.5'],
        ['report', 'a\nb'],
      ]),
    ),
    'outputs:\n  name        value\n  go-version  1.23.5\n  report      a (+1 lines)\n',
  );
  const at = new Date(1_700_000_000_000);
  const name = sectionName('Install Go (go-version "1.23")', 1);
  assert.match(name, /^[A-Za-z0-9_.-]+$/);
  assert.equal(sectionStart(name, 'Install Go', at), `\x1b[0Ksection_start:1700000000:${name}[collapsed=true]\r\x1b[0KInstall Go\n`);
  assert.equal(sectionEnd(name, at), `\x1b[0Ksection_end:1700000000:${name}\r\x1b[0K\n`);
});

test('GitLab tool cache dir is never empty (cache: paths lists it; a local GOROOT downloads nothing)', () => {
  const outDir = path.join(tmp(), '.go-ci-kit');
  const rt = new FileRuntime({ kind: 'gitlab', outDir, action: 'x', inputs: new Map(), env: {} });
  assert.match(readFileSync(path.join(rt.toolCacheDir(), 'README.txt'), 'utf8'), /empty when Go came from a local GOROOT/);
});

test("module size: main and the main module's packages of executables, an archive's own package", () => {
  const pair = (facts: { mainModule?: string; importPath?: string }, packages: [string, number, number][]): PairResult =>
    ({
      name: 'x',
      base: { ...facts },
      head: { ...facts },
      build: [],
      symbols: { packages: packages.map(([pkg, base, head]) => ({ pkg, base, head, delta: head - base })) },
    }) as unknown as PairResult;
  const exe = pair({ mainModule: 'example.com/app' }, [
    ['runtime', 1000, 1200],
    ['main', 100, 101],
    ['example.com/app/api', 50, 52],
    ['example.com/application', 7, 9],
    ['github.com/dep/x', 30, 60],
    ['(type descriptors)', 10, 20],
  ]);
  assert.deepEqual(moduleSize([exe]), { base: 150, head: 153, packages: ['example.com/app/api', 'main'] });
  const archive = pair({ importPath: 'example.com/app/api' }, [
    ['example.com/app/api', 40, 41],
    ['slices', 5, 9],
  ]);
  assert.deepEqual(moduleSize([archive]), { base: 40, head: 41, packages: ['example.com/app/api'] });
  assert.equal(moduleSize([{ ...exe, symbols: undefined }]), undefined, 'stripped: nothing to measure by');
});

test('a GitLab job: GITLAB_CI=true, or gitlab-ci-local (GITLAB_CI=false with a job id and server)', () => {
  assert.equal(isGitLabJob({ GITLAB_CI: 'true' }), true);
  assert.equal(isGitLabJob({ GITLAB_CI: 'false', CI_JOB_ID: '3', CI_SERVER_FQDN: 'gitlab.com' }), true);
  assert.equal(isGitLabJob({ GITLAB_CI: 'false' }), false);
  assert.equal(isGitLabJob({}), false);
});

test('a dotenv file shared by two out dirs of one job is reset by the first action only', () => {
  const root = tmp();
  const dotenv = path.join(root, 'outputs.env');
  const env = { CI_JOB_ID: '7', GO_CI_KIT_DOTENV: dotenv };
  writeFileSync(dotenv, 'OLD_JOB=1\n');
  const setup = new FileRuntime({ kind: 'gitlab', outDir: path.join(root, 'go1.23'), action: 'setup-go-matrix', inputs: new Map(), env });
  setup.setOutput('go-version', '1.23.5');
  const abi = new FileRuntime({ kind: 'gitlab', outDir: path.join(root, 'abi'), action: 'abi-diff', inputs: new Map(), env });
  abi.setOutput('breaking', 'false');
  assert.equal(readFileSync(dotenv, 'utf8'), 'GO_VERSION=1.23.5\nBREAKING=false\n');
});
