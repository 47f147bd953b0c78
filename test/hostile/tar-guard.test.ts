// The tar guard on archives crafted member by member (Python's tarfile writes what GNU tar will
// not: pax paths that climb out, hard links out, members after the end marker) and on what real
// tar writes (GNU long names, pax): extractArchive (src/cache/archive.ts) refuses the first kind
// before tar writes anything and restores the second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArchiveError, extractArchive } from '../../src/cache/archive.js';
import { sh } from './support.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-guard-'));

/** A tar+zstd written by Python's tarfile: members as (name, type, extra) with a manifest first. */
function crafted(name: string, members: string, format = 'PAX_FORMAT'): string {
  const file = path.join(root, `${name}.tar.zst`);
  const py = `
import io, tarfile, sys
buf = io.BytesIO()
t = tarfile.open(fileobj=buf, mode='w', format=tarfile.${format})
def add(name, data=b'', **kw):
    i = tarfile.TarInfo(name); i.size = len(data)
    for k, v in kw.items(): setattr(i, k, v)
    t.addfile(i, io.BytesIO(data) if data else None)
add('.go-ci-kit-entry', b'{"key":"k"}\\n')
${members}
t.close()
sys.stdout.buffer.write(buf.getvalue())
`;
  sh(`python3 -c '${py.replace(/'/g, `'\\''`)}' | zstd -q -f -o '${file}'`);
  return file;
}

async function refused(file: string): Promise<ArchiveError> {
  const dest = path.join(root, `out-${path.basename(file)}`);
  const e = await extractArchive(file, dest, { expectKey: 'k' }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof ArchiveError, `${file} was extracted`);
  return e;
}

test('crafted members that climb out, link out or hide after the end are refused before tar writes them', async () => {
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  const cases: [string, string, RegExp, string][] = [
    [
      'pax path up',
      `add('ok', b'x', pax_headers={'path': '../../outside/pwned'})`,
      /"\.\.\/\.\.\/outside\/pwned" is an absolute path or climbs out/,
      'poisoned',
    ],
    ['absolute name', `add('/tmp/pwned', b'x')`, /"\/tmp\/pwned" is an absolute path/, 'poisoned'],
    [
      'hard link out',
      `add('h', type=tarfile.LNKTYPE, linkname='../../etc/passwd')`,
      /"h" is a hard link to "\.\.\/\.\.\/etc\/passwd", outside the tree/,
      'poisoned',
    ],
    [
      'symlink via pax linkpath',
      `add('s', type=tarfile.SYMTYPE, linkname='ok', pax_headers={'linkpath': '/etc'})`,
      /"s" is a symlink/,
      'poisoned',
    ],
    ['sparse pax', `add('sp', b'x', pax_headers={'GNU.sparse.major': '1'})`, /sparse/, 'poisoned'],
    ['setgid via mode', `add('g', b'x', mode=0o2755)`, /"g" is setuid or setgid/, 'poisoned'],
    [
      'directory with data',
      `add('d', b'hidden member bytes', type=tarfile.DIRTYPE)`,
      /"d" is a link or directory that claims 19 bytes/,
      'corrupt',
    ],
  ];
  for (const [name, members, expect, problem] of cases) {
    const e = await refused(crafted(name.replace(/\W/g, '_'), members));
    assert.match(e.message, expect, name);
    assert.equal(e.problem, problem, name);
  }
  assert.deepEqual(readdirSync(outside), []);
  assert.equal(existsSync('/tmp/pwned'), false);
});

test('what real tar writes (GNU long names, pax long names, hard links inside) extracts', async () => {
  for (const format of ['gnu', 'posix']) {
    const stage = path.join(root, `real-${format}`);
    const long = `${'d'.repeat(120)}/${'f'.repeat(150)}`;
    sh(
      `mkdir -p '${stage}/${path.dirname(long)}' && echo hi > '${stage}/${long}' && ln '${stage}/${long}' '${stage}/hard' && printf '{"key":"k"}\\n' > '${root}/m-${format}'`,
    );
    const file = path.join(root, `real-${format}.tar.zst`);
    sh(
      `tar --format=${format} -cf - -C '${root}' --transform='s,^m-${format}$,.go-ci-kit-entry,' m-${format} -C '${stage}' . | zstd -q -f -o '${file}'`,
    );
    const dest = path.join(root, `real-out-${format}`);
    await extractArchive(file, dest, { expectKey: 'k' });
    assert.equal(readFileSync(path.join(dest, long), 'utf8'), 'hi\n', format);
    assert.equal(readFileSync(path.join(dest, 'hard'), 'utf8'), 'hi\n', format);
    assert.equal(existsSync(path.join(dest, '.go-ci-kit-entry')), false, format);
  }
});

test('what bsdtar writes (pax long names, hard links inside) extracts with either tar', async () => {
  const stage = path.join(root, 'real-bsd');
  const long = `${'d'.repeat(120)}/${'f'.repeat(150)}`;
  sh(
    `mkdir -p '${stage}/${path.dirname(long)}' && echo hi > '${stage}/${long}' && ln '${stage}/${long}' '${stage}/hard' && mkdir -p '${root}/m-bsd' && printf '{"key":"k"}\\n' > '${root}/m-bsd/.go-ci-kit-entry'`,
  );
  const file = path.join(root, 'real-bsd.tar.zst');
  sh(`bsdtar --format pax -cf - -C '${root}/m-bsd' .go-ci-kit-entry -C '${stage}' . | zstd -q -f -o '${file}'`);
  for (const flavor of ['gnu', 'bsd'] as const) {
    const dest = path.join(root, `real-bsd-out-${flavor}`);
    await extractArchive(file, dest, {
      expectKey: 'k',
      tools: { hostOs: 'linux', tar: flavor === 'gnu' ? 'tar' : 'bsdtar', flavor, compression: 'zstd' },
    });
    assert.equal(readFileSync(path.join(dest, long), 'utf8'), 'hi\n', flavor);
    assert.equal(readFileSync(path.join(dest, 'hard'), 'utf8'), 'hi\n', flavor);
  }
});

test('back-dating on the way in rewrites pax times and keeps the long path record; a climbing pax path is still refused', async () => {
  const long = `${'p'.repeat(130)}/file`;
  const ok = crafted(
    'pax-times',
    `add('${long}', b'data', mtime=1234567890.5, pax_headers={'atime': '1.5', 'ctime': '2.5', 'comment': 'kept'})`,
  );
  const dest = path.join(root, 'pax-times-out');
  await extractArchive(ok, dest, { expectKey: 'k', mtime: 1_000_000_000 });
  assert.equal(readFileSync(path.join(dest, long), 'utf8'), 'data');
  assert.equal(statSync(path.join(dest, long)).mtimeMs, 1_000_000_000_000);
  const bad = crafted('pax-times-climb', `add('x', b'data', mtime=1.5, pax_headers={'path': '../../escaped'})`);
  const e = await extractArchive(bad, path.join(root, 'pax-times-climb-out'), { expectKey: 'k', mtime: 1_000_000_000 }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof ArchiveError && e.problem === 'poisoned', String(e));
  assert.ok(!existsSync(path.join(root, 'escaped')));
});

test('the first manifest counts: a second one later in the archive neither overrides it nor stays in the tree', async () => {
  const later = crafted('manifest-later', `add('.go-ci-kit-entry', b'{"key":"other"}\\n')\nadd('f', b'x')`);
  const dest = path.join(root, 'manifest-later-out');
  await extractArchive(later, dest, { expectKey: 'k' });
  assert.deepEqual(readdirSync(dest), ['f']);
  const e = await extractArchive(later, path.join(root, 'manifest-later-other'), { expectKey: 'other' }).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof ArchiveError && e.problem === 'poisoned', String(e));
});
