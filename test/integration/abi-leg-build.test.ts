// The legs' abi-build script (one text in the GitLab leg and the reusable workflow's abi-build step),
// run by bash with real Go 1.19 and 1.23 on the front-door sample modules: archives of the module's
// own non-main packages, executables of its main packages, nothing of std or dependencies; user
// input stays data; and abi-diff through dist/ compares the two legs' directories with the typed
// API layer and passes with its defaults.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workflowAbiBuildStep } from '../helpers/abi-build-script.js';
import { debianGoroot, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { runProgram, type Run } from '../helpers/npm-package.js';
import { distEntry, newJob, repoRoot, runStep } from '../helpers/runner.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'front-doors');
let work: string;

before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gck-abi-leg-'));
  cpSync(fixtures, path.join(work, 'src'), { recursive: true });
  cpSync(path.join(fixtures, 'library'), path.join(work, 'src', 'library-break'), { recursive: true, force: false });
});

function abiBuild(
  module: string,
  minor: TestedMinor,
  vars: { pkg?: string; executables?: string; out?: string } = {},
): Run & { dir: string } {
  const dir = vars.out ?? path.join(work, 'abi', module, `go${minor}`);
  const r = runProgram('bash', ['-eo', 'pipefail', '-c', workflowAbiBuildStep().run!], {
    cwd: path.join(work, 'src', module),
    env: {
      PATH: `${path.join(debianGoroot(minor), 'bin')}:${process.env.PATH}`,
      HOME: process.env.HOME,
      GOCACHE: sharedGoCache(minor),
      GOFLAGS: '',
      GOTOOLCHAIN: 'local',
      GCK_ABI_PACKAGE: vars.pkg ?? './...',
      GCK_ABI_EXECUTABLES: vars.executables ?? 'true',
      GCK_ABI_DIR: dir,
    },
  });
  return { ...r, dir };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const layouts: Record<string, string[]> = {
  library: ['example.com/frontdoors/library/geom.a', 'example.com/frontdoors/library/textfmt.a'],
  executables: ['example.com/frontdoors/executables/cmd/count/count', 'example.com/frontdoors/executables/cmd/hello/hello'],
  // The root main package's executable sits in the directory that also holds the packages' archives.
  mixed: ['example.com/frontdoors/mixed/greet.a', 'example.com/frontdoors/mixed/internal/casefold.a', 'example.com/frontdoors/mixed/mixed'],
};

for (const minor of ['1.19', '1.23'] as const) {
  test(`Go ${minor}: archives of the module's own library packages, executables of its main packages`, () => {
    for (const [module, want] of Object.entries(layouts)) {
      const r = abiBuild(module, minor);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(r.dir), want, module);
      assert.match(r.stdout, new RegExp(`^abi-build: ${want.length} file\\(s\\) in `, 'm'));
    }
  });
}

test('abi-executables false builds the archives only; an executables-only module then leaves an empty directory', () => {
  const mixed = abiBuild('mixed', '1.23', { executables: 'false', out: path.join(work, 'no-exe', 'mixed') });
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.deepEqual(
    files(mixed.dir),
    layouts.mixed!.filter((f) => f.endsWith('.a')),
  );
  const exe = abiBuild('executables', '1.23', { executables: 'false', out: path.join(work, 'no-exe', 'executables') });
  assert.equal(exe.status, 0, exe.stderr);
  assert.deepEqual(files(exe.dir), []);
});

test('the package list is split on spaces, never evaluated or glob-expanded', () => {
  const two = abiBuild('mixed', '1.23', { pkg: './greet  ./internal/...', out: path.join(work, 'two') });
  assert.equal(two.status, 0, two.stderr);
  assert.deepEqual(files(two.dir), ['example.com/frontdoors/mixed/greet.a', 'example.com/frontdoors/mixed/internal/casefold.a']);
  const evil = abiBuild('mixed', '1.23', { pkg: './greet;touch${IFS}pwned $(touch pwned2) ./*', out: path.join(work, 'evil') });
  assert.notEqual(evil.status, 0, 'go list rejects the odd patterns');
  assert.match(evil.stderr, /greet;touch\$\{IFS\}pwned|\$\(touch|\.\/\*/);
  for (const f of ['pwned', 'pwned2']) assert.ok(!existsSync(path.join(work, 'src', 'mixed', f)), `${f} was not created`);
});

test('abi-diff through dist/ compares the 1.19 leg with the 1.23 leg: typed API of every archive, no breaking finding', async () => {
  for (const module of Object.keys(layouts)) {
    const job = newJob({ env: { PATH: `${path.join(debianGoroot('1.23'), 'bin')}:${process.env.PATH}`, GOCACHE: sharedGoCache('1.23') } });
    const r = await runStep(job, distEntry('abi-diff'), {
      base: path.join(work, 'abi', module, 'go1.19'),
      head: path.join(work, 'abi', module, 'go1.23'),
      // Archives are readable only by their own Go: the legs' versions, as the workflow passes them.
      'base-go': '1.19',
      'head-go': '1.23',
      'local-goroots': `${debianGoroot('1.19')},${debianGoroot('1.23')}`,
    });
    assert.equal(r.code, 0, `${module}\n${r.stdout}\n${r.stderr}`);
    assert.equal(r.outputs.breaking, 'false', module);
    assert.equal(r.outputs.removed, '0', `${module}\n${r.summary}`);
  }
});

test('abi-diff through dist/ fails on the library whose API differs between the legs: exactly the removed and the changed func', async () => {
  for (const minor of ['1.19', '1.23'] as const) {
    const r = abiBuild('library-break', minor);
    assert.equal(r.status, 0, r.stderr);
  }
  const job = newJob({ env: { PATH: `${path.join(debianGoroot('1.23'), 'bin')}:${process.env.PATH}`, GOCACHE: sharedGoCache('1.23') } });
  const r = await runStep(job, distEntry('abi-diff'), {
    base: path.join(work, 'abi', 'library-break', 'go1.19'),
    head: path.join(work, 'abi', 'library-break', 'go1.23'),
    'base-go': '1.19',
    'head-go': '1.23',
    'local-goroots': `${debianGoroot('1.19')},${debianGoroot('1.23')}`,
  });
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.outputs.breaking, 'true');
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as {
    findings: { category: string; change: string; subject: string; breaking: boolean }[];
  };
  // Go 1.19's export data also lists shape instantiations (Max[go.shape.int_0]): never an API finding.
  assert.deepEqual(
    report.findings
      .filter((f) => f.breaking)
      .map((f) => `${f.category} ${f.change} ${f.subject}`)
      .sort(),
    ['api changed example.com/frontdoors/library/geom.Clamp', 'api removed example.com/frontdoors/library/geom.Legacy'],
  );
});
