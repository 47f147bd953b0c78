// The GitLab setup-go-matrix component's own shell (its first script block, read from
// templates/setup-go-matrix/template.yml) running the bundled CLI with the s3 store: s3rver on
// loopback, Go 1.19 and 1.23 legs in one project dir, main then --post around a real `go build`,
// as the component's script lines do. The 1.23 leg reaches the store through AWS_ENDPOINT_URL_S3
// (what go-matrix users set as a CI/CD variable) instead of the s3-endpoint input.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { fixtureApp, localProxy, seedGoCache } from '../helpers/cache-leg.js';
import { debianGoroot, type TestedMinor } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';
import { awsEnv, BUCKET, startS3Server, type S3Server } from '../helpers/s3-server.js';

let s3: S3Server;
let proxy: string;
const seeds = new Map<TestedMinor, string>();

before(async () => {
  s3 = await startS3Server();
  proxy = await localProxy();
  for (const m of ['1.19', '1.23'] as const) seeds.set(m, await seedGoCache(m));
});
after(() => s3.close());

/** The component's setup block, with go_ci_kit running this checkout's dist/cli instead of npx. */
function componentShell(): string {
  const doc = parse(
    readFileSync(path.join(repoRoot, 'templates', 'setup-go-matrix', 'template.yml'), 'utf8').split('\n---\n')[1]!,
  ) as Record<string, { script: string[] }>;
  const block = Object.values(doc)[0]!.script[0]!;
  assert.match(block, /setup_go\(\) \{/);
  const cli = `"${process.execPath}" "${path.join(repoRoot, 'dist', 'cli', 'index.js')}"`;
  return block.replace(/^\s*go_ci_kit\(\) \{.*\}$/m, `go_ci_kit() { ${cli} "$@"; }`);
}

interface Leg {
  out: Record<string, string>;
  log: string;
}

/** Asynchronous: s3rver answers from this process's event loop meanwhile. */
async function leg(minor: TestedMinor, project: string, env: NodeJS.ProcessEnv, seed: boolean, goproxy = `file://${proxy}`): Promise<Leg> {
  const script = `${componentShell()}
setup_go || exit 1
source "$GO_CI_KIT_DIR/env.sh"
${seed ? `[ -n "$(ls -A "$GOCACHE")" ] || cp -r "${seeds.get(minor)}/." "$GOCACHE/"` : ''}
go build -o bin/ ./... || exit 1
setup_go --post || exit 1
`;
  const child = spawn('bash', ['-c', script], {
    cwd: project,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: project,
      GO_VERSION: minor,
      GCK_WORKING_DIRECTORY: '.',
      GCK_TOOLCHAIN_SOURCE: 'local',
      GCK_LOCAL_GOROOTS: `${debianGoroot('1.19')},${debianGoroot('1.23')}`,
      GCK_GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GCK_ON_GO_MOD_NEWER: 'error',
      GCK_CACHE: 'true',
      GCK_CACHE_DIR_MAX_SIZE: '2G',
      GCK_S3_BUCKET: BUCKET,
      GCK_S3_PREFIX: 'go-ci-kit/group/project/',
      GCK_S3_REGION: '',
      GCK_S3_ENDPOINT: '',
      GOPROXY: goproxy,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
      ...awsEnv(),
      ...env,
    },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 0, log);
  const out = JSON.parse(readFileSync(path.join(project, '.go-ci-kit', `go${minor}`, 'outputs.json'), 'utf8')) as Record<string, string>;
  return { out, log };
}

const newProject = () => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gck-cli-s3-')), 'project');
  cpSync(fixtureApp, dir, { recursive: true });
  return dir;
};
const endpointOf = (minor: TestedMinor): NodeJS.ProcessEnv =>
  minor === '1.19' ? { GCK_S3_ENDPOINT: s3.endpoint } : { AWS_ENDPOINT_URL_S3: s3.endpoint };

test('GitLab component shell + CLI: 1.19 and 1.23 legs save to s3, a second pipeline restores each its own version', async () => {
  const first = newProject();
  for (const minor of ['1.19', '1.23'] as const) {
    const r = await leg(minor, first, endpointOf(minor), true);
    assert.equal(r.out['cache-hit'], 'false');
    assert.doesNotMatch(r.log, /^warning: /m);
    assert.match(r.log, /Saved modules cache go-ci-kit-v1-mod-/);
    assert.match(r.log, /Saved build cache go-ci-kit-v1-build-/);
  }
  const page = await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'go-ci-kit/group/project/' }));
  assert.equal(page.Contents?.length, 4);
  const second = newProject();
  for (const minor of ['1.19', '1.23'] as const) {
    // No GOPROXY: modules can only come from the restored cache.
    const r = await leg(minor, second, endpointOf(minor), false, 'off');
    assert.equal(r.out['cache-hit'], 'true', r.log);
    const restored = [...r.log.matchAll(/Restored \w+ cache (\S+)/g)].map((m) => m[1]!);
    assert.equal(restored.length, 2, r.log);
    for (const k of restored) assert.ok(k.includes(`-go${r.out['go-version']}-`), `${minor} restored ${k}`);
  }
});
