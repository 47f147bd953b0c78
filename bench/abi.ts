// Benchmark: abi-diff against the floor of the `go tool nm -size` runs it cannot avoid.
//
// 1. Programs, in process: two large executables, each built by two Debian Go toolchains, against
//    both `go tool nm -size` runs alone (in parallel, as abi-diff runs them, output only drained):
//    - cmd/go built by Go 1.22 and 1.23: only Go distribution packages;
//    - vetpprof (test/helpers/vetpprof.ts: go vet's analyzers and the pprof driver) built by Go 1.19
//      and 1.23 with -mod=vendor from the Go distribution's own vendored golang.org/x and github.com
//      modules (GOROOT/src/cmd/vendor): a module-based program, so scope=exported compares real
//      module API across the reference upgrade.
//    Rounds interleave floor, scope=all and scope=exported, so machine noise hits all alike; min and
//    median and their ratios to the floor (and to the nm tool binaries run directly, as abi-diff
//    runs them: src/go/go-command.ts goToolCommand).
// 2. The whole action (target ≤ 1.5×): dist/abi-diff run as the runner runs it (test/helpers/runner.ts
//    runStep: node start, bundle load, inputs base-go/head-go, summary and outputs) on each program
//    pair, interleaved with its floor: a node process that starts and runs both nm (go tool nm, and
//    the nm tool binaries directly, also with GOGC=off as abi-diff runs them: src/abi/nm.ts nmEnv)
//    on the same pair. The target is against the go tool nm floor. Needs `npm run build` first.
// 3. A directory of archives through the typed layer (target ≤ 2×): every public std package both
//    Go 1.19 and Go 1.23 have, as `.a` archives (go list -export names the GOCACHE's archive of
//    each), compared as two directories in the default scope (symbols + typed API from export
//    data), against the nm runs alone: every pair's two nm runs, pairs one after another (as
//    abi-diff reads them) and all at once (as many at a time as there are CPUs). The API dump
//    helper is cached per toolchain (src/go/go-helper.ts): rounds are warm; the cold first run
//    (helpers built by both Gos, from the Gos' warm GOCACHE) is printed beside.
// 4. Peak RSS: of the node process and, via /usr/bin/time -v, of the largest process of its tree,
//    for scope=all on cmd/go and for the archive directory.
// Run: node --import tsx bench/abi.ts [rounds] [sections: programs,dist,archives,rss]
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAbiDiff } from '../src/abi/run.js';
import { apiDumpSources } from '../src/abi/api-dump-source.js';
import { buildGoHelper } from '../src/go/go-helper.js';
import { goarchOf, hostArch } from '../src/go/arch.js';
import { actionNode, distEntry, newJob, runStep } from '../test/helpers/runner.js';
import { buildVetPprof, vetpprofModule } from '../test/helpers/vetpprof.js';
import { buildThirdParty, thirdPartyModule } from '../test/helpers/thirdparty.js';
import { sharedGoCache } from '../test/helpers/go.js';
import type { Scope } from '../src/abi/table.js';

const rounds = Number(process.argv[2] ?? 12);
const sections = new Set((process.argv[3] ?? 'programs,dist,archives,rss').split(','));
const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(os.tmpdir(), 'gck-bench-abi');
const goroot = (v: string): string => `/usr/lib/go-${v}`;
const goEnv = (v: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GOROOT: goroot(v),
  GOCACHE: path.join(work, `gocache-${v}`),
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
});

interface Subject {
  title: string;
  base: string;
  head: string;
  baseGo: string;
  headGo: string;
}

function buildCmdGo(v: string): string {
  const out = path.join(work, `go-${v}`);
  if (existsSync(out)) return out;
  const t = Date.now();
  execFileSync(path.join(goroot(v), 'bin', 'go'), ['build', '-o', out, 'cmd/go'], {
    cwd: path.join(goroot(v), 'src'),
    env: goEnv(v),
    stdio: 'inherit',
  });
  console.log(`built cmd/go with go${v} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

/** vetpprof (test/helpers/vetpprof.ts) built by a Debian Go, once per work dir. */
async function vetpprof(v: '1.19' | '1.23'): Promise<string> {
  const out = path.join(work, `vetpprof-${v}`);
  if (existsSync(out)) return out;
  const t = Date.now();
  await buildVetPprof(v, vetpprofModule(work), out, path.join(work, `gocache-${v}`));
  console.log(`built vetpprof with go${v} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

/** One `go tool nm -size -sort none` (or the nm tool binary itself: `direct`) with its stdout drained and nothing parsed; resolves with bytes read. */
function nmAlone(goBin: string, file: string, direct = false): Promise<number> {
  const [bin, ...pre] = direct
    ? [path.join(path.dirname(path.dirname(goBin)), 'pkg', 'tool', `linux_${goarchOf(hostArch())}`, 'nm')]
    : [goBin, 'tool', 'nm'];
  return new Promise((resolve, reject) => {
    const c = spawn(bin, [...pre, '-size', '-sort', 'none', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let n = 0;
    c.stdout.on('data', (b: Buffer) => (n += b.length));
    c.on('error', reject);
    c.on('close', (code) => (code === 0 ? resolve(n) : reject(new Error(`nm exit ${code}`))));
  });
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const v = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, v];
}

/** Peak RSS (KiB) of a child running this file in --child mode, via /usr/bin/time -v when present. */
function childPeak(args: string[]): { kb: number; out: string } {
  const node = [process.execPath, '--import', 'tsx', path.join(here, 'abi.ts'), ...args];
  const useTime = existsSync('/usr/bin/time');
  // /usr/bin/time -v reports on stderr: the largest process of the child's tree (node or a go tool it waited for).
  const r = spawnSync(useTime ? '/usr/bin/time' : node[0]!, useTime ? ['-v', ...node] : node.slice(1), {
    cwd: path.join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed: ${r.stderr}`);
  return { kb: Number(/"maxRSS":(\d+)/.exec(r.stdout)?.[1] ?? 0), out: r.stderr };
}

function options(base: string, head: string, scope: Scope, baseGo = goroot('1.22'), headGo = goroot('1.23')) {
  return {
    base,
    head,
    baseGo,
    headGo,
    buildFlags: [],
    workingDirectory: work,
    scope,
    allowStripped: false,
    policy: { failOn: 'none' as const, denyNewDynamic: false, suppressions: [] },
    tempDir: path.join(work, 'runs'),
    toolCacheDir: path.join(work, 'toolcache'),
    localGoroots: [],
  };
}

async function child(mode: string, base: string, head: string): Promise<void> {
  if (mode === 'first') {
    const [ms] = await time(() => runAbiDiff(options(base, head, 'exported')));
    console.log(JSON.stringify({ firstMs: ms }));
    return;
  }
  if (mode === 'abi') await runAbiDiff(options(base, head, 'all'));
  else if (mode === 'dir')
    await runAbiDiff({ ...options(base, head, 'exported', goroot('1.19'), goroot('1.23')), cacheDir: path.join(work, 'abi-cache') });
  else if (mode === 'nm')
    await Promise.all([nmAlone(path.join(goroot('1.22'), 'bin', 'go'), base), nmAlone(path.join(goroot('1.23'), 'bin', 'go'), head)]);
  console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
}

const min = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Interleaved rounds on one subject; prints its figures and returns the floor median. */
async function measure(s: Subject): Promise<number> {
  const goBins = [path.join(s.baseGo, 'bin', 'go'), path.join(s.headGo, 'bin', 'go')] as const;
  const floorRuns: number[] = [];
  const directRuns: number[] = [];
  const abiRuns: Record<Scope, number[]> = { exported: [], all: [] };
  let listing = 0;
  let report: Awaited<ReturnType<typeof runAbiDiff>> | undefined;
  let exported: Awaited<ReturnType<typeof runAbiDiff>> | undefined;
  for (let i = 0; i < rounds; i++) {
    const [floor, bytes] = await time(() => Promise.all([nmAlone(goBins[0], s.base), nmAlone(goBins[1], s.head)]));
    floorRuns.push(floor);
    listing = bytes[0] + bytes[1];
    const [direct] = await time(() => Promise.all([nmAlone(goBins[0], s.base, true), nmAlone(goBins[1], s.head, true)]));
    directRuns.push(direct);
    const [all, r] = await time(() => runAbiDiff(options(s.base, s.head, 'all', s.baseGo, s.headGo)));
    abiRuns.all.push(all);
    report = r;
    const [exp, e] = await time(() => runAbiDiff(options(s.base, s.head, 'exported', s.baseGo, s.headGo)));
    abiRuns.exported.push(exp);
    exported = e;
  }
  const [floor, floorMed] = [min(floorRuns), median(floorRuns)];
  const [direct, directMed] = [min(directRuns), median(directRuns)];
  const p = report!.pairs[0]!;
  const pe = exported!.pairs[0]!;
  console.log(
    `\n${s.title}: base ${p.base.goVersion} (${p.base.bytes} B), head ${p.head.goVersion} (${p.head.bytes} B); ${rounds} interleaved round(s)`,
  );
  console.log(
    `floor: both go tool nm -size runs alone (parallel, drained): min ${floor.toFixed(0)} ms, median ${floorMed.toFixed(0)} ms, ${(listing / 1e6).toFixed(1)} MB of listing`,
  );
  console.log(
    `nm tool binaries run directly (GOROOT/pkg/tool/..., parallel, drained): min ${direct.toFixed(0)} ms, median ${directMed.toFixed(0)} ms`,
  );
  for (const scope of ['exported', 'all'] as const) {
    const [t, m] = [min(abiRuns[scope]), median(abiRuns[scope])];
    console.log(
      `abi-diff scope=${scope} (in process): min ${t.toFixed(0)} ms = ${(t / floor).toFixed(2)}× floor min; median ${m.toFixed(0)} ms = ${(m / floorMed).toFixed(2)}× floor median (target ≤ 1.25×)`,
    );
    console.log(
      `  against the nm tool binaries run directly (no go command start, as abi-diff runs them): ${(t / direct).toFixed(2)}× min, ${(m / directMed).toFixed(2)}× median`,
    );
  }
  console.log(
    `symbols defined: base ${p.symbols!.baseSymbols}, head ${p.symbols!.headSymbols}; compared scope=all ${p.symbols!.baseCompared}/${p.symbols!.headCompared}, scope=exported ${pe.symbols!.baseCompared}/${pe.symbols!.headCompared}`,
  );
  for (const [scope, r] of [
    ['all', report!],
    ['exported', exported!],
  ] as const) {
    const t = r.totals;
    console.log(
      `findings scope=${scope}: ${r.findings.filter((f) => f.category === 'symbol').length} symbol (added ${t.added}, removed ${t.removed}, changed ${t.changed}), ${r.findings.length} in all; only inlined on one side (not findings): ${r.pairs[0]!.symbols!.inlined.length}`,
    );
  }
  return floorMed;
}

/** Public std packages both Gos build, as `.a` archives under <work>/std-<v>/<path>.a (once per work dir). */
function stdArchives(versions: readonly [string, string]): [string, string] {
  const outs = versions.map((v) => path.join(work, `std-${v}`)) as [string, string];
  if (outs.every((o) => existsSync(`${o}.complete`))) return outs;
  const go = (v: string, args: string[]): string =>
    execFileSync(path.join(goroot(v), 'bin', 'go'), args, { cwd: work, env: goEnv(v), encoding: 'utf8', maxBuffer: 1 << 26 });
  const publicStd = (v: string): string[] =>
    go(v, ['list', '-e', '-f', '{{if not .Error}}{{.ImportPath}}{{end}}', 'std'])
      .split('\n')
      .filter((p) => p && p !== 'unsafe' && !/(^|\/)(internal|vendor)(\/|$)/.test(p));
  const theirs = new Set(publicStd(versions[1]));
  const common = publicStd(versions[0]).filter((p) => theirs.has(p));
  versions.forEach((v, i) => {
    const t = Date.now();
    // go list -export compiles each package into the GOCACHE and names its archive there: the
    // same bytes `go build -o x.a <pkg>` writes, one go process for all.
    for (const line of go(v, ['list', '-export', '-f', '{{.ImportPath}} {{.Export}}', ...common]).split('\n')) {
      const [pkg, file] = line.split(' ');
      if (!pkg || !file) continue;
      const a = path.join(outs[i]!, `${pkg}.a`);
      mkdirSync(path.dirname(a), { recursive: true });
      copyFileSync(file, a);
    }
    writeFileSync(`${outs[i]!}.complete`, '');
    console.log(`std archives of go${v}: ${common.length} packages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  });
  return outs;
}

/** Every `.a` under dir, relative. */
function archivesUnder(dir: string): string[] {
  return execFileSync('find', ['.', '-name', '*.a'], { cwd: dir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.slice(2))
    .sort();
}

/** Runs fns with at most n at a time. */
async function limited(n: number, fns: (() => Promise<unknown>)[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < fns.length) await fns[next++]!();
    }),
  );
}

/** A node process that starts and runs both nm on the pair (in parallel, drained): the whole action's floor. */
function nodeAndNm(goBins: readonly [string, string], base: string, head: string, direct: boolean, gcOff = false): Promise<number> {
  const tool = (goBin: string): string[] =>
    direct ? [path.join(path.dirname(path.dirname(goBin)), 'pkg', 'tool', `linux_${goarchOf(hostArch())}`, 'nm')] : [goBin, 'tool', 'nm'];
  const runs = [
    [...tool(goBins[0]), '-size', '-sort', 'none', base],
    [...tool(goBins[1]), '-size', '-sort', 'none', head],
  ];
  const script = `const {spawn}=require('node:child_process');Promise.all(${JSON.stringify(runs)}.map(([b,...a])=>new Promise((ok,no)=>{const c=spawn(b,a,{stdio:['ignore','pipe','inherit'],env:{...process.env${gcOff ? ",GOGC:'off'" : ''}}});c.stdout.on('data',()=>{});c.on('close',(x)=>x===0?ok():no(new Error('nm '+x)))}))).catch((e)=>{console.error(e);process.exit(1)})`;
  return time(() => promisify(execFile)(actionNode, ['-e', script])).then(([ms]) => ms);
}

/** Peak RSS of one dist/abi-diff run as the runner runs it: the step's entry is a wrapper that runs it under /usr/bin/time. */
async function distPeakRss(job: ReturnType<typeof newJob>, inputs: Record<string, string>): Promise<string> {
  if (!existsSync('/usr/bin/time')) return 'not measured (no /usr/bin/time)';
  const wrapper = path.join(work, 'dist-peak-rss.cjs');
  writeFileSync(
    wrapper,
    `const r = require('node:child_process').spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, ${JSON.stringify(distEntry('abi-diff'))}], { stdio: 'inherit' });\nprocess.exit(r.status ?? 1);\n`,
  );
  const r = await runStep(job, wrapper, inputs);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return `${(kb / 1024).toFixed(0)} MiB`;
}

/** Section 2: dist/abi-diff as the runner runs it against node start-up + both nm runs, interleaved. */
async function distFigures(subjects: readonly Subject[]): Promise<void> {
  if (!existsSync(distEntry('abi-diff'))) {
    console.log('\ndist/abi-diff not built: run npm run build for the whole-action figure');
    return;
  }
  for (const s of subjects) {
    const goBins = [path.join(s.baseGo, 'bin', 'go'), path.join(s.headGo, 'bin', 'go')] as const;
    const job = newJob();
    const inputs = { base: s.base, head: s.head, 'base-go': s.baseGo, 'head-go': s.headGo, 'fail-on': 'none' };
    const [floorGo, floorDirect, floorGcOff, dist]: [number[], number[], number[], number[]] = [[], [], [], []];
    // One unmeasured run first: the tool cache listing and the page cache are warm for every round.
    await runStep(job, distEntry('abi-diff'), inputs);
    for (let i = 0; i < rounds; i++) {
      floorGo.push(await nodeAndNm(goBins, s.base, s.head, false));
      floorDirect.push(await nodeAndNm(goBins, s.base, s.head, true));
      floorGcOff.push(await nodeAndNm(goBins, s.base, s.head, true, true));
      const [ms, r] = await time(() => runStep(job, distEntry('abi-diff'), inputs));
      if (r.code !== 0) throw new Error(`dist/abi-diff failed: ${r.stdout}${r.stderr}`);
      dist.push(ms);
    }
    const sizes = `${(statSync(s.base).size / 1e6).toFixed(1)} MB / ${(statSync(s.head).size / 1e6).toFixed(1)} MB`;
    const peak = await distPeakRss(job, inputs);
    console.log(`\nwhole action on ${s.title.split(' ')[0]} (${sizes}), ${rounds} interleaved round(s):`);
    console.log(
      `  floor: node start + both go tool nm -size runs: min ${min(floorGo).toFixed(0)} ms, median ${median(floorGo).toFixed(0)} ms`,
    );
    console.log(
      `  floor: node start + both nm tool binaries run directly: min ${min(floorDirect).toFixed(0)} ms, median ${median(floorDirect).toFixed(0)} ms`,
    );
    console.log(
      `  floor: node start + both nm tool binaries run directly with GOGC=off, as abi-diff runs them (src/abi/nm.ts): min ${min(floorGcOff).toFixed(0)} ms, median ${median(floorGcOff).toFixed(0)} ms`,
    );
    console.log(
      `  dist/abi-diff as the runner runs it (scope exported, base-go/head-go given as GOROOTs): min ${min(dist).toFixed(0)} ms, median ${median(dist).toFixed(0)} ms = ${(median(dist) / median(floorGo)).toFixed(2)}× the go tool nm floor (target ≤ 1.5×), ${(median(dist) / median(floorDirect)).toFixed(2)}× the direct nm floor, ${(median(dist) / median(floorGcOff)).toFixed(2)}× the GOGC=off direct floor; mins: ${(min(dist) / min(floorGo)).toFixed(2)}× and ${(min(dist) / min(floorDirect)).toFixed(2)}×`,
    );
    console.log(`  peak RSS of the dist run (largest process of its tree, /usr/bin/time): ${peak}`);
  }
}

/** Section 3: a directory of std archive pairs through the typed layer against the nm runs alone. */
async function archiveFigures(): Promise<void> {
  const versions = ['1.19', '1.23'] as const;
  const [base, head] = stdArchives(versions);
  const rels = archivesUnder(base).filter((r) => existsSync(path.join(head, r)));
  const goBins = versions.map((v) => path.join(goroot(v), 'bin', 'go')) as [string, string];
  const cacheDir = path.join(work, 'abi-cache');
  const run = () => runAbiDiff({ ...options(base, head, 'exported', goroot(versions[0]), goroot(versions[1])), cacheDir });
  rmSync(cacheDir, { recursive: true, force: true });
  const [cold] = await time(run);
  const [seq, par, abi]: [number[], number[], number[]] = [[], [], []];
  let report: Awaited<ReturnType<typeof runAbiDiff>> | undefined;
  for (let i = 0; i < rounds; i++) {
    seq.push(
      (
        await time(async () => {
          for (const r of rels)
            await Promise.all([nmAlone(goBins[0], path.join(base, r), true), nmAlone(goBins[1], path.join(head, r), true)]);
        })
      )[0],
    );
    par.push(
      (
        await time(() =>
          limited(
            os.availableParallelism(),
            rels.flatMap((r) => [() => nmAlone(goBins[0], path.join(base, r), true), () => nmAlone(goBins[1], path.join(head, r), true)]),
          ),
        )
      )[0],
    );
    const [ms, r] = await time(run);
    abi.push(ms);
    report = r;
  }
  const typed = report!.pairs.filter((p) => p.api && !p.api.error).length;
  const objects = report!.pairs.reduce((n, p) => n + (p.api?.objects?.base ?? 0) + (p.api?.objects?.head ?? 0), 0);
  console.log(
    `\n${rels.length} std archive pairs (go1.19 → go1.23, ${report!.pairs.length} compared, ${typed} with typed API from export data, ${objects} exported objects read), ${rounds} interleaved round(s):`,
  );
  console.log(
    `  floor: nm runs alone, each pair's two at once, pairs one after another: min ${min(seq).toFixed(0)} ms, median ${median(seq).toFixed(0)} ms`,
  );
  console.log(
    `  floor: nm runs alone, ${os.availableParallelism()} at a time: min ${min(par).toFixed(0)} ms, median ${median(par).toFixed(0)} ms`,
  );
  console.log(
    `  abi-diff in process, scope exported, symbols + typed layer (helpers cached): min ${min(abi).toFixed(0)} ms, median ${median(abi).toFixed(0)} ms = ${(median(abi) / median(seq)).toFixed(2)}× the pair-after-pair floor (target ≤ 2×), ${(median(abi) / median(par)).toFixed(2)}× the all-CPUs floor`,
  );
  console.log(`  cold first run (API dump helper built by both Gos, their GOCACHEs warm): ${cold.toFixed(0)} ms`);
  // What a runner with an empty GOCACHE pays once per toolchain: the helper compiles go/types and its std deps.
  for (const v of versions) {
    const empty = path.join(work, `empty-gocache-${v}`);
    rmSync(empty, { recursive: true, force: true });
    const go = { bin: goBins[versions.indexOf(v)]!, version: `go${v}`, where: goroot(v), env: goEnv(v) };
    const [ms] = await time(() =>
      buildGoHelper(go, { name: 'goapidump', files: apiDumpSources }, path.join(empty, 'helper'), { GOCACHE: empty }),
    );
    console.log(`  API dump helper built by go${v} into an empty GOCACHE: ${ms.toFixed(0)} ms`);
    rmSync(empty, { recursive: true, force: true });
  }
  console.log(
    `  findings: ${report!.findings.length} (api ${report!.findings.filter((f) => f.category === 'api').length}, symbol ${report!.findings.filter((f) => f.category === 'symbol').length})`,
  );
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const [base, head] = [buildCmdGo('1.22'), buildCmdGo('1.23')];
  const subjects: Subject[] = [
    {
      title:
        'cmd/go (Go distribution packages only: scope=exported compares none of them, but still parses, normalizes and classifies every symbol for package sizes)',
      base,
      head,
      baseGo: goroot('1.22'),
      headGo: goroot('1.23'),
    },
    {
      title: 'vetpprof (a module-based program: go vet analyzers + pprof driver from vendored golang.org/x and github.com modules)',
      base: await vetpprof('1.19'),
      head: await vetpprof('1.23'),
      baseGo: goroot('1.19'),
      headGo: goroot('1.23'),
    },
  ];
  if (sections.has('programs')) {
    let floorMed = 0;
    for (const s of subjects) {
      const m = await measure(s);
      if (s.base === base) floorMed = m;
    }
    const firsts = [0, 1, 2].map(() =>
      Number(
        /"firstMs":([\d.]+)/.exec(
          execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'abi.ts'), '--child', 'first', base, head], {
            cwd: path.join(here, '..'),
            encoding: 'utf8',
          }),
        )?.[1] ?? NaN,
      ),
    );
    console.log(
      `\ncmd/go: first call in a fresh process (cold JIT, scope=exported): median of 3 ${median(firsts).toFixed(0)} ms = ${(median(firsts) / floorMed).toFixed(2)}× floor median`,
    );
  }
  if (sections.has('dist')) {
    // The ~10 MB program of issue 11: about twenty real third-party modules (test/helpers/thirdparty.ts).
    const thirdparty = async (v: '1.19' | '1.23'): Promise<string> =>
      path.join(await buildThirdParty(v, thirdPartyModule(work), path.join(work, `thirdparty-${v}`), sharedGoCache(v)), 'thirdparty');
    const tp: Subject = {
      title: 'thirdparty (a service-sized program using ~20 real third-party modules)',
      base: await thirdparty('1.19'),
      head: await thirdparty('1.23'),
      baseGo: goroot('1.19'),
      headGo: goroot('1.23'),
    };
    await distFigures([tp, ...subjects]);
  }
  if (sections.has('archives')) await archiveFigures();
  if (sections.has('rss')) {
    const peaks = (args: string[]): string => {
      const p = childPeak(args);
      const tree = Math.max(0, ...[...p.out.matchAll(/Maximum resident set size \(kbytes\): (\d+)/g)].map((m) => Number(m[1])));
      return `node ${(p.kb / 1024).toFixed(0)} MiB, largest process of the tree ${(tree / 1024).toFixed(0)} MiB`;
    };
    const [sb, sh] = stdArchives(['1.19', '1.23']);
    console.log('\npeak RSS (maxRSS):');
    console.log(`  abi-diff scope=all on cmd/go: ${peaks(['--child', 'abi', base, head])}`);
    console.log(`  abi-diff on the std archive directories (typed layer): ${peaks(['--child', 'dir', sb, sh])}`);
    console.log(`  nm-only driver on cmd/go: ${peaks(['--child', 'nm', base, head])}`);
    console.log(`  idle node+tsx: ${peaks(['--child', 'idle', base, head])}`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
rmSync(path.join(work, 'runs'), { recursive: true, force: true });
