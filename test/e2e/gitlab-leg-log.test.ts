// The setup-go-matrix GitLab component run by gitlab-ci-local (shell executor, --shell-isolation)
// with the packed CLI and Go from the Debian GOROOTs (issue 15): a module without dependencies
// reaches cache-hit=true on its second pipeline, no "no matching files" warning although nothing
// was downloaded into the tool cache, plain-text summaries and outputs table in the job log (no
// JSON line). gitlab-ci-local sets GITLAB_CI=false; the CLI still treats its jobs as GitLab's.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram, type Run } from '../helpers/npm-package.js';
import { repoRoot } from '../helpers/runner.js';

let repo: string;

function git(...args: string[]): void {
  const r = runProgram('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo });
  assert.equal(r.status, 0, r.stderr);
}

function gitlabCiLocal(): Run {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  return runProgram(bin, ['--force-shell-executor', '--shell-isolation', '--no-color', '--variable', 'npm_config_offline=true'], {
    cwd: repo,
    env: offlineNpmEnv(),
    timeoutMs: 480_000,
  });
}

/** Output lines a job printed (`<job> > line`), in order. */
function jobOutput(log: string, job: string): string[] {
  const prefix = new RegExp(`^${job.replace(/[[\]().]/g, '\\$&')}\\s*> (.*)$`);
  return log.split('\n').flatMap((l) => {
    const m = prefix.exec(l);
    return m ? [m[1]!] : [];
  });
}

before(() => {
  const tgz = packTarball();
  repo = mkdtempSync(path.join(os.tmpdir(), 'gck-gitlab-log-'));
  writeFileSync(path.join(repo, 'go.mod'), 'module example.com/nodeps\n\ngo 1.19\n');
  mkdirSync(path.join(repo, 'cmd', 'hello'), { recursive: true });
  writeFileSync(path.join(repo, 'cmd', 'hello', 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n');
  runProgram('cp', ['-r', path.join(repoRoot, 'templates'), path.join(repo, 'templates')], { cwd: repo });
  writeFileSync(
    path.join(repo, '.gitlab-ci.yml'),
    `include:
  - local: templates/setup-go-matrix/template.yml
    inputs:
      go-versions: ["1.19", "1.23"]
      toolchain-source: local
      local-goroots: ${debianGoroot('1.19')},${debianGoroot('1.23')}
      cli-package: ${tgz}
      script: ["go build ./..."]
hits:
  stage: test
  needs: [go-matrix]
  script:
    - echo "hits 1.19=$GO_1_19_CACHE_HIT 1.23=$GO_1_23_CACHE_HIT"
`,
  );
  writeFileSync(path.join(repo, '.gitignore'), '.gitlab-ci-local/\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'module without dependencies');
});

test('a no-deps module on GitLab: sections, plain outputs, no "no matching files", cache-hit true on the second pipeline', () => {
  const first = gitlabCiLocal();
  const log1 = first.stdout + first.stderr;
  assert.equal(first.status, 0, log1);
  assert.doesNotMatch(log1, /no matching files/, 'Go came from a local GOROOT: the tool cache dir still matches');
  const leg = jobOutput(log1, 'go-matrix: [1.23]');
  assert.ok(leg.length > 0, log1);
  const text = leg.join('\n');
  // gitlab-ci-local takes the section markers as GitLab does (they never reach its job output as
  // text; test/e2e/cli-gitlab-log.test.ts checks the exact bytes); the local title lines are not used.
  assert.doesNotMatch(text, /section_start|section_end|^== Install Go/m);
  assert.match(text, /^Go 1\.23\.\d+ caches restored \(dir\)$/m, 'the summary as plain text');
  assert.match(text, /^outputs:$/m);
  assert.doesNotMatch(text, /^\{"/m, 'no JSON blob in the job log');
  assert.match(jobOutput(log1, 'hits').join('\n'), /hits 1\.19=false 1\.23=false/);

  const second = gitlabCiLocal();
  const log2 = second.stdout + second.stderr;
  assert.equal(second.status, 0, log2);
  assert.doesNotMatch(log2, /no matching files/);
  // Nothing to cache for modules, the build cache of the same deps restored: a hit.
  assert.match(jobOutput(log2, 'hits').join('\n'), /hits 1\.19=true 1\.23=true/, log2);
});
