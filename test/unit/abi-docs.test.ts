// The README's normalization table lists every rule with its real examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { differenceRules } from '../../src/abi/explained.js';
import { nameRules } from '../../src/abi/normalize.js';
import { repoRoot } from '../helpers/runner.js';

test('README.md has a row for every rule with its Go 1.19, Go 1.23 and normalized names', () => {
  const doc = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const r of nameRules) {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${r.id} |`));
    assert.ok(row, `row for ${r.id}`);
    for (const name of [r.go119, r.go123, r.normalized]) assert.ok(row.includes(`\`${name}\``), `${r.id} row shows ${name}`);
  }
});

test('README.md has a row for every difference rule with its outcome and real base/head lines', () => {
  const doc = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const r of differenceRules) {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${r.id} |`));
    assert.ok(row, `row for ${r.id}`);
    for (const text of [r.why, r.outcome, `\`${r.artifact}\``]) assert.ok(row.includes(text), `${r.id} row shows ${text}`);
    for (const s of [r.base, r.head])
      assert.ok(row.includes(s.line ? `Go ${s.go}: \`${s.line}\`` : `Go ${s.go}: (none)`), `${r.id} row shows Go ${s.go}`);
  }
});
