// actions/abi-diff/action.yml and the action's input table say the same thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { abiDiff } from '../../src/actions/abi-diff/definition.js';
import { repoRoot } from '../helpers/runner.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

test('abi-diff action.yml declares exactly the definition\'s inputs, defaults and outputs, on node24 and the dist bundle', () => {
  const yml = parse(readFileSync(path.join(repoRoot, 'actions', 'abi-diff', 'action.yml'), 'utf8')) as ActionYml;
  assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(abiDiff.inputs).sort());
  for (const [name, spec] of Object.entries(abiDiff.inputs)) {
    assert.equal(yml.inputs[name]!.default === undefined ? undefined : String(yml.inputs[name]!.default), spec.default, name);
  }
  assert.deepEqual(Object.keys(yml.outputs).sort(), [...abiDiff.outputs].sort());
  assert.deepEqual(yml.runs, { using: 'node24', main: '../../dist/abi-diff/main/index.js' });
});
