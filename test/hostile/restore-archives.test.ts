// Restores through restoreArchiveAs as setup-go-matrix runs them (guard, then the runner's tar):
// hostile archives made with real GNU tar (and Python's tarfile where tar will not write the
// member) are refused with nothing left beside the target nor outside it; a full disk is this
// runner's problem, not the archive's; a real Go 1.23 GOMODCACHE and GOCACHE come back byte for
// byte, mode for mode and mtime for mtime as plain GNU tar extracts them (the guard changes nothing).
// Each runs every way a restore decompresses zstd: the zstd program read through a relay (fixed
// buffers, relay.ts: Linux and macOS runners), the program read as a stream (Windows runners), and
// inside this process (zlib, a runner with no zstd program on Node 22.15+).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ArchiveError,
  createArchive,
  MANIFEST,
  restoreArchiveAs,
  type ArchiveProblem,
  type ExtractOptions,
} from '../../src/cache/archive.js';
import { zstdInProcess } from '../../src/cache/archive-tools.js';
import { copyApp, goBuild, goModDownload, localProxy, makeLeg, seedGoCache, useSeed } from '../helpers/cache-leg.js';
import { sh } from './support.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-restore-'));

const ways: { name: string; opts: ExtractOptions; skip: string | false }[] = [
  { name: 'zstd program, relay', opts: { decompressor: 'program' }, skip: false },
  { name: 'zstd program, stream', opts: { decompressor: 'program', relay: false }, skip: false },
  {
    name: 'zstd in this process',
    opts: { decompressor: 'in-process' },
    skip: zstdInProcess ? false : `Node ${process.version} has no zlib zstd; scripts/test.sh runs this file again on the runner's Node 24`,
  },
];
let n = 0;

/** A fresh stage directory, filled by bash (cwd = the stage); returns it and a file beside it to write the archive to. */
function stage(fill: string): { s: string; file: string } {
  const s = path.join(root, `stage-${++n}`);
  mkdirSync(s);
  if (fill) sh(fill, s);
  return { s, file: path.join(root, `a-${n}.tar.zst`) };
}

/** A tar stream written by Python's tarfile, member by member, compressed with zstd. */
function crafted(members: string): string {
  const file = path.join(root, `py-${++n}.tar.zst`);
  const py = `
import io, tarfile, sys
buf = io.BytesIO()
t = tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT)
def add(name, data=b'', **kw):
    i = tarfile.TarInfo(name); i.size = len(data)
    for k, v in kw.items(): setattr(i, k, v)
    t.addfile(i, io.BytesIO(data) if data else None)
${members}
t.close()
sys.stdout.buffer.write(buf.getvalue())
`;
  sh(`python3 -c '${py.replace(/'/g, `'\\''`)}' | zstd -q -f -o '${file}'`);
  return file;
}

/** Restores file as <fresh parent>/target; expects the refusal, and nothing left in the parent or in outside. */
async function refusedWith(
  file: string,
  problem: ArchiveProblem,
  said: RegExp,
  outside?: string,
  opts: ExtractOptions = {},
): Promise<void> {
  const parent = mkdtempSync(path.join(root, 'parent-'));
  const e = await restoreArchiveAs(file, path.join(parent, 'target'), opts).then(
    () => undefined,
    (x: unknown) => x,
  );
  assert.ok(e instanceof ArchiveError, `${file} was restored`);
  assert.match(e.message, said);
  assert.equal(e.problem, problem, e.message);
  assert.deepEqual(readdirSync(parent), [], 'nothing is left beside the target');
  if (outside) assert.deepEqual(readdirSync(outside), [], 'nothing was written outside');
}

for (const way of ways)
  test(`hostile members made with real tar are refused before anything of them is written (${way.name})`, { skip: way.skip }, async () => {
    const refused = (file: string, problem: ArchiveProblem, said: RegExp, outside?: string) =>
      refusedWith(file, problem, said, outside, way.opts);
    const outside = mkdtempSync(path.join(root, 'outside-'));
    const tarOf = (fill: string, create: string) => {
      const { file } = stage(fill);
      sh(`${create} | zstd -q -f -o '${file}'`, path.join(root, `stage-${n}`));
      return file;
    };
    // Names that climb out or are absolute (-P keeps them as given).
    await refused(
      tarOf('echo x > f', `tar -P --posix --transform 's,^f$,../../outside/pwned,' -cf - f`),
      'poisoned',
      /"\.\.\/\.\.\/outside\/pwned" is an absolute path or climbs out/,
      outside,
    );
    await refused(tarOf('echo x > f', `tar -P --posix -cf - "$PWD/f"`), 'poisoned', /is an absolute path/, outside);
    // A symlink out, then a file through it.
    await refused(
      tarOf(
        `ln -s '${outside}' l && echo x > f`,
        `tar --posix -cf a.tar l && tar --posix -rf a.tar --transform 's,^f$,l/pwned,' f && cat a.tar`,
      ),
      'poisoned',
      /"l" is a symlink/,
      outside,
    );
    // Devices, setuid and setgid files.
    await refused(tarOf('mknod null c 1 3', 'tar --posix -cf - null'), 'poisoned', /"null" is a character device/);
    await refused(tarOf('echo x > s && chmod 4755 s', 'tar --posix -cf - s'), 'poisoned', /"s" is setuid or setgid/);
    await refused(tarOf('mkdir d && chmod 2755 d', 'tar --posix -cf - d'), 'poisoned', /"d" is setuid or setgid/);
    // A stream cut in the middle of a file, and a compressed stream cut short.
    const { file: cut } = stage('head -c 300000 /dev/urandom > big');
    sh(`tar --posix -cf a.tar big && head -c 200000 a.tar | zstd -q -f -o '${cut}'`, path.join(root, `stage-${n}`));
    await refused(cut, 'corrupt', /ends before its end-of-archive marker \(truncated\)/);
    const { file: whole } = stage('head -c 300000 /dev/urandom > big');
    sh(`tar --posix -cf - big | zstd -q -f -o '${whole}' && truncate -s 100000 '${whole}'`, path.join(root, `stage-${n}`));
    // zstd's own words, or the guard's (whichever the pipeline hears first): corrupt either way.
    await refused(whole, 'corrupt', /zstd failed|truncated/);
  });

for (const way of ways)
  test(
    `members tar will not write (NUL, backslash, "." and empty parts, huge sizes) are refused (${way.name})`,
    { skip: way.skip },
    async () => {
      const refused = (file: string, problem: ArchiveProblem, said: RegExp, outside?: string) =>
        refusedWith(file, problem, said, outside, way.opts);
      await refused(
        crafted(`add('ok', b'x', pax_headers={'path': 'a\\x00b'})`),
        'poisoned',
        /has a NUL, a backslash, or an empty or "\." part/,
      );
      await refused(crafted(`add('a/./b', b'x')`), 'poisoned', /"a\/\.\/b" has a NUL/);
      await refused(crafted(`add('a//b', b'x')`), 'poisoned', /"a\/\/b" has a NUL/);
      await refused(crafted(`add('a\\\\b', b'x')`), 'poisoned', /has a NUL, a backslash/);
      await refused(
        crafted(`add('f', b'x')\nadd('h', type=tarfile.LNKTYPE, linkname='a//f')`),
        'poisoned',
        /"h" is a hard link to "a\/\/f", which is not a plain name/,
      );
      // A header that declares 5 GiB and brings a few bytes: refused at the header, before any data.
      const huge = crafted(
        `i = tarfile.TarInfo('huge'); i.size = 5 * 1024**3; buf.write(i.tobuf(tarfile.PAX_FORMAT)); buf.write(b'x' * 1024)`,
      );
      await refused(huge, 'too-big', /"huge" is 5368709120 bytes, over the 4294967296-byte limit for one file/);
    },
  );

for (const way of ways)
  test(`a hard link to a file before it is restored as a link, as GNU tar does (${way.name})`, { skip: way.skip }, async () => {
    const { s, file } = stage('echo hello > f && ln f g && mkdir d && echo x > d/h');
    sh(`tar --posix -cf - . | zstd -q -f -o '${file}'`, s);
    const target = path.join(mkdtempSync(path.join(root, 'parent-')), 'target');
    await restoreArchiveAs(file, target, way.opts);
    assert.equal(readFileSync(path.join(target, 'g'), 'utf8'), 'hello\n');
    assert.equal(lstatSync(path.join(target, 'g')).ino, lstatSync(path.join(target, 'f')).ino);
    assert.equal(lstatSync(path.join(target, 'f')).nlink, 2);
  });

for (const way of ways)
  test(
    `a disk that fills up is a local failure: the archive is not blamed and nothing is left (${way.name})`,
    { skip: way.skip },
    async () => {
      const small = mkdtempSync(path.join(root, 'small-'));
      const { s, file } = stage('head -c 3000000 /dev/urandom > big');
      sh(`tar --posix -cf - . | zstd -q -f -o '${file}'`, s);
      sh(`mount -t tmpfs -o size=1m tmpfs '${small}'`);
      try {
        const e = await restoreArchiveAs(file, path.join(small, 'target'), way.opts).then(
          () => undefined,
          (x: unknown) => x,
        );
        assert.ok(e instanceof ArchiveError);
        assert.equal(e.problem, 'local', e.message);
        assert.match(e.message, /No space left on device|Wrote only \d+ of \d+ bytes/);
        assert.deepEqual(readdirSync(small), []);
      } finally {
        sh(`umount '${small}'`);
      }
    },
  );

interface Entry {
  mode: number;
  size: number;
  mtimeNs: bigint;
  sha: string;
}

/** Every entry below dir: mode (with type bits), size and sha256 of files, mtime. */
function tree(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, r), { bigint: true });
      const file = st.isFile();
      out.set(r, {
        mode: Number(st.mode),
        size: file ? Number(st.size) : 0,
        mtimeNs: st.mtimeNs,
        sha: file
          ? createHash('sha256')
              .update(readFileSync(path.join(dir, r)))
              .digest('hex')
          : '',
      });
      if (st.isDirectory()) walk(r);
    }
  };
  walk('');
  return out;
}

/** A real Go 1.23 GOMODCACHE and GOCACHE (the fixture app built), archived once for both ways. */
let goCaches: Promise<{ work: string; dirs: (readonly ['modules' | 'build', string])[] }> | undefined;
function realGoCaches(): NonNullable<typeof goCaches> {
  goCaches ??= (async () => {
    const work = mkdtempSync(path.join(root, 'go-'));
    const proxy = await localProxy();
    const leg = await makeLeg('1.23', work, copyApp(work));
    await goModDownload(leg, leg.workingDirectory, proxy);
    useSeed(leg, await seedGoCache('1.23'));
    await goBuild(leg, leg.workingDirectory, proxy);
    const dirs = [
      ['modules', leg.gomodcache],
      ['build', leg.gocache],
    ] as const;
    for (const [kind, dir] of dirs) {
      const file = path.join(work, `${kind}.tar.zst`);
      await createArchive(dir, file, { key: `k-${kind}` });
      const gnu = path.join(work, `${kind}-gnu`);
      mkdirSync(gnu);
      sh(`zstd -dc '${file}' | tar -C '${gnu}' --no-same-owner --no-same-permissions -xf - && rm '${gnu}/${MANIFEST}'`);
    }
    return { work, dirs: [...dirs] };
  })();
  return goCaches;
}

for (const way of ways)
  test(
    `a real Go 1.23 GOMODCACHE and GOCACHE come back as GNU tar extracts them: bytes, modes, mtimes (${way.name})`,
    { skip: way.skip },
    async () => {
      const { work, dirs } = await realGoCaches();
      const out = mkdtempSync(path.join(root, 'out-'));
      for (const [kind] of dirs) {
        const file = path.join(work, `${kind}.tar.zst`);
        const ours = path.join(out, `${kind}-ours`);
        await restoreArchiveAs(file, ours, { ...way.opts, expectKey: `k-${kind}` });
        const [a, b] = [tree(ours), tree(path.join(work, `${kind}-gnu`))];
        assert.ok(a.size > (kind === 'modules' ? 10 : 100), `${kind}: only ${a.size} entries`);
        assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), `${kind}: the same names`);
        for (const [name, e] of a) assert.deepEqual(e, b.get(name), `${kind}: ${name}`);
        assert.equal(existsSync(path.join(ours, MANIFEST)), false);
        if (kind === 'modules') {
          // Go's module files and directories are read-only, and stay so.
          const modes = new Set([...a.values()].map((e) => e.mode & 0o777));
          assert.ok(modes.has(0o444) && modes.has(0o555), `modes: ${[...modes].map((m) => m.toString(8)).join(' ')}`);
        }
      }
      // A back-dated build cache: every member gets the given mtime.
      const dated = path.join(out, 'dated');
      await restoreArchiveAs(path.join(work, 'build.tar.zst'), dated, { ...way.opts, expectKey: 'k-build', mtime: 1_000_000_000 });
      for (const [name, e] of tree(dated)) if ((e.mode & 0o170000) === 0o100000) assert.equal(e.mtimeNs, 1_000_000_000_000_000_000n, name);
    },
  );
