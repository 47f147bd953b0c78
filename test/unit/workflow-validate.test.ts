// Every action.yml and workflow file passes GitHub's own parser (@actions/workflow-parser, offline),
// and each action.yml agrees with the input/output table the code reads (no drift either way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { actions } from '../../src/actions/registry.js';
import { actionNames, actionYmlPath, localActionSteps, readActionYml, workflowPaths } from '../helpers/action-files.js';

function actionErrors(name: string, content: string): string[] {
  const r = parseAction({ name, content }, new NoOperationTraceWriter());
  return r.context.errors.getErrors().map((e) => e.message);
}

async function workflowErrors(name: string, content: string): Promise<string[]> {
  const r = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = r.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !r.value) return errors;
  // Conversion checks what the schema cannot: job graph, matrix, workflow_call inputs, expressions.
  const converted = await convertWorkflowTemplate(r.context, r.value);
  return (converted.errors ?? []).map((e) => e.Message);
}

test('every registered action has an action.yml, and every action.yml is registered', () => {
  assert.deepEqual(actionNames(), actions.map((a) => a.name).sort());
});

for (const name of actionNames()) {
  test(`actions/${name}/action.yml passes the action schema`, () => {
    assert.deepEqual(actionErrors('action.yml', readFileSync(actionYmlPath(name), 'utf8')), []);
    const yml = readActionYml(name);
    assert.equal(yml.name, name);
    assert.equal(yml.runs.using, 'node24');
    assert.equal(yml.runs.main, `../../dist/${name}/main/index.js`);
  });
}

test('a broken action.yml fails validation (misspelt key, unknown runtime, missing description)', () => {
  const errors = actionErrors('action.yml', 'name: x\nruns:\n  using: node99\n  mian: index.js\n');
  assert.ok(
    errors.some((e) => e.includes("Unexpected value 'node99'")),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.includes("Unexpected value 'mian'")),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.includes('Required property is missing: description')),
    errors.join('\n'),
  );
});

for (const file of workflowPaths()) {
  test(`.github/workflows/${path.basename(file)} passes the workflow schema and converts`, async () => {
    assert.deepEqual(await workflowErrors(path.basename(file), readFileSync(file, 'utf8')), []);
  });
}

test('a broken workflow fails validation (misspelt key, unknown context, bad needs)', async () => {
  const bad = [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    step:',
    '      - run: echo',
    '  b:',
    '    needs: nope',
    '    runs-on: ${{ inputz.os }}',
    '    steps:',
    '      - run: echo',
  ].join('\n');
  const errors = await workflowErrors('bad.yml', bad);
  assert.ok(
    errors.some((e) => e.includes("Unexpected value 'step'")),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.includes("Unrecognized named-value: 'inputz'")),
    errors.join('\n'),
  );
  // A file that parses but has a dangling needs fails at conversion.
  const job = (needs: string): string => `    ${needs}runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
  const dangling = `on: push\njobs:\n  a:\n${job('')}  b:\n${job('needs: nope\n    ')}`;
  const e2 = await workflowErrors('dangling.yml', dangling);
  assert.ok(
    e2.some((e) => e.includes("Job 'b' depends on unknown job 'nope'")),
    e2.join('\n'),
  );
});

function defaultText(v: string | number | boolean | undefined): string | undefined {
  return v === undefined ? undefined : String(v);
}

for (const def of actions) {
  test(`${def.name}: action.yml inputs and outputs match the code's tables (names and defaults)`, () => {
    const yml = readActionYml(def.name);
    const declared = Object.keys(yml.inputs).sort();
    const read = Object.keys(def.inputs).sort();
    assert.deepEqual(
      declared.filter((n) => !read.includes(n)),
      [],
      'inputs in action.yml the code never reads',
    );
    assert.deepEqual(
      read.filter((n) => !declared.includes(n)),
      [],
      'inputs the code reads that action.yml does not declare',
    );
    for (const name of read) {
      // YAML block scalars end with a newline the runner keeps; the table holds the same text.
      const ymlDefault = defaultText(yml.inputs[name]!.default)?.replace(/\n$/, '');
      assert.equal(ymlDefault, def.inputs[name]!.default?.replace(/\n$/, ''), `default of input "${name}"`);
      assert.ok(yml.inputs[name]!.description, `input "${name}" has a description`);
      const options = def.inputs[name]!.options;
      if (options) assert.ok(options.includes(def.inputs[name]!.default ?? ''), `default of "${name}" is one of its options`);
    }
    assert.deepEqual(Object.keys(yml.outputs).sort(), [...def.outputs].sort(), 'outputs');
    assert.equal(yml.runs.using, 'node24');
    assert.equal(yml.runs.main, `../../dist/${def.name}/main/index.js`);
    assert.equal(yml.runs.post, def.post ? `../../dist/${def.name}/post/index.js` : undefined);
  });
}

test('workflow steps that run this repo actions only pass inputs the action declares', () => {
  const steps = localActionSteps();
  assert.ok(steps.length >= 6, `found ${steps.length} local action steps`);
  const unknown: string[] = [];
  for (const s of steps) {
    const def = actions.find((a) => a.name === s.action);
    if (!def) {
      unknown.push(`${s.file} ${s.job}: no action "${s.action}"`);
      continue;
    }
    for (const key of Object.keys(s.with)) {
      if (!(key in def.inputs)) unknown.push(`${s.file} ${s.job}: ${s.action} has no input "${key}"`);
    }
  }
  assert.deepEqual(unknown, []);
});
