// What the abi-diff and sonar-go-compat components hand to later jobs: dotenv keys prefixed by the
// job's name (never the matrix's GO_VERSION), artifacts that are reports only, and no token on a
// command line. The behaviour itself runs under gitlab-ci-local in test/e2e/gitlab-components.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../helpers/runner.js';

interface Job {
  script: string[];
  artifacts: { paths: string[]; reports: { dotenv: string } };
}

function job(name: string): { text: string; job: Job } {
  const text = readFileSync(path.join(repoRoot, 'templates', name, 'template.yml'), 'utf8');
  const body = parseAllDocuments(text)[1]!.toJS() as Record<string, Job>;
  return { text, job: Object.values(body)[0]! };
}

for (const name of ['abi-diff', 'sonar-go-compat']) {
  test(`${name}: dotenv keys carry the job name; its own setup-go-matrix writes none into the report`, () => {
    const { job: j } = job(name);
    const script = j.script.join('\n');
    assert.match(script, /export GO_CI_KIT_OUTPUT_PREFIX="\$\{CI_JOB_NAME_SLUG\}_"/);
    assert.equal(j.artifacts.reports.dotenv, '.go-ci-kit/outputs.env');
    const setups = script.split('\n').filter((l) => l.includes('go_ci_kit setup-go-matrix'));
    assert.ok(setups.length > 0);
    for (const l of setups)
      assert.match(l, /\(GO_CI_KIT_DOTENV="\$GO_CI_KIT_DIR\/setup-go\.env" && go_ci_kit setup-go-matrix .*\)( \|\| exit)?$/, l);
  });

  test(`${name}: artifacts are reports only, never the job's whole work dir (toolchain, GOCACHE)`, () => {
    const { job: j } = job(name);
    for (const p of j.artifacts.paths) assert.notEqual(p.replace(/\/$/, ''), '.go-ci-kit/$CI_JOB_NAME_SLUG', p);
    assert.ok(j.artifacts.paths.includes('.go-ci-kit/$CI_JOB_NAME_SLUG/summary.md'));
  });
}

test('sonar-go-compat: the token stays in the environment (SONAR_TOKEN), never on a command line', () => {
  const { text } = job('sonar-go-compat');
  assert.doesNotMatch(text, /--sonar-token/);
});
