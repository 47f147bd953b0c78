// How fast can this machine restore the bench's two cache archives, and how close is extractArchive?
// Times, for the same <key>.tar.zst files (bench/setup-go-compare.ts BENCH_KEEP_ARCHIVES=<dir>
// writes them), both entries extracted side by side into fresh directories, as a restore does:
//  - kernel pipe: `zstd -dc file | tar -x` with the pipe between the two programs (no Node in the data path);
//  - setup-go's way: one `tar -x --use-compress-program unzstd -f file`;
//  - extractArchive from the file and from a read stream (as a download arrives), as a restore runs
//    it (the zstd program read through a relay of fixed buffers, src/process/relay.ts), and from
//    the file with the program read as a stream (Windows) and with zlib zstd in this process;
//  - the kernel pipe with the guard reading a second decompression beside it (not before tar): what
//    a design that checked the stream alongside tar instead of in its path would cost.
// Medians of interleaved rounds; figures are ratios against the kernel pipe measured in the same run.
//   $GO_CI_KIT_ACTION_NODE --import tsx bench/restore-floor.ts <dir>   (BENCH_ROUNDS, default 7; the runner's node)
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { cacheLimits, extractArchive, MANIFEST, removeTree } from '../src/cache/archive.js';
import { TarGuard } from '../src/process/tar-guard.js';

const dir = process.env.RESTORE_ARCHIVES ?? process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx bench/restore-floor.ts <dir with <key>.tar.zst files>');
  process.exit(2);
}
const archives = readdirSync(dir)
  .filter((f) => f.endsWith('.tar.zst'))
  .map((f) => ({ file: path.join(dir, f), key: f.slice(0, -'.tar.zst'.length) }));
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gck-floor-'));

const exited = (c: ReturnType<typeof spawn>) =>
  new Promise<void>((resolve, reject) => c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));

type Way = (a: { file: string; key: string }, dest: string) => Promise<void>;
const ways: Record<string, Way> = {
  'kernel pipe zstd|tar': async (a, dest) => {
    mkdirSync(dest);
    const z = spawn('zstd', ['-d', '-q', '-c', '--', a.file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const t = spawn('tar', ['-C', dest, '--no-same-owner', '--no-same-permissions', '-xf', '-'], {
      stdio: [z.stdout, 'ignore', 'inherit'],
    });
    await Promise.all([exited(z), exited(t)]);
  },
  "setup-go's tar --use-compress-program": async (a, dest) => {
    mkdirSync(dest);
    await exited(spawn('tar', ['-xf', a.file, '-P', '-C', dest, '--use-compress-program', 'unzstd'], { stdio: 'inherit' }));
  },
  'kernel pipe + guard beside it': async (a, dest) => {
    const checked = spawn('zstd', ['-d', '-q', '-c', '--', a.file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const guard = new TarGuard({ symlinks: 'none', limits: cacheLimits(statSync(a.file).size), capture: [MANIFEST] });
    await Promise.all([
      ways['kernel pipe zstd|tar']!(a, dest),
      pipeline(checked.stdout, guard, new Writable({ write: (_c, _e, done) => done() })),
      exited(checked),
    ]);
  },
  'extractArchive(file)': (a, dest) => extractArchive(a.file, dest, { expectKey: a.key }),
  'extractArchive(file), program as a stream': (a, dest) =>
    extractArchive(a.file, dest, { expectKey: a.key, decompressor: 'program', relay: false }),
  'extractArchive(file), zlib in-process': (a, dest) => extractArchive(a.file, dest, { expectKey: a.key, decompressor: 'in-process' }),
  'extractArchive(stream)': (a, dest) =>
    extractArchive({ stream: createReadStream(a.file), bytes: statSync(a.file).size }, dest, { expectKey: a.key }),
};
const extra = process.env.FLOOR_ONLY?.split(',');
const chosen = Object.entries(ways).filter(([n], i) => i === 0 || !extra || extra.some((e) => n.includes(e)));

const times = new Map<string, number[]>(chosen.map(([n]) => [n, []]));
const cpu = new Map<string, number[]>(chosen.map(([n]) => [n, []]));
for (let r = 0; r < rounds; r++) {
  for (const [name, way] of r % 2 ? [...chosen].reverse() : chosen) {
    const dests = archives.map((_, i) => path.join(scratch, `${r}-${i}`));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(archives.map((a, i) => way(a, dests[i]!)));
    times.get(name)!.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.get(name)!.push((c.user + c.system) / 1000);
    for (const d of dests) await removeTree(d);
  }
}
rmSync(scratch, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = median(times.get(chosen[0]![0])!);
const mib = archives.reduce((n, a) => n + statSync(a.file).size, 0) / 1024 ** 2;
console.log(
  `${archives.length} archives (${mib.toFixed(1)} MiB), ${rounds} interleaved rounds, medians; load ${os.loadavg()[0]!.toFixed(2)}`,
);
for (const [name] of chosen)
  console.log(
    `  ${name.padEnd(40)} ${median(times.get(name)!).toFixed(0).padStart(5)} ms = ${(median(times.get(name)!) / floor).toFixed(2)}× floor; this process's CPU ${median(cpu.get(name)!).toFixed(0)} ms`,
  );
