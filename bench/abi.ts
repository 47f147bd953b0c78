// Benchmark: abi-diff on two large executables, each built by two Debian Go toolchains, against
// the floor of the two `go tool nm -size` runs alone (run in parallel, as abi-diff runs them, output
// only drained):
//   - cmd/go built by Go 1.22 and 1.23: only Go distribution packages;
//   - vetpprof (test/helpers/vetpprof.ts: go vet's analyzers and the pprof driver) built by Go 1.19
//     and 1.23 with -mod=vendor from the Go distribution's own vendored golang.org/x and github.com
//     modules (GOROOT/src/cmd/vendor): a module-based program of the same size, so scope=exported
//     compares real module API across the reference upgrade.
// Rounds interleave floor, scope=all and scope=exported, so machine noise hits all three alike.
// Prints, for each scope, min and median wall time and their ratios to the floor's (target
// ≤ 1.25×), and to a second floor of the nm tool binaries run directly (abi-diff runs them so,
// src/go/go-command.ts goToolCommand, which skips the go command's start). For cmd/go also: the
// first call in a fresh process (cold JIT, what one action run pays); the bundled action run as the
// runner runs it (node start and bundle load included); peak RSS and symbol counts. Needs
// `npm run build` first for the dist figure.
// Run: node --import tsx bench/abi.ts [rounds]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAbiDiff } from '../src/abi/run.js';
import { goarchOf, hostArch } from '../src/go/arch.js';
import { distEntry, newJob, runStep } from '../test/helpers/runner.js';
import { buildVetPprof, vetpprofModule } from '../test/helpers/vetpprof.js';
import type { Scope } from '../src/abi/table.js';

const rounds = Number(process.argv[2] ?? 12);
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
  const r = execFileSync(useTime ? '/usr/bin/time' : node[0]!, useTime ? ['-v', ...node] : node.slice(1), {
    cwd: path.join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { kb: Number(/"maxRSS":(\d+)/.exec(r)?.[1] ?? 0), out: r };
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
  let floorMed = 0;
  for (const s of subjects) {
    const m = await measure(s);
    if (s.base === base) floorMed = m;
  }
  console.log('\ncmd/go, whole-action figures:');
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
    `first call in a fresh process (cold JIT, scope=exported): median of 3 ${median(firsts).toFixed(0)} ms = ${(median(firsts) / floorMed).toFixed(2)}× floor median`,
  );
  if (existsSync(distEntry('abi-diff'))) {
    const job = newJob();
    const inputs = { base, head, 'base-go': goroot('1.22'), 'head-go': goroot('1.23'), 'fail-on': 'none' };
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [ms, r] = await time(() => runStep(job, distEntry('abi-diff'), inputs));
      if (r.code !== 0) throw new Error(`dist/abi-diff failed: ${r.stdout}${r.stderr}`);
      runs.push(ms);
    }
    console.log(
      `dist/abi-diff/index.js run as the runner runs it (node start, bundle load, summary and reports included): median of 3 ${median(runs).toFixed(0)} ms = ${(median(runs) / floorMed).toFixed(2)}× floor median`,
    );
  } else console.log('dist/abi-diff not built: run npm run build for the whole-action figure');
  const abiPeak = childPeak(['--child', 'abi', base, head]);
  const nmPeak = childPeak(['--child', 'nm', base, head]);
  const idlePeak = childPeak(['--child', 'idle', base, head]);
  console.log(
    `peak RSS of the node process (maxRSS): abi-diff scope=all ${(abiPeak.kb / 1024).toFixed(0)} MiB, nm-only driver ${(nmPeak.kb / 1024).toFixed(0)} MiB, idle node+tsx ${(idlePeak.kb / 1024).toFixed(0)} MiB`,
  );
  const goPeaks = [...abiPeak.out.matchAll(/Maximum resident set size \(kbytes\): (\d+)/g)].map((m) => Number(m[1]));
  if (goPeaks.length)
    console.log(`/usr/bin/time -v max RSS of the abi-diff child tree's largest process: ${(Math.max(...goPeaks) / 1024).toFixed(0)} MiB`);
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
rmSync(path.join(work, 'runs'), { recursive: true, force: true });
