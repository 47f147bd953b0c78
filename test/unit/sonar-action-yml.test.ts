import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/runner.js';
import { sonarGoCompat } from '../../src/actions/sonar-go-compat/definition.js';

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

test('action.yml declares exactly the definition\'s inputs, defaults and outputs, on node24 and the dist bundle', () => {
  const yml = parse(readFileSync(path.join(repoRoot, 'actions', 'sonar-go-compat', 'action.yml'), 'utf8')) as ActionYml;
  assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(sonarGoCompat.inputs).sort());
  for (const [name, spec] of Object.entries(sonarGoCompat.inputs)) {
    assert.equal(yml.inputs[name]!.default === undefined ? undefined : String(yml.inputs[name]!.default), spec.default, name);
  }
  assert.deepEqual(Object.keys(yml.outputs).sort(), [...sonarGoCompat.outputs].sort());
  assert.deepEqual(yml.runs, { using: 'node24', main: '../../dist/sonar-go-compat/main/index.js' });
});
