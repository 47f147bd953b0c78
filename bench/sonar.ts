// Benchmarks for sonar-go-compat (run: node --import tsx bench/sonar.ts [blocks] [coverage|features]).
// 1. Coverage conversion throughput on a generated profile (default 1.2 M blocks), against a plain
//    streamed file copy of the same file in the same run.
// 2. Feature check time on the go/... tree of GOROOT (std packages with their tests) against
//    go vet on the same packages, both with a fresh GOCACHE so both compile what they need.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { addProfile, CoverageMerge } from '../src/sonar/coverprofile.js';
import { ProjectPaths } from '../src/sonar/project-paths.js';
import { writeReportFile } from '../src/sonar/report-file.js';
import { findGo } from '../src/sonar/go-command.js';
import { buildFeatureChecker, checkModule } from '../src/sonar/feature-check.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-sonar-'));
const blocks = Number(process.argv[2]) || 1_200_000;
const only = process.argv[3] ?? '';

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [r, Number(process.hrtime.bigint() - t) / 1e9];
}

async function coverage(): Promise<void> {
  const pkgs = 1000;
  const files = 10;
  const perFile = Math.ceil(blocks / (pkgs * files));
  const importDirs = new Map<string, string>();
  const profile = path.join(tmp, 'big.out');
  const out = createWriteStream(profile);
  out.write('mode: count\n');
  let n = 0;
  for (let p = 0; p < pkgs; p++) {
    importDirs.set(`example.com/big/svc${p % 7}/pkg${p}`, `/bench/repo/svc${p % 7}/pkg${p}`);
    const lines: string[] = [];
    for (let f = 0; f < files; f++) {
      for (let b = 0; b < perFile; b++, n++)
        lines.push(`example.com/big/svc${p % 7}/pkg${p}/file${f}.go:${b * 3 + 1}.2,${b * 3 + 3}.14 ${(b % 5) + 1} ${b % 3}`);
    }
    if (!out.write(lines.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const size = statSync(profile).size;
  const paths = new ProjectPaths('/bench/repo', [{ path: 'example.com/big', dir: '/bench/repo', env: {} }], importDirs);
  const [, copy] = await time(() => pipeline(createReadStream(profile), createWriteStream(path.join(tmp, 'copy.out'))));
  const [merge, convert] = await time(async () => {
    const m = new CoverageMerge();
    await addProfile(m, profile, (name) => paths.goFile(name));
    await writeReportFile(path.join(tmp, 'converted.out'), m.chunks(), { entries: m.blocks, what: 'coverage report', from: profile });
    return m;
  });
  // Two profiles with the same blocks: the merge (sum) path on every block.
  const [, twice] = await time(async () => {
    const m = new CoverageMerge();
    await addProfile(m, profile, (name) => paths.goFile(name));
    await addProfile(m, profile, (name) => paths.goFile(name));
    await writeReportFile(path.join(tmp, 'merged.out'), m.chunks(), { entries: m.blocks, what: 'coverage report', from: profile });
  });
  const mb = size / 1e6;
  console.log(`coverage: ${n.toLocaleString('en')} blocks, ${mb.toFixed(1)} MB (converted ${merge.blocks.toLocaleString('en')} blocks)`);
  console.log(`  plain streamed copy     ${copy.toFixed(2)} s  ${(mb / copy).toFixed(0)} MB/s`);
  console.log(
    `  convert (parse+rewrite) ${convert.toFixed(2)} s  ${(mb / convert).toFixed(0)} MB/s  ${(n / convert / 1e6).toFixed(2)} M blocks/s  = ${(convert / copy).toFixed(1)}x copy time`,
  );
  console.log(
    `  merge two profiles      ${twice.toFixed(2)} s  ${((2 * n) / twice / 1e6).toFixed(2)} M blocks/s  = ${(twice / copy).toFixed(1)}x copy time`,
  );
  console.log(`  heap used after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
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
