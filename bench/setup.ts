// Warm setup (Go already in the tool cache) through the bundled dist/ main entry, run as the
// runner runs it, next to `go version` of that same Go and a bare `node` start (the floor of any
// JavaScript action). Prints medians and ratios measured in this run.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { goArchive, servedArchive, startGoDevServer } from '../test/helpers/godev-server.js';
import { distEntry, newJob, runStep } from '../test/helpers/runner.js';

const reps = Number(process.env.BENCH_REPS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<void> | void): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const archive = goArchive('1.23');
const server = await startGoDevServer([{ version: archive.goVersion, stable: true, files: [servedArchive(archive, 'ok')] }]);
const job = newJob({ env: { GO_DOWNLOAD_BASE_URL: server.base } });
const version = archive.goVersion.replace(/^go/, '');
const cold = await time(async () => {
  const r = await runStep(job, distEntry('setup-go-matrix'), { 'go-version': version, 'toolchain-source': 'download' });
  if (r.code !== 0) throw new Error(r.stdout);
});
await server.close();
const goroot = path.join(job.toolCache, 'go', version, process.arch === 'arm64' ? 'arm64' : 'x64');
const goBin = path.join(goroot, 'bin', 'go');

const warm: number[] = [];
const goVersion: number[] = [];
const node: number[] = [];
for (let i = 0; i < reps; i++) {
  warm.push(
    await time(async () => {
      const r = await runStep(job, distEntry('setup-go-matrix'), { 'go-version': version });
      if (r.code !== 0 || r.outputs['go-source'] !== 'tool-cache') throw new Error(`warm setup failed: ${r.stdout}`);
    }),
  );
  goVersion.push(await time(() => void spawnSync(goBin, ['version'], { env: { ...process.env, GOTOOLCHAIN: 'local' } })));
  node.push(await time(() => void spawnSync(process.execPath, ['-e', ''])));
}

const w = median(warm);
const g = median(goVersion);
const n = median(node);
console.log(`setup-go-matrix warm setup of Go ${version} (${reps} runs, medians, this machine):`);
console.log(`  cold setup (download from loopback, verify, extract) once: ${cold.toFixed(0)} ms`);
console.log(`  warm setup via dist main entry:   ${w.toFixed(0)} ms`);
console.log(`  go version (same Go):             ${g.toFixed(1)} ms   → warm setup = ${(w / g).toFixed(1)}× go version`);
console.log(`  bare node start (node -e ''):     ${n.toFixed(1)} ms   → warm setup = ${(w / n).toFixed(1)}× node start`);
console.log(`  warm setup minus node start:      ${(w - n).toFixed(0)} ms  = ${((w - n) / g).toFixed(1)}× go version`);
