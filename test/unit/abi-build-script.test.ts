// The GitLab leg and the reusable workflow build what abi-diff compares with one script text, fed
// by the same variables; the workflow step runs only where abi-diff will read its output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { templateAbiBuildScript, workflowAbiBuildStep } from '../helpers/abi-build-script.js';

test('the reusable workflow abi-build step runs the same script as the GitLab leg', () => {
  const step = workflowAbiBuildStep();
  assert.equal(step.run, templateAbiBuildScript());
  assert.deepEqual(Object.keys(step.env ?? {}).sort(), ['GCK_ABI_DIR', 'GCK_ABI_EXECUTABLES', 'GCK_ABI_PACKAGE']);
  // User input reaches the shell as variables, never as text of the script.
  assert.doesNotMatch(step.run ?? '', /\$\{\{/);
});

test('the abi-build step is skipped when abi-diff is off, and on the legs abi-diff does not read', () => {
  const cond = workflowAbiBuildStep().if ?? '';
  assert.match(cond, /^inputs\.abi-diff && /);
  assert.match(cond, /matrix\.go == needs\.versions\.outputs\.oldest \|\| matrix\.go == needs\.versions\.outputs\.newest/);
});
