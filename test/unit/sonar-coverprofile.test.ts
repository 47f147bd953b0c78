import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addProfile, CoverageMerge, CoverProfileError } from '../../src/sonar/coverprofile.js';
import { ProjectPaths } from '../../src/sonar/project-paths.js';

const base = '/repo';
const paths = new ProjectPaths(
  base,
  [
    { path: 'example.com/a', dir: '/repo/a', env: {} },
    { path: 'example.com/b', dir: '/repo/svc/b', env: {} },
  ],
  new Map([
    ['example.com/a/pkg', '/repo/a/pkg'],
    ['example.com/b', '/repo/svc/b'],
    ['example.com/outside', '/elsewhere/outside'],
  ]),
);
const resolve = (n: string) => paths.goFile(n);

function merged(mode: string, ...profiles: string[][]): CoverageMerge {
  const m = new CoverageMerge();
  profiles.forEach((lines, p) => [`mode: ${mode}`, ...lines].forEach((l, i) => m.addLine(l, `p${p}`, i + 1, resolve)));
  return m;
}

test('set profiles merge by OR, paths become base-dir relative from the import path map', () => {
  const m = merged(
    'set',
    ['example.com/a/pkg/x.go:1.1,2.2 3 0', 'example.com/b/main.go:4.1,5.2 1 1'],
    ['example.com/a/pkg/x.go:1.1,2.2 3 1', 'example.com/b/main.go:4.1,5.2 1 1'],
  );
  assert.equal([...m.chunks()].join(''), 'mode: set\na/pkg/x.go:1.1,2.2 3 1\nsvc/b/main.go:4.1,5.2 1 1\n');
  assert.equal(m.blocks, 2);
  assert.deepEqual(m.fileCoverage().get('a/pkg/x.go'), { statements: 3, covered: 3 });
});

test('count and atomic profiles merge by sum', () => {
  for (const mode of ['count', 'atomic']) {
    const m = merged(
      mode,
      ['example.com/b/main.go:4.1,5.2 2 3'],
      ['example.com/b/main.go:4.1,5.2 2 4', 'example.com/b/main.go:6.1,7.2 1 0'],
    );
    assert.equal([...m.chunks()].join(''), `mode: ${mode}\nsvc/b/main.go:4.1,5.2 2 7\nsvc/b/main.go:6.1,7.2 1 0\n`);
    assert.deepEqual(m.fileCoverage().get('svc/b/main.go'), { statements: 3, covered: 2 });
  }
});

test('mixing modes, a missing mode line, a bad block and a statement mismatch are errors naming file and line', () => {
  assert.throws(
    () => merged('set', [], []).addLine('mode: count', 'c.out', 1, resolve),
    (e: Error) =>
      e instanceof CoverProfileError && /c\.out:1 has "mode: count" but p0:1 has "mode: set"; .*same -covermode/.test(e.message),
  );
  assert.throws(
    () => new CoverageMerge().addLine('example.com/b/main.go:4.1,5.2 1 1', 'x.out', 1, resolve),
    /coverage report x\.out:1: expected a "mode: set\|count\|atomic" first line, found "example\.com\/b\/main\.go:4\.1,5\.2 1 1"/,
  );
  assert.throws(
    () => merged('set', ['example.com/b/main.go:4.1 1 1']),
    /coverage report p0:2: bad block "example\.com\/b\/main\.go:4\.1 1 1"; expected "path\/file\.go:startLine\.startCol,endLine\.endCol statements count"/,
  );
  assert.throws(
    () => merged('set', ['example.com/b/main.go:4.1,5.2 1 1'], ['example.com/b/main.go:4.1,5.2 2 1']),
    /has 2 statements but an earlier profile says 1/,
  );
  assert.throws(() => new CoverageMerge().addLine('mode: sometimes', 'y.out', 1, resolve), /unknown mode "sometimes"/);
});

test('blocks of packages outside the modules or outside the base dir are dropped and counted', () => {
  const m = merged('set', ['example.com/zzz/q.go:1.1,1.5 1 1', 'example.com/outside/o.go:1.1,1.5 1 1', 'example.com/zzz/q.go:2.1,2.5 1 1']);
  assert.equal(m.blocks, 0);
  assert.equal(m.unmapped.get('example.com/zzz/q.go')?.blocks, 2);
  assert.match(m.unmapped.get('example.com/zzz/q.go')!.why, /not a package of any module under \/repo/);
  assert.match(m.unmapped.get('example.com/outside/o.go')!.why, /outside the project base dir/);
});

test('absolute file names (GOPATH-less go test of files) are made relative', () => {
  assert.deepEqual(paths.goFile('/repo/a/pkg/x.go'), { ok: true, rel: 'a/pkg/x.go' });
  assert.equal(paths.moduleOf('svc/b/main.go')?.path, 'example.com/b');
});

test('addProfile streams a file and rejects an empty one', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-cov-'));
  const good = path.join(dir, 'good.out');
  writeFileSync(good, 'mode: count\r\nexample.com/b/main.go:4.1,5.2 2 3\r\n');
  const m = new CoverageMerge();
  await addProfile(m, good, resolve);
  assert.equal(m.blocks, 1);
  const empty = path.join(dir, 'empty.out');
  writeFileSync(empty, '');
  await assert.rejects(addProfile(new CoverageMerge(), empty, resolve), new RegExp(`coverage report ${empty} is empty`));
});
