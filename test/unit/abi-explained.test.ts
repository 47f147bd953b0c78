// Difference rules (src/abi/explained.ts) checked against real `go tool nm -size` lines of the same
// third-party source built by Go 1.19.8 and 1.23.5 (test/fixtures/abi/nm/thirdparty-*.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffTables, type SymbolDiff } from '../../src/abi/diff.js';
import { differenceRules, foldInlinedClosures, goMinor, separateDroppedVars } from '../../src/abi/explained.js';
import { parseNmLine, type NmSymbol } from '../../src/abi/nm.js';
import { SymbolTable, type Scope } from '../../src/abi/table.js';
import { repoRoot } from '../helpers/runner.js';

const dir = path.join(repoRoot, 'test/fixtures/abi/nm');
const words = (line: string): string => line.trim().split(/\s+/).join(' ');

/** `<file>\t<nm line>` lines of one Go's build outputs. */
function fixture(v: '1.19' | '1.23'): { file: string; line: string; sym: NmSymbol }[] {
  return readFileSync(path.join(dir, `thirdparty-go${v}.txt`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [file, line] = [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)];
      return { file, line: words(line), sym: parseNmLine(line)! };
    });
}
const real = { '1.19': fixture('1.19'), '1.23': fixture('1.23') };
const goVersion = { '1.19': 'go1.19.8', '1.23': 'go1.23.5' } as const;

function table(scope: Scope, lines: readonly string[]): SymbolTable {
  const t = new SymbolTable(scope);
  for (const l of lines) t.add(parseNmLine(l)!);
  return t;
}

/** The diff of one artifact's real fixture lines, base built by Go 1.19 and head by Go 1.23. */
function realDiff(file: string, scope: Scope, only?: (name: string) => boolean): SymbolDiff {
  const lines = (v: '1.19' | '1.23'): string[] => real[v].filter((r) => r.file === file && (!only || only(r.sym.name))).map((r) => r.line);
  return diffTables(table(scope, lines('1.19')), table(scope, lines('1.23')));
}

for (const rule of differenceRules) {
  test(`rule ${rule.id}: its example lines are real output of the builds it names`, () => {
    for (const side of [rule.base, rule.head] as const) {
      const v = side.go as '1.19' | '1.23';
      const ofFile = real[v].filter((r) => r.file === rule.artifact);
      assert.ok(ofFile.length > 0, `fixture has lines of ${rule.artifact} built by Go ${v}`);
      if (side.line)
        assert.ok(
          ofFile.some((r) => r.line === words(side.line)),
          `Go ${v} ${rule.artifact}: ${side.line}`,
        );
    }
    if (!rule.head.line) {
      const name = words(rule.base.line).split(' ').pop()!;
      const head = rule.head.go as '1.19' | '1.23';
      assert.ok(
        !real[head].some((r) => r.file === rule.artifact && r.sym.name === name && r.sym.code !== 'U'),
        `Go ${head} ${rule.artifact} defines no ${name}`,
      );
    }
  });
}

test('static-init-kind: real B (Go 1.19) and D (Go 1.23) archive vars of equal size are no finding; a size change still is', () => {
  const d = realDiff('archives/github.com/golang/snappy.a', 'exported');
  assert.equal(d.baseCompared, 3);
  assert.deepEqual(d.findings, []);
  const grown = diffTables(table('exported', ['1072b 16 B example.com/m.ErrX']), table('exported', ['f81d 24 D example.com/m.ErrX']));
  assert.deepEqual(
    grown.findings.map((f) => [f.change, f.key]),
    [['kind', 'example.com/m.ErrX']],
  );
  const toFunc = diffTables(table('exported', ['1072b 16 D example.com/m.X']), table('exported', ['f81d 16 T example.com/m.X']));
  assert.equal(toFunc.findings.length, 1, 'D → T is still a kind change');
});

test('linker-dropped-var: vars only the Go 1.19 executable has are dropped vars across 1.21, findings otherwise', () => {
  const exe = (): SymbolDiff => realDiff('thirdparty', 'exported', (n) => n.startsWith('github.com/golang/snappy.'));
  const before = exe();
  assert.deepEqual(
    before.findings.map((f) => [f.change, f.key]),
    [
      ['removed', 'github.com/golang/snappy.ErrCorrupt'],
      ['removed', 'github.com/golang/snappy.ErrUnsupported'],
    ],
  );
  const straddling = exe();
  separateDroppedVars(straddling, goVersion['1.19'], goVersion['1.23']);
  assert.deepEqual(straddling.findings, []);
  assert.deepEqual(
    straddling.droppedVars.map((v) => [v.key, v.keptBy]),
    [
      ['github.com/golang/snappy.ErrCorrupt', 'base'],
      ['github.com/golang/snappy.ErrUnsupported', 'base'],
    ],
  );
  // Reverse upgrade: the same vars are "added" by the 1.19 head.
  const reverse = diffTables(
    table('exported', ['b80240 16 D example.com/m.ErrA']),
    table('exported', ['b006c0 16 D example.com/m.ErrA', 'b006d0 16 D example.com/m.ErrB']),
  );
  separateDroppedVars(reverse, 'go1.23.5', 'go1.19.8');
  assert.deepEqual(reverse.findings, []);
  assert.deepEqual(reverse.droppedVars, [{ key: 'example.com/m.ErrB', pkg: 'example.com/m', keptBy: 'head' }]);
  // Both Gos on the same side of 1.21 (or unknown): still findings.
  for (const [b, h] of [
    ['go1.21.13', 'go1.23.5'],
    ['go1.19.8', 'go1.20.14'],
    ['devel go1.24-abc', 'go1.19.8'],
  ] as const) {
    const d = exe();
    separateDroppedVars(d, b, h);
    assert.equal(d.findings.length, 2, `${b} → ${h}`);
    assert.deepEqual(d.droppedVars, []);
  }
  // Variables of module packages (unexported ones in scope all), never std ones: the std's source differs.
  const other = diffTables(table('all', ['b006c0 16 D example.com/m.errX', 'b006d0 16 D io.ErrClosedPipe']), table('all', []));
  separateDroppedVars(other, 'go1.19.8', 'go1.23.5');
  assert.deepEqual(
    other.findings.map((f) => f.key),
    ['io.ErrClosedPipe'],
  );
  assert.deepEqual(
    other.droppedVars.map((v) => v.key),
    ['example.com/m.errX'],
  );
  // Never a function.
  const fn = diffTables(table('exported', ['4010a0 54 T example.com/m.F', 'b006c0 16 D example.com/m.V']), table('exported', []));
  separateDroppedVars(fn, 'go1.19.8', 'go1.23.5');
  assert.deepEqual(
    fn.findings.map((f) => f.key),
    ['example.com/m.F'],
  );
  assert.deepEqual(goMinor('go1.21.13'), 21);
});

test("method-value-wrapper: a wrapper in another package's archive is no finding in any scope and counts toward its own package", () => {
  for (const scope of ['exported', 'all'] as const) {
    const d = realDiff('archives/github.com/gorilla/websocket.a', scope);
    assert.deepEqual(d.findings, [], scope);
    assert.deepEqual(
      d.packages.map((p) => [p.pkg, p.delta]),
      [['crypto/tls', -111]],
    );
  }
  // logrus.(*Entry).Debug-fm is in logrus's archive for both Gos: never compared as logrus's API.
  const own = real['1.19'].filter((r) => r.file === 'archives/github.com/sirupsen/logrus.a').map((r) => r.line);
  assert.equal(table('exported', own).size, 0);
  assert.equal(table('all', own).size, 0);
});

test("inlined-closure: a callee's closure named Caller.Callee.funcN by Go 1.23 and Callee.funcN by Go 1.19 is one closure in scope all", () => {
  const d = realDiff('thirdparty', 'all', (n) => n.includes('MinimumNArgs') || n.includes('normalizeFlagName'));
  assert.equal(d.baseCompared, 2);
  assert.deepEqual(d.findings, []);
  // Go 1.23 also compiles SprintFunc's closure into colorString, which inlines it; Go 1.19 did not.
  const copy = realDiff('archives/github.com/fatih/color.a', 'all');
  assert.equal(copy.headCompared, 2);
  assert.deepEqual(copy.findings, []);
  // Go 1.23 inlines pflag's AddFlagSet into cobra and names the closure's copy after cobra's caller
  // only; Go 1.19 has just pflag's own AddFlagSet closure.
  const cross = realDiff('thirdparty', 'all', (n) => n.includes('AddFlagSet'));
  assert.deepEqual([cross.baseCompared, cross.headCompared], [1, 2]);
  assert.deepEqual(cross.findings, []);
  // Unrelated closures of one package, and nested names in different packages, stay findings.
  const apart = diffTables(
    table('all', ['1 10 T example.com/m.Caller.func1', '2 10 T example.com/n.Callee.func1']),
    table('all', ['3 10 T example.com/m.Other.func1', '4 10 T example.com/m.Caller.Callee.func1']),
  );
  assert.deepEqual(
    apart.findings.map((f) => [f.change, f.key]),
    [
      ['added', 'example.com/m.Other.func*'],
      ['removed', 'example.com/n.Callee.func*'],
    ],
  );
  assert.equal(foldInlinedClosures([], table('all', []), table('all', [])).length, 0);
});
