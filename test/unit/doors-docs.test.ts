// The front-door docs stay true to the files they describe: the reusable workflow's input table
// lists every workflow_call input with its default, and every component the docs include exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/runner.js';

const doc = readFileSync(path.join(repoRoot, 'docs', 'front-doors.md'), 'utf8');

test('the reusable workflow table lists every workflow_call input with its default', () => {
  const wf = parse(readFileSync(path.join(repoRoot, '.github', 'workflows', 'go-matrix.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { default?: string | boolean }> } };
  };
  const inputs = wf.on.workflow_call.inputs;
  const rows = new Map<string, string>();
  for (const m of doc.matchAll(/^\| `([\w-]+)` \|\s*`?([^|`]*?)`?\s*\|/gm)) rows.set(m[1]!, m[2]!.trim());
  assert.deepEqual([...rows.keys()].sort(), Object.keys(inputs).sort());
  for (const [name, spec] of Object.entries(inputs)) assert.equal(rows.get(name), String(spec.default ?? ''), `default of ${name}`);
});

test('every component the docs include exists, at the package version', () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const refs = [...doc.matchAll(/component: \$CI_SERVER_FQDN\/go-ci-kit\/go-ci-kit\/([\w-]+)@([\w.]+)/g)];
  assert.ok(refs.length >= 4);
  for (const [, name, version] of refs) {
    assert.ok(existsSync(path.join(repoRoot, 'templates', name!, 'template.yml')), name);
    assert.equal(version, pkg.version, `${name}@${version}`);
  }
});
