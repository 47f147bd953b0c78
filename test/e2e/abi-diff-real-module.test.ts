// abi-diff through its bundled dist entry on a large real module-based program (vetpprof: go vet's
// analyzers and the pprof driver, from real golang.org/x and github.com modules), built unchanged
// by Go 1.19 and by Go 1.23: the reference upgrade must show no API finding in the default scope.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot, sharedGoCache } from '../helpers/go.js';
import { distEntry, newJob, runStep } from '../helpers/runner.js';
import { buildVetPprof, vetpprofModule } from '../helpers/vetpprof.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-vetpprof-'));
let base = '';
let head = '';

before(async () => {
  const mod = vetpprofModule(dir);
  // Both builds at once: each is mostly single-package compiles, and the machine has two cores.
  [base, head] = await Promise.all([
    buildVetPprof('1.19', mod, path.join(dir, 'vetpprof-1.19'), sharedGoCache('1.19')),
    buildVetPprof('1.23', mod, path.join(dir, 'vetpprof-1.23'), sharedGoCache('1.23')),
  ]);
});

test('a large module built by Go 1.19 and by Go 1.23: no API finding; the function 1.23 inlines everywhere is no "removed"', async () => {
  const r = await runStep(newJob(), distEntry('abi-diff'), { base, head, 'base-go': '1.19', 'head-go': debianGoroot('1.23') });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual([r.outputs.added, r.outputs.removed, r.outputs.changed, r.outputs.breaking], ['0', '0', '0', 'false']);
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as {
    pairs: { symbols: { baseCompared: number; headCompared: number; inlined: { key: string; outOfLine: string }[] } }[];
  };
  const symbols = report.pairs[0]!.symbols;
  assert.ok(
    symbols.baseCompared > 300 && symbols.headCompared > 300,
    `module API compared: ${symbols.baseCompared}/${symbols.headCompared}`,
  );
  // Out of line in the 1.19 build; 1.23's inliner puts it into every caller (only its pclntab still names it).
  assert.deepEqual(symbols.inlined, [
    {
      key: 'golang.org/x/tools/go/analysis/passes/internal/analysisutil.IsFunctionNamed',
      pkg: 'golang.org/x/tools/go/analysis/passes/internal/analysisutil',
      outOfLine: 'base',
    },
  ]);
  assert.match(r.summary, /go1\.19\.8 → go1\.23\.5\): ✅ no breaking change — 0 removed, 0 changed, 0 added/);
  assert.match(r.summary, /1 function\(s\) compiled out of line in one build and only inlined in the other/);
});
