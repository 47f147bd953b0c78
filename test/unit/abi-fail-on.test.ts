// Input fail-on: one level and/or behavior-changes; behaviour findings break only when named (or any).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/abi/findings.js';
import { applyPolicy, parseFailOn } from '../../src/abi/policy.js';

test('parseFailOn: a level, behavior-changes, both, and what is refused', () => {
  assert.deepEqual(parseFailOn('removed'), { level: 'removed', behavior: false });
  assert.deepEqual(parseFailOn('changed, behavior-changes'), { level: 'changed', behavior: true });
  assert.deepEqual(parseFailOn('behavior-changes'), { level: 'none', behavior: true });
  assert.deepEqual(parseFailOn(' any '), { level: 'any', behavior: false });
  assert.throws(
    () => parseFailOn('removed changed'),
    /input "fail-on" \("removed changed"\) names more than one level \(removed, changed\)/,
  );
  assert.throws(() => parseFailOn('sometimes'), /input "fail-on" has "sometimes"; expected one of removed, changed, any, none/);
  assert.throws(() => parseFailOn(''), /input "fail-on" is empty/);
});

test('applyPolicy: a behaviour finding breaks with behavior-changes or any, never with removed alone', () => {
  const behavior = (): Finding[] => [
    {
      artifact: 'svc',
      category: 'behavior',
      change: 'changed',
      subject: 'godebug:asynctimerchan',
      group: 'g',
      detail: 'd',
      breaking: false,
    },
  ];
  const verdict = (failOn: 'removed' | 'any' | 'none', failOnBehavior: boolean) =>
    applyPolicy(behavior(), { base: 1, head: 1 }, { failOn, failOnBehavior, denyNewDynamic: false, suppressions: [] }).breaking;
  assert.equal(verdict('removed', false), false);
  assert.equal(verdict('removed', true), true);
  assert.equal(verdict('none', true), true);
  assert.equal(verdict('any', false), true);
  assert.equal(verdict('none', false), false);
});
