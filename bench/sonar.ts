// Benchmarks for sonar-go-compat (run: node --import tsx bench/sonar.ts [blocks...] [coverage|features]).
// 1. Coverage conversion as a whole process, the way a step runs it: this file bundled with esbuild
//    and run by plain node on a generated profile (default 1 M and 4 M blocks), against `cp` of
//    the same file in the same run (median of 3 each, alternating). Prints the time ratio and the
//    converter's peak RSS (targets: ≤ 8× cp, ≤ 128 MiB), then a two-profile merge (every block
//    named twice: the second pass).
// 2. Feature check time on the go/... tree of GOROOT (std packages with their tests) against
//    go vet on the same packages, both with a fresh GOCACHE so both compile what they need.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoverageMerge } from '../src/sonar/coverprofile.js';
import { ProjectPaths } from '../src/sonar/project-paths.js';
import { findGo } from '../src/sonar/go-command.js';
import { buildFeatureChecker, checkModule } from '../src/sonar/feature-check.js';

const pkgs = 1000;
const filesPerPkg = 10;
const importPath = (p: number): string => `example.com/big/svc${p % 7}/pkg${p}`;

/** The bundled child: converts the profiles given into `out`; prints blocks and peak RSS as JSON. */
function convertChild(out: string, profiles: string[]): void {
  const importDirs = new Map<string, string>();
  for (let p = 0; p < pkgs; p++) importDirs.set(importPath(p), `/bench/repo/svc${p % 7}/pkg${p}`);
  const paths = new ProjectPaths('/bench/repo', [{ path: 'example.com/big', dir: '/bench/repo', env: {} }], importDirs);
  const m = new CoverageMerge(`${out}.spool`, (name) => paths.goFile(name));
  for (const p of profiles) m.add(p);
  m.write(out);
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ blocks: m.blocks, maxRssKiB: process.resourceUsage().maxRSS, cpuS: (cpu.user + cpu.system) / 1e6 }));
}

if (process.argv[2] === '--convert-child') {
  convertChild(process.argv[3]!, process.argv.slice(4));
  process.exit(0);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-sonar-'));
const args = process.argv.slice(2);
const only = args.find((a) => a === 'coverage' || a === 'features') ?? '';
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [r, Number(process.hrtime.bigint() - t) / 1e9];
}

async function writeProfile(file: string, blocks: number): Promise<number> {
  const perFile = Math.ceil(blocks / (pkgs * filesPerPkg));
  const out = createWriteStream(file);
  out.write('mode: count\n');
  let n = 0;
  for (let p = 0; p < pkgs; p++) {
    const lines: string[] = [];
    for (let f = 0; f < filesPerPkg; f++) {
      for (let b = 0; b < perFile; b++, n++)
        lines.push(`${importPath(p)}/file${f}.go:${b * 3 + 1}.2,${b * 3 + 3}.14 ${(b % 5) + 1} ${b % 3}`);
    }
    if (!out.write(lines.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return n;
}

function timed(cmd: string, argv: string[]): { s: number; stdout: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return { s, stdout: r.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function coverage(): Promise<void> {
  const here = fileURLToPath(import.meta.url);
  const bundle = path.join(tmp, 'bench-sonar.mjs');
  const esbuild = path.join(path.dirname(here), '..', 'node_modules', '.bin', 'esbuild');
  timed(esbuild, [here, '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error']);
  for (const blocks of sizes.length ? sizes : [1_000_000, 4_000_000]) {
    const profile = path.join(tmp, `p${blocks}.out`);
    const n = await writeProfile(profile, blocks);
    const mb = statSync(profile).size / 1e6;
    const cp: number[] = [];
    const conv: number[] = [];
    let rss = 0;
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      cp.push(timed('cp', [profile, path.join(tmp, 'copy.out')]).s);
      const r = timed(process.execPath, [bundle, '--convert-child', path.join(tmp, 'converted.out'), profile]);
      conv.push(r.s);
      const info = JSON.parse(r.stdout) as { maxRssKiB: number; cpuS: number };
      rss = Math.max(rss, info.maxRssKiB);
      cpu.push(info.cpuS);
    }
    const twice = timed(process.execPath, [bundle, '--convert-child', path.join(tmp, 'merged.out'), profile, profile]);
    const twiceInfo = JSON.parse(twice.stdout) as { blocks: number; maxRssKiB: number };
    console.log(
      `coverage: ${n.toLocaleString('en')} blocks, ${mb.toFixed(1)} MB (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
    );
    console.log(`  cp (whole process)              ${median(cp).toFixed(3)} s`);
    console.log(
      `  convert (whole process)         ${median(conv).toFixed(3)} s  = ${(median(conv) / median(cp)).toFixed(1)}x cp  (target ≤ 8x)  peak RSS ${(rss / 1024).toFixed(0)} MiB (target ≤ 128)  CPU ${median(cpu).toFixed(2)} s`,
    );
    console.log(
      `  merge of two copies (2nd pass)  ${twice.s.toFixed(3)} s  = ${(twice.s / median(cp)).toFixed(1)}x cp  peak RSS ${(twiceInfo.maxRssKiB / 1024).toFixed(0)} MiB, ${twiceInfo.blocks.toLocaleString('en')} blocks out`,
    );
    rmSync(profile, { force: true });
  }
}

async function featureCheck(): Promise<void> {
  const goroot = '/usr/lib/go-1.23';
  const treeDir = path.join(goroot, 'src', 'go');
  const gocache = path.join(tmp, 'gocache');
  const env = { PATH: '/usr/bin:/bin', HOME: os.homedir(), GOTOOLCHAIN: 'local', GOCACHE: gocache, GOFLAGS: '' };
  const go = await findGo(goroot, env);
  const helper = await buildFeatureChecker(go, path.join(tmp, 'helper'));
  const pkgs = spawnSync(go.bin, ['list', './...'], { cwd: treeDir, env, encoding: 'utf8' }).stdout.trim().split('\n').length;
  const mod = { path: 'std', dir: treeDir, env: {} };
  rmSync(gocache, { recursive: true, force: true });
  const [cold, coldT] = await time(() => checkModule(go, helper, mod, { major: 1, minor: 21 }));
  const [, warmT] = await time(() => checkModule(go, helper, mod, { major: 1, minor: 21 }));
  rmSync(gocache, { recursive: true, force: true });
  const [, vetT] = await time(() => Promise.resolve(spawnSync(go.bin, ['vet', './...'], { cwd: treeDir, env, encoding: 'utf8' })));
  const files = cold.findings.reduce((s, f) => s.add(f.file), new Set<string>()).size;
  console.log(`feature check: ${goroot}/src/go/... (${pkgs} packages + tests), ${go.version}, analyzer Go 1.21`);
  console.log(
    `  findings: ${cold.findings.length} in ${files} files (${cold.packages} packages type-checked, ${cold.otherErrors.length} other type errors)`,
  );
  console.log(`  go vet ./... (fresh GOCACHE)          ${vetT.toFixed(1)} s`);
  console.log(`  feature check (fresh GOCACHE)         ${coldT.toFixed(1)} s  = ${(coldT / vetT).toFixed(2)}x go vet`);
  console.log(`  feature check (export data cached)    ${warmT.toFixed(1)} s  = ${(warmT / vetT).toFixed(2)}x cold go vet`);
}

try {
  if (only !== 'features') await coverage();
  if (only !== 'coverage') await featureCheck();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
