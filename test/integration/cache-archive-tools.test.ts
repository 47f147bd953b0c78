// Cache archives written and read by both tars a runner may have — GNU tar (Linux) and bsdtar (the
// `tar` of macOS and Windows; Debian's libarchive-tools here) — with zstd and with gzip, on a real
// module cache and build cache of test/fixtures/cache-app built by Go 1.23: every archive one
// writes, the other restores to the same tree; bsdtar-made archives meet the same guard; a build
// cache is back-dated on its way in whichever tar made it; a download stream restores like a file.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { ArchiveError, createArchive, removeTree, restoreArchiveAs } from '../../src/cache/archive.js';
import { archiveTools, archiveToolsSoon, type ArchiveTools, type Compression, type TarFlavor } from '../../src/cache/archive-tools.js';
import { listFiles } from '../../src/fs/tree.js';
import type { GoLeg } from '../../src/go/leg.js';
import { copyApp, goModDownload, localProxy, makeLeg, seedGoCache, useSeed } from '../helpers/cache-leg.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'gck-tools-'));
const tools = (flavor: TarFlavor, compression: Compression, hostOs: ArchiveTools['hostOs'] = 'linux'): ArchiveTools => ({
  hostOs,
  tar: flavor === 'gnu' ? 'tar' : 'bsdtar',
  flavor,
  compression,
});

let leg: GoLeg;

before(async () => {
  for (const p of ['tar', 'bsdtar', 'zstd', 'gzip']) {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
    assert.equal(r.error, undefined, `${p} is needed (scripts/install-go-toolchains.sh installs it)`);
  }
  const proxy = await localProxy();
  const root = tmp();
  leg = await makeLeg('1.23', root, copyApp(root));
  await goModDownload(leg, leg.workingDirectory, proxy);
  useSeed(leg, await seedGoCache('1.23'));
});

/** Every regular file and directory below dir with its content hash: what a restore must reproduce. */
async function treeOf(dir: string, skipTop: readonly string[] = []): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listFiles(dir, { skip: (name, parent) => parent === '' && skipTop.includes(name) })) {
    out.set(
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    );
  }
  return out;
}

function magic(file: string): string {
  return readFileSync(file).subarray(0, 4).toString('hex');
}

test('module cache: GNU tar and bsdtar, zstd and gzip, each reads what the other wrote', async () => {
  const want = await treeOf(leg.gomodcache);
  assert.ok(want.size > 5, 'the module cache holds the downloaded module');
  for (const writer of ['gnu', 'bsd'] as const) {
    for (const reader of ['gnu', 'bsd'] as const) {
      for (const compression of ['zstd', 'gzip'] as const) {
        const dir = tmp();
        const file = path.join(dir, 'a.tar');
        const bytes = await createArchive(leg.gomodcache, file, { key: 'k-mod', tools: tools(writer, compression) });
        assert.ok(bytes > 0);
        assert.equal(magic(file).slice(0, compression === 'zstd' ? 8 : 4), compression === 'zstd' ? '28b52ffd' : '1f8b');
        const target = path.join(dir, 'mod');
        await restoreArchiveAs(file, target, { expectKey: 'k-mod', tools: tools(reader, 'zstd') });
        assert.deepEqual(await treeOf(target), want, `${writer} → ${reader} (${compression})`);
        assert.ok(!existsSync(path.join(target, '.go-ci-kit-entry')), 'the manifest is not left in the tree');
        await removeTree(dir);
      }
    }
  }
});

test('build cache: the fuzz corpus stays out with both tars; members are back-dated on the way in', async () => {
  mkdirSync(path.join(leg.gocache, 'fuzz', 'example.com'), { recursive: true });
  writeFileSync(path.join(leg.gocache, 'fuzz', 'example.com', 'corpus'), 'seed\n');
  const want = await treeOf(leg.gocache, ['fuzz']);
  const mtime = Math.floor(Date.now() / 1000) - 7200;
  for (const writer of ['gnu', 'bsd'] as const) {
    for (const reader of ['gnu', 'bsd'] as const) {
      const dir = tmp();
      const file = path.join(dir, 'b.tar');
      await createArchive(leg.gocache, file, { key: 'k-build', exclude: ['fuzz'], tools: tools(writer, 'zstd') });
      const target = path.join(dir, 'cache');
      await restoreArchiveAs(file, target, { expectKey: 'k-build', mtime, tools: tools(reader, 'zstd') });
      assert.deepEqual(await treeOf(target), want, `${writer} → ${reader}`);
      assert.ok(!existsSync(path.join(target, 'fuzz')), 'fuzz corpus is not archived');
      for (const f of [...want.keys()].slice(0, 50))
        assert.equal(Math.floor(lstatSync(path.join(target, f)).mtimeMs / 1000), mtime, `${f} back-dated (${writer} → ${reader})`);
      await removeTree(dir);
    }
  }
});

test('bsdtar as on macOS (--no-mac-metadata) writes an archive GNU tar restores', async () => {
  const dir = tmp();
  const file = path.join(dir, 'mac.tar');
  await createArchive(leg.gomodcache, file, { key: 'k', tools: tools('bsd', 'zstd', 'darwin') });
  const target = path.join(dir, 'mod');
  await restoreArchiveAs(file, target, { expectKey: 'k', tools: tools('gnu', 'zstd') });
  assert.deepEqual(await treeOf(target), await treeOf(leg.gomodcache));
  await removeTree(dir);
});

test('a bsdtar-made archive meets the same guard: a symlink poisons it and the target stays', async () => {
  const dir = tmp();
  const src = path.join(dir, 'src');
  mkdirSync(src);
  writeFileSync(path.join(src, 'ok'), 'ok');
  symlinkSync('/etc/passwd', path.join(src, 'link'));
  const file = path.join(dir, 'bad.tar');
  await createArchive(src, file, { key: 'k', tools: tools('bsd', 'gzip') });
  const target = path.join(dir, 'target');
  mkdirSync(target);
  writeFileSync(path.join(target, 'before'), 'x');
  for (const reader of ['gnu', 'bsd'] as const) {
    const e = await restoreArchiveAs(file, target, { expectKey: 'k', tools: tools(reader, 'zstd') }).then(
      () => undefined,
      (err: unknown) => err,
    );
    assert.ok(e instanceof ArchiveError && e.problem === 'poisoned', String(e));
    assert.match(e.message, /"link" is a symlink/);
    assert.deepEqual(await treeOf(target), new Map([['before', createHash('sha256').update('x').digest('hex')]]));
  }
  await removeTree(dir);
});

test('an archive restores from a stream (a download); a stream cut off is a local failure and the target stays', async () => {
  const dir = tmp();
  const file = path.join(dir, 'a.tar');
  const bytes = await createArchive(leg.gomodcache, file, { key: 'k', tools: tools('gnu', 'zstd') });
  const target = path.join(dir, 'mod');
  await restoreArchiveAs({ stream: createReadStream(file, { highWaterMark: 4096 }), bytes }, target, { expectKey: 'k' });
  assert.deepEqual(await treeOf(target), await treeOf(leg.gomodcache));

  const cut = new PassThrough();
  const whole = readFileSync(file);
  cut.write(whole.subarray(0, Math.floor(whole.length / 2)));
  setTimeout(() => cut.destroy(new Error('socket hang up')), 50);
  const e = await restoreArchiveAs({ stream: cut, bytes }, target, { expectKey: 'k' }).then(
    () => undefined,
    (err: unknown) => err,
  );
  assert.ok(e instanceof ArchiveError, String(e));
  assert.equal(e.problem, 'local', e.message);
  assert.match(e.message, /reading the input failed: socket hang up/);
  assert.deepEqual(await treeOf(target), await treeOf(leg.gomodcache), 'the restored tree is untouched');
  await removeTree(dir);
});

test("this runner's tools: GNU tar found as tar, zstd on PATH; without zstd on PATH, gzip", () => {
  const here = archiveTools('linux');
  assert.equal(here.flavor, 'gnu');
  assert.equal(here.compression, 'zstd');
  // A PATH whose tar is bsdtar and that has no zstd (a macOS-like runner without Homebrew's zstd).
  const bin = tmp();
  symlinkSync('/usr/bin/bsdtar', path.join(bin, 'tar'));
  const other = archiveTools('linux', { PATH: bin });
  assert.deepEqual(other, { hostOs: 'linux', tar: 'tar', flavor: 'bsd', compression: 'gzip' });
});

test('asked without blocking (while the lookups are on the wire): the same answer, asked once, then remembered for archiveTools', async () => {
  const bin = tmp();
  symlinkSync('/usr/bin/bsdtar', path.join(bin, 'tar'));
  const env = { PATH: bin };
  const [a, b] = await Promise.all([archiveToolsSoon('linux', env), archiveToolsSoon('linux', env)]);
  assert.deepEqual(a, { hostOs: 'linux', tar: 'tar', flavor: 'bsd', compression: 'gzip' });
  assert.equal(a, b, 'one question for both');
  assert.equal(archiveTools('linux', env), a, 'archiveTools finds the answer');
  assert.equal(await archiveToolsSoon('linux', env), a);
  // No tar at all: the OS decides, as archiveTools does.
  const none = await archiveToolsSoon('darwin', { PATH: tmp() });
  assert.equal(none.flavor, 'bsd');
  assert.equal(none.compression, 'gzip');
});

test("a runner without the archive's decompressor: a local failure naming the program (the stored archive is good), the target stays", async () => {
  const dir = tmp();
  const file = path.join(dir, 'a.tar');
  await createArchive(leg.gomodcache, file, { key: 'k', tools: tools('gnu', 'zstd') });
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync('/usr/bin/tar', path.join(bin, 'tar'));
  const target = path.join(dir, 'mod');
  mkdirSync(target);
  const saved = process.env.PATH;
  process.env.PATH = bin;
  let e: unknown;
  try {
    e = await restoreArchiveAs(file, target, { expectKey: 'k', tools: tools('gnu', 'zstd') }).then(
      () => undefined,
      (err: unknown) => err,
    );
  } finally {
    process.env.PATH = saved;
  }
  assert.ok(e instanceof ArchiveError, String(e));
  assert.equal(e.problem, 'local', e.message);
  assert.match(e.message, /zstd is not installed/);
  assert.deepEqual(await treeOf(target), new Map());
  await removeTree(dir);
});
