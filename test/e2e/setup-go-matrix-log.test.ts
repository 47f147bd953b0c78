// setup-go-matrix's log through the bundles, real Debian Go 1.23 from its GOROOT: on GitHub the main
// step registers the Go problem matcher with a path that exists next to the bundle (and a later
// `go vet` step's finding becomes an annotation through it), install/restore/save are log groups;
// the CLI as on GitLab registers nothing and wraps install, restore and save (post) in collapsed
// sections; a local CLI run prints plain `== title` lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goMatcherFile } from '../../src/actions/setup-go-matrix/problem-matcher.js';
import { annotate } from '../helpers/problem-matcher.js';
import { distEntry, newJob, repoRoot, runStep } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';

const goMod = 'module example.com/vetme\n\ngo 1.19\n';
const badVet = 'package vetme\n\nimport "fmt"\n\nfunc F() {\n\tfmt.Printf("%d\\n", "s")\n}\n';

/** `::add-matcher::<path>` lines of a step's stdout (the runner unescapes %25, %0D, %0A). */
const matchers = (stdout: string): string[] =>
  [...stdout.matchAll(/^::add-matcher::(.*)$/gm)].map((m) => m[1]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));

test('GitHub: the main step registers the Go matcher from dist/ and a later go vet finding is annotated through it', async () => {
  const job = newJob({ env: { GOFLAGS: '', GOTELEMETRY: 'off', GOPROXY: 'off', CGO_ENABLED: '0' } });
  writeFileSync(path.join(job.workspace, 'go.mod'), goMod);
  writeFileSync(path.join(job.workspace, 'v.go'), badVet);
  const inputs = { 'go-version': '1.23', 'toolchain-source': 'local', cache: 'false' };
  const main = await runStep(job, distEntry('setup-go-matrix', 'main'), inputs);
  assert.equal(main.code, 0, main.stdout + main.stderr);

  const [file, ...more] = matchers(main.stdout);
  assert.deepEqual(more, [], 'registered once');
  assert.ok(file && path.isAbsolute(file) && existsSync(file), `the matcher path exists: ${file}`);
  assert.equal(path.dirname(file), path.dirname(distEntry('setup-go-matrix', 'main')), 'beside the bundle the runner runs');
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(readFileSync(goMatcherFile(), 'utf8')), 'the same matcher as src/');
  // After the install group closed: the runner applies matchers to the lines printed after them.
  const lines = main.stdout.split('\n');
  assert.ok(lines.findIndex((l) => l.startsWith('::add-matcher::')) > lines.indexOf('::endgroup::'), 'registered after the install group');

  const vet = laterStep(job, 'go', ['vet', './...']);
  assert.notEqual(vet.code, 0, 'go vet finds the Printf mistake');
  assert.deepEqual(annotate(vet.stdout + vet.stderr, file), [
    { file: './v.go', line: 6, column: 2, message: 'fmt.Printf format %d has arg "s" of wrong type string' },
  ]);

  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), inputs, { state: main.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.deepEqual(matchers(post.stdout), [], 'the post step registers nothing');
});

function cli(args: string[], dir: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GOTELEMETRY: 'off', ...env },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r;
}

const leg = ['setup-go-matrix', '--go-version', '1.23', '--toolchain-source', 'local', '--cache-backend', 'dir', '--cache-dir', 'c'];

test('GitLab (CLI): no matcher; install, restore and save each in a collapsed section', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-cli-sections-'));
  writeFileSync(path.join(dir, 'go.mod'), goMod);
  const env = { GITLAB_CI: 'true', CI_PROJECT_DIR: dir, CI_JOB_ID: '21' };
  const main = cli(leg, dir, env);
  const post = cli([...leg, '--post'], dir, env);
  for (const r of [main, post]) assert.doesNotMatch(r.stdout + r.stderr, /add-matcher/);
  // ESC spelled out, so the patterns hold no control characters.
  const sections = (stdout: string) => {
    const log = stdout.replaceAll('\x1b', '<ESC>');
    return [...log.matchAll(/<ESC>\[0Ksection_start:\d+:([A-Za-z0-9_.-]+)\[collapsed=true\]\r<ESC>\[0K(.*)\n/g)].map((m) => {
      assert.match(log, new RegExp(`<ESC>\\[0Ksection_end:\\d+:${m[1]!}\\r<ESC>\\[0K\\n`), `section ${m[1]!} ends`);
      return m[2]!;
    });
  };
  const version = /^Go (1\.23\.\d+) /m.exec(main.stdout)?.[1];
  assert.ok(version, main.stdout);
  assert.deepEqual(sections(main.stdout), ['Install Go (go-version "1.23")', `Restore Go ${version} caches`]);
  assert.deepEqual(sections(post.stdout), ['Save Go caches']);
  const saveLog = post.stdout.replaceAll('\x1b', '<ESC>');
  const inside = saveLog.slice(saveLog.indexOf('section_start'), saveLog.indexOf('<ESC>[0Ksection_end'));
  assert.match(inside, /saved/, 'the save lines inside the section');
});

test('local CLI: plain title lines, no escape sequences, no matcher', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-cli-plain-'));
  writeFileSync(path.join(dir, 'go.mod'), goMod);
  const main = cli(leg, dir, {});
  const post = cli([...leg, '--post'], dir, {});
  const titles = (s: string) => s.split('\n').filter((l) => l.startsWith('== '));
  assert.deepEqual(
    titles(main.stdout).map((t) => t.replace(/\d+\.\d+\.\d+/, 'X')),
    ['== Install Go (go-version "1.23")', '== Restore Go X caches'],
  );
  assert.deepEqual(titles(post.stdout), ['== Save Go caches']);
  for (const r of [main, post]) {
    assert.ok(!r.stdout.includes('\x1b'), 'no escape sequences');
    assert.doesNotMatch(r.stdout, /::group::|add-matcher/);
  }
});
