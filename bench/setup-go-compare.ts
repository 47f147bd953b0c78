// setup-go-matrix against actions/setup-go's released dist on the same loopback GitHub cache
// service (test/helpers/cache-service.ts, protocol v2), same tool cache (Debian's Go 1.23 as
// go/<version>/x64), same module: a program importing about twenty real third-party modules
// (Debian's golang-*-dev sources served from a GOPROXY=file:// directory, so GOMODCACHE is a real
// module cache) and its GOCACHE after `go build ./...`. Each run is a fresh runner (new HOME,
// RUNNER_TEMP, workspace; the previous run's files written back to disk first). Figures, as ratios ours / setup-go, medians of alternating rounds:
//  - warm restore: the main step with the cache minus the same step with `cache: false` (target ≤ 0.9×),
//    and the whole warm main step;
//  - saved bytes: what each stored in the service after the first (cold) run (target ≤ 1.05×).
// setup-go's dist is never committed: extract it from its release and pass the folder holding
// setup/index.js and cache-save/index.js, e.g.
//   git -C /work/.mirror/actions+setup-go/repo show HEAD:dist/setup/index.js > /tmp/sg/setup/index.js
//   (likewise dist/cache-save/index.js), then
//   SETUP_GO_DIST=/tmp/sg node --import tsx bench/setup-go-compare.ts   (BENCH_ROUNDS, default 7)
// Ours runs from dist/ (npm run build first); BEFORE_DIST=<an older dist/> adds that build to the
// same rounds (its warm restore, and ours now against it). BENCH_KEEP_ARCHIVES=<dir> writes our
// stored archives there as <key>.tar.zst (for bench/restore-floor.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goBin } from '../test/helpers/go.js';
import { startCacheService } from '../test/helpers/cache-service.js';
import { distEntry, newJob, runStep, type RunnerJob } from '../test/helpers/runner.js';
import { laterStep } from '../test/helpers/setup-job.js';
import { thirdPartyModule } from '../test/helpers/thirdparty.js';

const dist = process.env.SETUP_GO_DIST ?? process.argv[2];
if (!dist || !existsSync(path.join(dist, 'setup', 'index.js')) || !existsSync(path.join(dist, 'cache-save', 'index.js'))) {
  console.error(
    'usage: SETUP_GO_DIST=<folder with setup/index.js and cache-save/index.js of actions/setup-go> node --import tsx bench/setup-go-compare.ts',
  );
  process.exit(2);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));
const go = goBin('1.23');
const goVersion = execFileSync(go, ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } })
  .trim()
  .replace(/^go/, '');
const arch = process.arch === 'arm64' ? 'arm64' : 'x64';

/** The third-party program as a module that requires its modules from a local proxy (no replace). */
function subject(): { template: string; proxy: string } {
  const work = tmp('gck-cmp-');
  const mod = thirdPartyModule(work);
  const modules = path.join(work, 'proxy-src');
  const requires = /require \(\n([\s\S]*?)\n\)/.exec(readFileSync(path.join(mod, 'go.mod'), 'utf8'))![1]!;
  for (const line of requires.split('\n')) {
    const [module, version] = line.trim().split(/\s+/) as [string, string];
    cpSync(path.join(mod, 'third_party', module), path.join(modules, `${module}@${version}`), { recursive: true });
  }
  const proxy = path.join(work, 'proxy');
  execFileSync(go, ['run', path.join('test', 'fixtures', 'cache-proxy', 'mkproxy.go'), modules, proxy], {
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' },
  });
  // The proxy protocol escapes capitals ("BurntSushi" is "!burnt!sushi"); mkproxy writes paths as given.
  for (const line of requires.split('\n')) {
    const module = line.trim().split(/\s+/)[0]!;
    const escaped = module.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
    if (escaped === module) continue;
    mkdirSync(path.dirname(path.join(proxy, escaped)), { recursive: true });
    renameSync(path.join(proxy, module), path.join(proxy, escaped));
  }
  rmSync(path.join(mod, 'third_party'), { recursive: true });
  writeFileSync(path.join(mod, 'go.mod'), `module example.com/thirdparty\n\ngo 1.19\n\nrequire (\n${requires}\n)\n`);
  const scratch = tmp('gck-cmp-scratch-');
  execFileSync(go, ['mod', 'download', 'all'], { cwd: mod, env: goEnvFor(proxy, scratch) });
  execFileSync(go, ['build', '-o', os.devNull, './...'], { cwd: mod, env: { ...goEnvFor(proxy, scratch), GOFLAGS: '-mod=mod' } });
  rmSync(scratch, { recursive: true, force: true });
  return { template: mod, proxy };
}

function goEnvFor(proxy: string, home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GOTOOLCHAIN: 'local',
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOFLAGS: '',
    GOMODCACHE: path.join(home, 'go', 'pkg', 'mod'),
    GOCACHE: path.join(home, 'cache'),
  };
}

const { template, proxy } = subject();
const toolCache = tmp('gck-cmp-toolcache-');
mkdirSync(path.join(toolCache, 'go', goVersion), { recursive: true });
symlinkSync(path.dirname(path.dirname(go)), path.join(toolCache, 'go', goVersion, arch));
writeFileSync(path.join(toolCache, 'go', goVersion, `${arch}.complete`), '');
const svc = await startCacheService();

interface Tool {
  name: string;
  main: string;
  post: string;
  inputs: Record<string, string>;
  off: Record<string, string>;
}
const tools: Tool[] = [
  {
    name: 'setup-go-matrix',
    // OURS_DIST: another build of ours (e.g. an older commit's dist/) to compare before and after.
    main: process.env.OURS_DIST
      ? path.join(process.env.OURS_DIST, 'setup-go-matrix', 'main', 'index.js')
      : distEntry('setup-go-matrix', 'main'),
    post: process.env.OURS_DIST
      ? path.join(process.env.OURS_DIST, 'setup-go-matrix', 'post', 'index.js')
      : distEntry('setup-go-matrix', 'post'),
    inputs: { 'go-version': '1.23' },
    off: { 'go-version': '1.23', cache: 'false' },
  },
  {
    name: 'actions/setup-go',
    main: path.join(dist, 'setup', 'index.js'),
    post: path.join(dist, 'cache-save', 'index.js'),
    inputs: { 'go-version': '1.23', cache: 'true', 'check-latest': 'false', token: '' },
    off: { 'go-version': '1.23', cache: 'false', 'check-latest': 'false', token: '' },
  },
];
// BEFORE_DIST: an older build of ours (e.g. the last commit's dist/) run in the same rounds, so a
// change is measured against what it replaces under the same load, not against another run's figures.
if (process.env.BEFORE_DIST)
  tools.push({
    ...tools[0]!,
    name: 'setup-go-matrix (before)',
    main: path.join(process.env.BEFORE_DIST, 'setup-go-matrix', 'main', 'index.js'),
    post: path.join(process.env.BEFORE_DIST, 'setup-go-matrix', 'post', 'index.js'),
  });

// One HOME path for every run, emptied before each, as on hosted runners (/home/runner): setup-go's
// entry version hashes its absolute GOMODCACHE and GOCACHE paths, which live under HOME.
const home = path.join(tmp('gck-cmp-'), 'home');
function freshJob(): RunnerJob {
  rmSync(home, { recursive: true, force: true });
  execFileSync('chmod', ['-R', 'u+w', path.dirname(home)]);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home);
  const job = newJob({
    toolCache,
    env: {
      ...svc.env(),
      HOME: home,
      GOPROXY: `file://${proxy}`,
      GOSUMDB: 'off',
      GOFLAGS: '',
      GOTOOLCHAIN: 'local',
    },
  });
  cpSync(template, job.workspace, { recursive: true });
  return job;
}

async function timedMain(t: Tool, inputs: Record<string, string>): Promise<{ ms: number; stdout: string }> {
  const job = freshJob();
  // Each run starts as on a fresh runner VM: nothing of the previous run still being written back
  // to disk (a restore writes ~170 MB; left dirty, it slows whichever run comes next by up to 2×).
  execFileSync('sync');
  const started = performance.now();
  const r = await runStep(job, t.main, inputs);
  const ms = performance.now() - started;
  if (r.code !== 0) throw new Error(`${t.name} main failed: ${r.stdout}${r.stderr}`);
  execFileSync('chmod', ['-R', 'u+w', job.root]);
  rmSync(job.root, { recursive: true, force: true });
  return { ms, stdout: r.stdout };
}

// Cold run of each: miss, build, save.
const saved = new Map<string, number>();
for (const t of tools) {
  const before = new Set(svc.keys());
  const job = freshJob();
  const main = await runStep(job, t.main, t.inputs);
  if (main.code !== 0) throw new Error(`${t.name} main failed: ${main.stdout}${main.stderr}`);
  const b = laterStep(job, 'go', ['build', '-o', 'bin/', './...']);
  if (b.code !== 0) throw new Error(`${t.name}: go build failed: ${b.stderr}`);
  const post = await runStep(job, t.post, t.inputs, { state: main.state });
  if (post.code !== 0) throw new Error(`${t.name} post failed: ${post.stdout}${post.stderr}`);
  const added = svc.keys().filter((k) => !before.has(k));
  saved.set(
    t.name,
    added.reduce((n, k) => n + (svc.blobOf(k)?.length ?? 0), 0),
  );
  console.log(`${t.name}: saved ${added.length} entr${added.length === 1 ? 'y' : 'ies'}: ${added.join(', ')}`);
  // BENCH_KEEP_ARCHIVES=<dir>: our stored archives as files, for bench/restore-floor.ts.
  if (process.env.BENCH_KEEP_ARCHIVES && t === tools[0]) {
    mkdirSync(process.env.BENCH_KEEP_ARCHIVES, { recursive: true });
    for (const k of added) writeFileSync(path.join(process.env.BENCH_KEEP_ARCHIVES, `${k}.tar.zst`), svc.blobOf(k)!);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const warm = new Map<string, number[]>(tools.map((t) => [t.name, []]));
const off = new Map<string, number[]>(tools.map((t) => [t.name, []]));
for (let i = 0; i < rounds; i++) {
  for (const t of i % 2 ? [...tools].reverse() : tools) {
    const w = await timedMain(t, t.inputs);
    if (!/Restored (modules|build) cache|Cache restored from key/.test(w.stdout))
      throw new Error(`${t.name} restored nothing: ${w.stdout}`);
    warm.get(t.name)!.push(w.ms);
    off.get(t.name)!.push((await timedMain(t, t.off)).ms);
  }
}
await svc.stop();

const [ours, theirs, before] = tools.map((t) => t.name) as [string, string, string | undefined];
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MiB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const restore = (n: string) => median(warm.get(n)!) - median(off.get(n)!);
console.log(
  `\nGo ${goVersion}, ${rounds} alternating rounds, medians, loopback cache service (this machine, shared: figures move by ~10 %)`,
);
console.log(
  `  warm main step with cache: ${ours} ${ms(median(warm.get(ours)!))}, ${theirs} ${ms(median(warm.get(theirs)!))} = ${(median(warm.get(ours)!) / median(warm.get(theirs)!)).toFixed(2)}×`,
);
console.log(`  main step, cache: false:   ${ours} ${ms(median(off.get(ours)!))}, ${theirs} ${ms(median(off.get(theirs)!))}`);
console.log(
  `  warm restore (difference): ${ours} ${ms(restore(ours))}, ${theirs} ${ms(restore(theirs))} = ${(restore(ours) / restore(theirs)).toFixed(2)}× (target ≤ 0.9×)`,
);
if (before)
  console.log(
    `  warm restore, before:      ${before} ${ms(restore(before))} = ${(restore(before) / restore(theirs)).toFixed(2)}× setup-go's; ours now ${(restore(ours) / restore(before)).toFixed(2)}× before`,
  );
console.log(
  `  saved bytes:               ${ours} ${mb(saved.get(ours)!)}, ${theirs} ${mb(saved.get(theirs)!)} = ${(saved.get(ours)! / saved.get(theirs)!).toFixed(3)}× (target ≤ 1.05×)`,
);
