// What a front door costs on top of the action itself: start-up of the bundled CLI, of `npx
// go-ci-kit` from an installed tarball, and of a setup-go-matrix run through the CLI (GitLab path)
// against the same action through the GitHub dist entry. Printed as ratios to a baseline measured
// in the same run: `node -e 0` for start-up, the GitHub entry for the setup run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../test/helpers/go.js';
import { offlineNpmEnv, packTarball, runProgram, sampleModuleCopy } from '../test/helpers/npm-package.js';
import { distEntry, newJob, repoRoot, runStep } from '../test/helpers/runner.js';

const rounds = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

function mustRun(file: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): void {
  const r = spawnSync(file, args, { cwd, env: env ?? process.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed:\n${r.stderr}`);
}

const tgz = packTarball();
const project = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-'));
writeFileSync(path.join(project, 'package.json'), '{"name":"b","version":"1.0.0","private":true}');
const install = runProgram('npm', ['install', '--no-save', '--loglevel=error', tgz], { cwd: project, env: offlineNpmEnv() });
if (install.status !== 0) throw new Error(install.stderr);
const sample = sampleModuleCopy();
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

const nodeBase = timeIt(() => mustRun(process.execPath, ['-e', '0'], project));
const cliStart = timeIt(() => mustRun(process.execPath, [cli, '--version'], project));
const npxStart = timeIt(() => mustRun('npx', ['--no-install', 'go-ci-kit', '--version'], project, offlineNpmEnv()));

const setupArgs = {
  'go-version': '1.23',
  'toolchain-source': 'local',
  'local-goroots': debianGoroot('1.23'),
  'working-directory': sample,
  cache: 'false',
};
const ghTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const job = newJob();
  const t = process.hrtime.bigint();
  const r = await runStep(job, distEntry('setup-go-matrix'), setupArgs);
  ghTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
}
const ghMedian = median(ghTimes);
const cliSetup = timeIt(() => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'gck-bench-out-'));
  const flags = Object.entries(setupArgs).flatMap(([k, v]) => [`--${k}`, v]);
  mustRun(process.execPath, [cli, 'setup-go-matrix', ...flags, '--out-dir', out], project, {
    ...process.env,
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: project,
  });
});

const ms = (x: number): string => `${x.toFixed(0)} ms`;
console.log(`median of ${rounds} runs each`);
console.log(`start-up  node -e 0 (baseline)            ${ms(nodeBase)}  1.00x`);
console.log(`start-up  node dist/cli/index.js --version ${ms(cliStart)}  ${(cliStart / nodeBase).toFixed(2)}x`);
console.log(`start-up  npx go-ci-kit --version          ${ms(npxStart)}  ${(npxStart / nodeBase).toFixed(2)}x`);
console.log(`setup-go-matrix 1.23 local, GitHub entry (baseline) ${ms(ghMedian)}  1.00x`);
console.log(`setup-go-matrix 1.23 local, CLI as on GitLab        ${ms(cliSetup)}  ${(cliSetup / ghMedian).toFixed(2)}x`);
