// Builds the abi-diff fixture module (test/fixtures/abi/v1, v2) with real Debian Go toolchains,
// once per test file, into a temp dir, with one shared GOCACHE per Go version.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goCacheFor } from '../../src/abi/build.js';
import { debianGoroot, goBin, type TestedMinor } from './go.js';
import { repoRoot } from './runner.js';
import { sharedTmp } from './tmp.js';

/**
 * RUNNER_TEMP shared by abi-diff e2e jobs: package mode keeps its GOCACHEs under
 * <RUNNER_TEMP>/go-ci-kit/abi-diff (GitHubRuntime.workDir), and the fixture builds use the same
 * caches, so std is compiled once per Go version for every abi test file and run.
 */
export const sharedRunnerTemp = sharedTmp('gck-abi-runner-temp');
mkdirSync(sharedRunnerTemp, { recursive: true });

function goCache(minor: TestedMinor): string {
  const version = readFileSync(path.join(debianGoroot(minor), 'VERSION'), 'utf8')
    .split('\n')[0]!
    .trim();
  return goCacheFor(path.join(sharedRunnerTemp, 'go-ci-kit', 'abi-diff'), version);
}

export const abiFixture = (version: 'v1' | 'v2'): string => path.join(repoRoot, 'test/fixtures/abi', version);

export interface FixtureBuild {
  version: 'v1' | 'v2';
  go: TestedMinor;
  pkg?: string;
  out: string;
  flags?: string[];
  env?: NodeJS.ProcessEnv;
  /** Default true, as abi-diff's own builds. Without it, go records -ldflags in the build info. */
  trimpath?: boolean;
}

export class FixtureBuilder {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'gck-abi-'));

  build(b: FixtureBuild): string {
    const out = path.join(this.dir, b.out);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Shared by abi test files and runs (Go's cache is safe for concurrent use), one per Go version.
      GOCACHE: goCache(b.go),
      GOPATH: path.join(this.dir, 'gopath'),
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
      ...b.env,
    };
    execFileSync(
      goBin(b.go),
      ['build', ...(b.trimpath === false ? [] : ['-trimpath']), ...(b.flags ?? []), '-o', out, b.pkg ?? './cmd/app'],
      { cwd: abiFixture(b.version), env, stdio: 'pipe' },
    );
    return out;
  }
}
