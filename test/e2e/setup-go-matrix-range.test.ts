// versions-range mode and the go.mod/go.work check, through dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { listedOnly, startGoDevServer, unreachableBase, type GoDevServer } from '../helpers/godev-server.js';
import { repoRoot } from '../helpers/runner.js';
import { failure, offlineJob, setup, toolCacheEntries, warnings } from '../helpers/setup-job.js';

let server: GoDevServer;
let down: string;
const sample = path.join(repoRoot, 'test', 'fixtures', 'sample-module');

before(async () => {
  server = await startGoDevServer(
    [
      'go1.24rc1',
      'go1.23.5',
      'go1.23.4',
      'go1.22.12',
      'go1.22.0',
      'go1.21.13',
      'go1.21rc2',
      'go1.20.14',
      'go1.20',
      'go1.19.13',
      'go1.18.10',
    ].map((v) => listedOnly(v, !/rc/.test(v))),
  );
  down = await unreachableBase();
});
after(() => server.close());

test('versions-range from the index: newest patch per minor, oldest first, nothing installed', async () => {
  const job = offlineJob({ base: server.base });
  const cases: [string, string[]][] = [
    ['>=1.19 <=1.23', ['1.19.13', '1.20.14', '1.21.13', '1.22.12', '1.23.5']],
    ['go.mod..stable', ['1.19.13', '1.20.14', '1.21.13', '1.22.12', '1.23.5']],
    ['1.21..oldstable', ['1.21.13', '1.22.12']],
    ['^1.22', ['1.22.12', '1.23.5']],
  ];
  for (const [range, want] of cases) {
    const step = await setup(job, { 'versions-range': range, 'working-directory': sample });
    assert.equal(step.code, 0, step.stdout);
    assert.deepEqual(JSON.parse(step.outputs.versions!), want, range);
    assert.deepEqual([step.exported, step.addedPaths, step.outputs['go-version']], [{}, [], undefined], 'range mode installs nothing');
  }
  assert.deepEqual(toolCacheEntries(job), []);
});

test('versions-range with the index unreachable: local toolchains, with a warning', async () => {
  const job = offlineJob({ base: down });
  const step = await setup(job, { 'versions-range': 'go.mod..stable', 'working-directory': sample });
  assert.equal(step.code, 0, step.stdout);
  assert.deepEqual(JSON.parse(step.outputs.versions!), ['1.19.8', '1.21.13', '1.22.12', '1.23.5']);
  const url = `${down}/?mode=json&include=all`;
  assert.deepEqual(warnings(step), [
    `cannot read the Go download index ${url}: connect ECONNREFUSED ${down.replace('http://', '')}; check go-download-base-url (or env GO_DOWNLOAD_BASE_URL) and the runner's network, ` +
      'or use toolchain-source: local or tool-cache on an offline runner. versions-range "go.mod..stable" was computed from the Go toolchains on this runner (tool cache and local-goroots) instead, so it may miss newer releases',
  ]);
});

test('bad versions-range values', async () => {
  const job = offlineJob({ base: server.base });
  const ws = mkdtempSync(path.join(job.root, 'nomod-'));
  const examples = 'expected a range such as ">=1.19 <=1.23", "1.21..stable" or "go.mod..stable"';
  const cases: [Record<string, string>, string][] = [
    [{ 'versions-range': '1.19 to 1.23' }, `versions-range "1.19 to 1.23" is not a range; ${examples}`],
    [
      { 'versions-range': 'go.mod..latest' },
      `versions-range "go.mod..latest": "latest" is not go.mod, stable, oldstable or a Go version; ${examples}`,
    ],
    [
      { 'versions-range': '>=1.30' },
      `versions-range ">=1.30" matches no Go release in the download index ${server.base}/?mode=json&include=all`,
    ],
    [
      { 'versions-range': 'go.mod..stable', 'working-directory': ws },
      `versions-range "go.mod..stable" needs the module's go line, but ${ws}/go.mod does not exist; set working-directory to the module`,
    ],
  ];
  for (const [inputs, message] of cases) assert.equal(failure(await setup(job, inputs)), message);
});

test('go.mod newer than the leg: toolchain and go lines fail with file, line, versions and the fix; warn mode passes', async () => {
  const job = offlineJob({ base: down });
  const ws = mkdtempSync(path.join(job.root, 'mod-'));
  writeFileSync(path.join(ws, 'go.mod'), 'module example.com/m\n\ngo 1.19\n\ntoolchain go1.23.4\n');
  const fix = 'Fix the matrix: drop Go 1.21 from it (or compute it with versions-range: go.mod..stable)';
  const toolchain = await setup(job, { 'go-version': '1.21' }, { cwd: ws });
  assert.equal(
    failure(toolchain),
    'go.mod:5: "toolchain go1.23.4" asks for Go 1.23.4, but this matrix leg runs Go 1.21.13 (only GOTOOLCHAIN=local keeps it; under the default GOTOOLCHAIN=auto the go command would switch to go1.23.4 and the leg would not test Go 1.21 at all). ' +
      `${fix}, or lower the toolchain line if the module really supports Go 1.21. Set on-go-mod-newer: warn to run this leg anyway.`,
  );
  const warned = await setup(job, { 'go-version': '1.21', 'on-go-mod-newer': 'warn' }, { cwd: ws });
  assert.equal(warned.code, 0);
  assert.equal(warned.outputs['go-version'], '1.21.13');
  assert.deepEqual(
    warned.stdout.split('\n').filter((l) => l.startsWith('::warning')),
    [
      '::warning title=go.mod needs a newer Go than this leg,file=go.mod,line=5::go.mod:5: "toolchain go1.23.4" asks for Go 1.23.4, but this matrix leg runs Go 1.21.13 ' +
        '(only GOTOOLCHAIN=local keeps it; under the default GOTOOLCHAIN=auto the go command would switch to go1.23.4 and the leg would not test Go 1.21 at all). ' +
        `${fix}, or lower the toolchain line if the module really supports Go 1.21.`,
    ],
  );

  writeFileSync(path.join(ws, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
  assert.equal(
    failure(await setup(job, { 'go-version': '1.21' }, { cwd: ws })),
    'go.mod:3: "go 1.22" requires Go 1.22 or newer, but this matrix leg runs Go 1.21.13; the go command will stop with "go: go.mod requires go >= 1.22 (running go 1.21.13; GOTOOLCHAIN=local)". ' +
      `${fix}, or lower the go line if the module really supports Go 1.21. Set on-go-mod-newer: warn to run this leg anyway.`,
  );
  const ok = await setup(job, { 'go-version': '1.22' }, { cwd: ws });
  assert.equal(ok.code, 0, ok.stdout);
});
