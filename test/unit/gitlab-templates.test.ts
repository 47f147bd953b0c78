// Static checks of the GitLab CI/CD components: spec:inputs are well formed (types, defaults within
// options, descriptions, GitLab's limit), every CLI flag a job passes is an input of that action,
// every $[[ inputs.x ]] is declared, and the default CLI package is this package's version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { actions } from '../../src/actions/registry.js';
import { repoRoot } from '../helpers/runner.js';

interface SpecInput {
  type?: 'string' | 'array' | 'number' | 'boolean';
  default?: unknown;
  options?: unknown[];
  description?: string;
  regex?: string;
}

const templatesDir = path.join(repoRoot, 'templates');
const names = readdirSync(templatesDir).filter((n) => existsSync(path.join(templatesDir, n, 'template.yml')));
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

function load(name: string): { text: string; inputs: Record<string, SpecInput>; body: Record<string, unknown> } {
  const text = readFileSync(path.join(templatesDir, name, 'template.yml'), 'utf8');
  const docs = parseAllDocuments(text);
  assert.equal(docs.length, 2, `${name}: a spec document, then ---, then the jobs`);
  for (const d of docs) assert.deepEqual(d.errors, [], `${name}: YAML errors`);
  const spec = docs[0]!.toJS() as { spec?: { inputs?: Record<string, SpecInput> } };
  return { text, inputs: spec.spec?.inputs ?? {}, body: docs[1]!.toJS() as Record<string, unknown> };
}

test('the four components exist, each with a README', () => {
  assert.deepEqual(names.sort(), ['abi-diff', 'go-matrix', 'setup-go-matrix', 'sonar-go-compat']);
  for (const n of names) assert.ok(existsSync(path.join(templatesDir, n, 'README.md')), `${n}/README.md`);
});

for (const name of names) {
  test(`${name}: spec:inputs are typed, described, within GitLab's limit, and all used`, () => {
    const { text, inputs } = load(name);
    const entries = Object.entries(inputs);
    assert.ok(entries.length > 0 && entries.length <= 20, `${entries.length} inputs (GitLab allows 20)`);
    for (const [key, spec] of entries) {
      assert.ok(spec.description && spec.description.length > 10, `${key}: description`);
      assert.ok('default' in spec, `${key}: has a default (components must work with no inputs)`);
      const type = spec.type ?? 'string';
      const d = spec.default;
      const ok = { string: typeof d === 'string', array: Array.isArray(d), boolean: typeof d === 'boolean', number: typeof d === 'number' }[
        type
      ];
      assert.ok(ok, `${key}: default ${JSON.stringify(d)} is a ${type}`);
      if (spec.options)
        assert.ok(spec.options.includes(d), `${key}: default ${JSON.stringify(d)} is one of ${JSON.stringify(spec.options)}`);
      assert.ok(text.includes(`$[[ inputs.${key} ]]`), `${key}: declared but never used`);
    }
    const used = [...text.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]!);
    assert.deepEqual(
      used.filter((u) => !(u in inputs)),
      [],
      'inputs used but not declared',
    );
  });
}

test('the default CLI package is this package at its version (one fact: package.json)', () => {
  for (const name of names) {
    const spec = load(name).inputs['cli-package'];
    assert.ok(spec, `${name}: cli-package input`);
    assert.equal(spec.default, `go-ci-kit@${pkg.version}`, name);
  }
  assert.equal(load('go-matrix').inputs['component-version']!.default, pkg.version);
});

/** `go_ci_kit <action> --flag ...` calls in a template, joined across `\` line continuations. */
function cliCalls(text: string): { action: string; flags: string[] }[] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  const calls: { action: string; flags: string[] }[] = [];
  for (const m of joined.matchAll(/go_ci_kit ([a-z-]+)([^\n]*)/g)) {
    if (m[1] === 'setup-go-matrix' || actions.some((a) => a.name === m[1])) {
      calls.push({ action: m[1]!, flags: [...m[2]!.matchAll(/--([a-z][a-z0-9-]*)/g)].map((f) => f[1]!) });
    }
  }
  return calls;
}

test('every flag a component passes to the CLI is an input of that action', () => {
  let count = 0;
  const problems: string[] = [];
  for (const name of names) {
    for (const call of cliCalls(load(name).text)) {
      const def = actions.find((a) => a.name === call.action);
      if (!def) {
        problems.push(`${name}: no action ${call.action}`);
        continue;
      }
      for (const flag of call.flags) {
        count++;
        if (flag !== 'post' && !(flag in def.inputs)) problems.push(`${name}: ${call.action} has no input --${flag}`);
      }
    }
  }
  assert.ok(count >= 20, `found ${count} flags`);
  assert.deepEqual(problems, []);
});

test('the matrix leg keys its GitLab cache per Go version and keeps it inside the project dir', () => {
  const { body } = load('setup-go-matrix');
  const job = Object.values(body)[0] as {
    parallel: { matrix: { GO_VERSION: string }[] };
    cache: { key: { prefix: string; files: string }; paths: string[] }[];
    artifacts: { reports: { dotenv: string } };
  };
  assert.equal(job.parallel.matrix[0]!.GO_VERSION, '$[[ inputs.go-versions ]]');
  assert.match(job.cache[0]!.key.prefix, /\$GO_VERSION/);
  for (const p of job.cache[0]!.paths) assert.match(p, /^\.go-ci-kit\/go\$GO_VERSION\//, 'relative to the project dir');
  assert.equal(job.artifacts.reports.dotenv, '.go-ci-kit/outputs.env');
});

test('go-matrix includes its siblings from its own project and version', () => {
  const { body } = load('go-matrix');
  const include = body.include as { component: string }[];
  assert.deepEqual(
    include.map((i) => i.component),
    ['setup-go-matrix', 'abi-diff', 'sonar-go-compat'].map((n) => `$[[ inputs.component-path ]]/${n}@$[[ inputs.component-version ]]`),
  );
});
