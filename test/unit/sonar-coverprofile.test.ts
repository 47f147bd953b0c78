import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CoverageMerge, CoverProfileError } from '../../src/sonar/coverprofile.js';
import { ProjectPaths } from '../../src/sonar/project-paths.js';

// A real base dir: suffix mapping and absolute names check the files on disk.
const base = mkdtempSync(path.join(os.tmpdir(), 'gck-cov-'));
for (const f of ['a/pkg/x.go', 'svc/b/main.go']) {
  mkdirSync(path.dirname(path.join(base, f)), { recursive: true });
  writeFileSync(path.join(base, f), 'package p\n');
}
const paths = new ProjectPaths(
  base,
  [
    { path: 'example.com/a', dir: `${base}/a`, env: {} },
    { path: 'example.com/b', dir: `${base}/svc/b`, env: {} },
  ],
  new Map([
    ['example.com/a/pkg', `${base}/a/pkg`],
    ['example.com/b', `${base}/svc/b`],
    ['example.com/outside', '/elsewhere/outside'],
  ]),
);
const resolve = (n: string) => paths.goFile(n);
let seq = 0;

function profile(text: string): string {
  const f = path.join(base, `p${seq++}.out`);
  writeFileSync(f, text);
  return f;
}

function newMerge(): { m: CoverageMerge; out: string } {
  const out = path.join(base, `out${seq++}`, 'coverage.out');
  mkdirSync(path.dirname(out));
  return { m: new CoverageMerge(`${out}.spool`, resolve), out };
}

function merged(mode: string, ...profiles: string[][]): { m: CoverageMerge; text: string } {
  const { m, out } = newMerge();
  for (const lines of profiles) m.add(profile([`mode: ${mode}`, ...lines].join('\n') + '\n'));
  m.write(out);
  assert.deepEqual(readdirSync(path.dirname(out)), ['coverage.out'], 'no spool or partial file is left');
  return { m, text: readFileSync(out, 'utf8') };
}

test('set profiles merge by OR, paths become base-dir relative from the import path map', () => {
  const { m, text } = merged(
    'set',
    ['example.com/a/pkg/x.go:1.1,2.2 3 0', 'example.com/b/main.go:4.1,5.2 1 1'],
    ['example.com/a/pkg/x.go:1.1,2.2 3 1', 'example.com/b/main.go:4.1,5.2 1 1'],
  );
  assert.equal(text, 'mode: set\na/pkg/x.go:1.1,2.2 3 1\nsvc/b/main.go:4.1,5.2 1 1\n');
  assert.equal(m.blocks, 2);
  assert.deepEqual(m.fileCoverage().get('a/pkg/x.go'), { statements: 3, covered: 3 });
});

test('count and atomic profiles merge by sum; one profile in order is the spool itself', () => {
  for (const mode of ['count', 'atomic']) {
    const { m, text } = merged(
      mode,
      ['example.com/b/main.go:4.1,5.2 2 3'],
      ['example.com/b/main.go:4.1,5.2 2 4', 'example.com/b/main.go:6.1,7.2 1 0'],
    );
    assert.equal(text, `mode: ${mode}\nsvc/b/main.go:4.1,5.2 2 7\nsvc/b/main.go:6.1,7.2 1 0\n`);
    assert.deepEqual(m.fileCoverage().get('svc/b/main.go'), { statements: 3, covered: 2 });
  }
  const one = merged('count', [
    'example.com/b/main.go:4.1,5.2 2 3',
    'example.com/a/pkg/x.go:1.1,2.2 3 0',
    'example.com/b/main.go:1.1,1.9 1 1',
  ]);
  // main.go is named by two runs: merged and sorted; x.go is copied as it was.
  assert.equal(one.text, 'mode: count\nsvc/b/main.go:1.1,1.9 1 1\nsvc/b/main.go:4.1,5.2 2 3\na/pkg/x.go:1.1,2.2 3 0\n');
  assert.equal(one.m.blocks, 3);
});

test('a broken profile is rolled back and named; the good ones still count', () => {
  const { m, out } = newMerge();
  m.add(profile('mode: set\nexample.com/b/main.go:4.1,5.2 1 1\n'));
  const errors: string[] = [];
  const bad = {
    nomode: 'example.com/b/main.go:4.1,5.2 1 1\n',
    badblock: 'mode: set\nexample.com/a/pkg/x.go:1.1,2.2 3 1\nexample.com/b/main.go:4.1 1 1\n',
    mixed: 'mode: count\nexample.com/b/main.go:4.1,5.2 1 1\n',
    unknown: 'mode: sometimes\n',
    empty: '',
    binary: 'mode: set\nexample.com/b/main.go:4.1,5.2 1 1\n\u0000\u0001\u001b[31m',
    truncated: 'mode: set\nexample.com/a/pkg/x.go:1.1,2.2 3 1\nexample.com/a/pkg/x.go:3.1,4.',
  };
  for (const text of Object.values(bad)) {
    assert.throws(
      () => m.add(profile(text)),
      (e: Error) => e instanceof CoverProfileError && (errors.push(e.message), true),
    );
  }
  m.write(out);
  assert.equal(readFileSync(out, 'utf8'), 'mode: set\nsvc/b/main.go:4.1,5.2 1 1\n');
  assert.deepEqual([...m.fileCoverage().keys()], ['svc/b/main.go']);
  assert.match(errors[0]!, /:1: expected a "mode: set\|count\|atomic" first line, found "example\.com\/b\/main\.go:4\.1,5\.2 1 1"/);
  assert.match(
    errors[1]!,
    /:3: bad block "example\.com\/b\/main\.go:4\.1 1 1"; expected "path\/file\.go:startLine\.startCol,endLine\.endCol statements count"/,
  );
  assert.match(errors[2]!, /:1 has "mode: count" but .*:1 has "mode: set"; .*same -covermode/);
  assert.match(errors[3]!, /unknown mode "sometimes"/);
  assert.match(errors[4]!, /is empty; expected a "mode: \.\.\." line/);
  assert.match(errors[5]!, /holds binary data \(a NUL byte at offset 44\)/);
  assert.match(errors[6]!, /:3: bad block "example\.com\/a\/pkg\/x\.go:3\.1,4\." \(the file ends in the middle of a line: truncated\?\)/);
  for (const e of errors) assert.ok(![...e].some((c) => c.charCodeAt(0) < 0x20), `raw control character in: ${e}`);
});

test('statement counts that disagree keep the first and are reported', () => {
  const { m } = merged('set', ['example.com/b/main.go:4.1,5.2 1 1'], ['example.com/b/main.go:4.1,5.2 2 1']);
  assert.equal(m.conflicts.length, 1);
  assert.match(m.conflicts[0]!, /svc\/b\/main\.go:4\.1,5\.2 has 2 statements in .*p\d+\.out but 1 in .*p\d+\.out/);
});

test('blocks of packages outside the modules or outside the base dir are dropped and counted', () => {
  const { m, out } = newMerge();
  m.add(profile('mode: set\nexample.com/zzz/q.go:1.1,1.5 1 1\nexample.com/outside/o.go:1.1,1.5 1 1\nexample.com/zzz/q.go:2.1,2.5 1 1\n'));
  assert.equal(m.blocks, 0);
  assert.equal(m.unmapped.get('example.com/zzz/q.go')?.blocks, 2);
  assert.match(m.unmapped.get('example.com/zzz/q.go')!.why, /not a package of any module under /);
  assert.match(m.unmapped.get('example.com/outside/o.go')!.why, /outside the project base dir/);
  m.dispose();
  assert.ok(!existsSync(`${out}.spool`));
});

test('absolute names from this machine or another map by their longest suffix under a module', () => {
  assert.deepEqual(paths.goFile(`${base}/a/pkg/x.go`), { ok: true, rel: 'a/pkg/x.go' });
  assert.deepEqual(paths.goFile('/home/runner/work/repo/repo/a/pkg/x.go'), { ok: true, rel: 'a/pkg/x.go', bySuffix: true });
  assert.deepEqual(paths.goFile('C:\\a\\repo\\svc\\b\\main.go'), { ok: true, rel: 'svc/b/main.go', bySuffix: true });
  assert.deepEqual(paths.goFile('/x/../../a/pkg/x.go'), { ok: true, rel: 'a/pkg/x.go', bySuffix: true });
  assert.equal(paths.goFile('/home/runner/work/repo/repo/a/pkg/gone.go').ok, false);
  assert.equal(paths.moduleOf('svc/b/main.go')?.path, 'example.com/b');
  const { m, text } = merged('set', ['/home/runner/work/repo/repo/a/pkg/x.go:1.1,2.2 3 1', 'C:\\a\\repo\\svc\\b\\main.go:4.1,5.2 1 0']);
  assert.equal(text, 'mode: set\na/pkg/x.go:1.1,2.2 3 1\nsvc/b/main.go:4.1,5.2 1 0\n');
  assert.equal(m.bySuffix.size, 2);
});

test('CRLF profiles and a mode line repeated by concatenation are read', () => {
  const { text } = merged('count', ['example.com/b/main.go:4.1,5.2 2 3\r', 'mode: count\r', 'example.com/b/main.go:6.1,7.2 2 3\r']);
  assert.equal(text, 'mode: count\nsvc/b/main.go:4.1,5.2 2 3\nsvc/b/main.go:6.1,7.2 2 3\n');
});
