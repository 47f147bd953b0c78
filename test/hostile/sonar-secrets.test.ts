// Sonar credentials through sonar-go-compat's dist bundles (issue 13 "Secrets", issue 15 "Sonar
// from the matrix"): a sonar-host-url with user:password and ?token=, and a sonar-token, never reach
// a log line, the step summary, an output or a file; they are registered as secrets; a token sent
// over plain http:// to a host that is not this machine is warned about. SONAR_HOST_URL and
// SONAR_TOKEN (the scanner's own variables) are the defaults on GitHub and in the CLI (GitLab).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotations, distEntry, newJob, repoRoot, runStep, type StepResult } from '../helpers/runner.js';
import { debianGoroot, sharedGoCache } from '../helpers/go.js';
import { copySonarFixture } from '../helpers/sonar-reports.js';

const goEnv = {
  PATH: `${debianGoroot('1.23')}/bin:${process.env.PATH}`,
  GOTOOLCHAIN: 'local',
  GOCACHE: sharedGoCache('1.23'),
  GOFLAGS: '',
};
const job = newJob({ env: goEnv });
copySonarFixture('single', path.join(job.workspace, 'single'));
let server: Server;
let port = 0;
const requests: { url: string; auth: string }[] = [];
/** This machine's address on a real interface: not loopback, so plain http to it is "the network". */
const lanIp = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const password = 'hunter2-Pa55word';
const queryToken = 'qtok_9f8e7d6c5b';
const token = 'squ_0123456789abcdef0123';

before(async () => {
  assert.ok(lanIp, 'this test needs a non-loopback IPv4 interface');
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization ?? '' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ plugins: [{ key: 'go', version: '1.15.0.1 (build 1)' }] }));
  });
  await new Promise<void>((r) => server.listen(0, '0.0.0.0', r));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile() && statSync(p).size < 50_000_000) out.push(p);
  }
  return out;
}

/** None of the secrets in any log line (except the runner's own ::add-mask::), the summary, an output or a file. */
function assertNoSecret(secrets: readonly string[], texts: Record<string, string>, dirs: readonly string[]): void {
  for (const [where, text] of Object.entries(texts)) {
    const lines = text.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    for (const s of secrets)
      assert.ok(!lines.some((l) => l.includes(s)), `${s} leaked into ${where}:\n${lines.filter((l) => l.includes(s)).join('\n')}`);
  }
  for (const dir of dirs) {
    for (const f of filesUnder(dir)) {
      const text = readFileSync(f, 'latin1');
      for (const s of secrets) assert.ok(!text.includes(s), `${s} leaked into ${f}`);
    }
  }
}

function githubTexts(r: StepResult): Record<string, string> {
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    summary: r.summary,
    outputs: JSON.stringify(r.outputs),
    exported: JSON.stringify(r.exported),
  };
}

test('credentials in sonar-host-url and the token: masked, used, never printed; plain http to another host is warned about', async () => {
  requests.length = 0;
  const url = `http://admin:${password}@${lanIp}:${port}/?token=${queryToken}`;
  const r = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'single',
    'sonar-host-url': url,
    'sonar-token': token,
  });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(requests, [
    { url: `/api/plugins/installed?token=${queryToken}`, auth: `Basic ${Buffer.from(`${token}:`).toString('base64')}` },
  ]);
  const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  for (const s of [token, password, queryToken, url]) assert.ok(masks.includes(`::add-mask::${s}`), `${s} registered as a secret`);
  assert.ok(
    annotations(r.stdout, 'warning').includes(
      `the Sonar token is sent to http://${lanIp}:${port} over plain http://, where anyone on the network path can read it; use the server's https:// URL`,
    ),
    r.stdout,
  );
  assert.match(r.summary, new RegExp(`Analyzer: Go 1\\.21 \\(.*\\(installed on http://${lanIp!.replace(/\./g, '\\.')}:${port}\\)\\)`));
  assertNoSecret([token, password, queryToken], githubTexts(r), [job.workspace]);
});

test('user:password alone is sent as Basic auth; an unreachable or malformed URL is named without its credentials', async () => {
  requests.length = 0;
  const r = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'single',
    'sonar-host-url': `http://admin:${password}@127.0.0.1:${port}`,
  });
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(requests, [{ url: '/api/plugins/installed', auth: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` }]);
  assert.equal(annotations(r.stdout, 'warning').filter((w) => w.includes('plain http')).length, 0, 'loopback: no warning');
  assertNoSecret([password], githubTexts(r), [job.workspace]);

  const gone = createServer();
  await new Promise<void>((res) => gone.listen(0, '127.0.0.1', res));
  const gonePort = (gone.address() as AddressInfo).port;
  await new Promise((res) => gone.close(res));
  const down = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'single',
    'sonar-host-url': `http://admin:${password}@127.0.0.1:${gonePort}/?token=${queryToken}`,
  });
  assert.equal(down.code, 0, down.stdout);
  assert.match(
    annotations(down.stdout, 'warning').join('\n'),
    new RegExp(`cannot reach the SonarQube server at http://127\\.0\\.0\\.1:${gonePort} \\(`),
  );
  assertNoSecret([password, queryToken], githubTexts(down), [job.workspace]);

  const odd = await runStep(job, distEntry('sonar-go-compat'), {
    'working-directory': 'single',
    'sonar-host-url': `ftp://admin:${password}@sonar/?token=${queryToken}`,
  });
  assert.equal(odd.code, 0, odd.stdout);
  assert.match(
    annotations(odd.stdout, 'warning').join('\n'),
    /input "sonar-host-url" is "ftp:\/\/\*\*\*@sonar\/\?\*\*\*", which is not an http\(s\) URL/,
  );
  assertNoSecret([password, queryToken], githubTexts(odd), [job.workspace]);
});

test('SONAR_HOST_URL and SONAR_TOKEN are the defaults on GitHub', async () => {
  requests.length = 0;
  const envToken = 'squ_from_env_4242';
  const r = await runStep(
    job,
    distEntry('sonar-go-compat'),
    { 'working-directory': 'single' },
    {
      env: { SONAR_HOST_URL: `http://127.0.0.1:${port}`, SONAR_TOKEN: envToken },
    },
  );
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(requests, [{ url: '/api/plugins/installed', auth: `Basic ${Buffer.from(`${envToken}:`).toString('base64')}` }]);
  assert.ok(r.stdout.split('\n').includes(`::add-mask::${envToken}`));
  assert.match(r.summary, new RegExp(`installed on http://127\\.0\\.0\\.1:${port}`));
  // An input wins over the variable.
  requests.length = 0;
  const given = await runStep(
    job,
    distEntry('sonar-go-compat'),
    { 'working-directory': 'single', 'sonar-token': token },
    {
      env: { SONAR_HOST_URL: `http://127.0.0.1:${port}`, SONAR_TOKEN: envToken },
    },
  );
  assert.equal(given.code, 0, given.stdout);
  assert.equal(requests[0]?.auth, `Basic ${Buffer.from(`${token}:`).toString('base64')}`);
});

test('the CLI on GitLab: SONAR_HOST_URL/SONAR_TOKEN as defaults, credentials masked in every log line and file', async () => {
  requests.length = 0;
  const cliJob = newJob({ env: goEnv });
  copySonarFixture('single', path.join(cliJob.workspace, 'single'));
  const cliToken = 'squ_cli_token_31337';
  const url = `http://ci:${password}@${lanIp}:${port}/?token=${queryToken}`;
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'sonar-go-compat', '--working-directory', 'single'],
    {
      cwd: cliJob.workspace,
      env: {
        ...cliJob.env,
        GITHUB_ACTIONS: '',
        GITLAB_CI: 'true',
        CI_PROJECT_DIR: cliJob.workspace,
        CI_JOB_ID: '4711',
        SONAR_HOST_URL: url,
        SONAR_TOKEN: cliToken,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? 1)));
  assert.equal(code, 0, stdout + stderr);
  assert.deepEqual(requests, [
    { url: `/api/plugins/installed?token=${queryToken}`, auth: `Basic ${Buffer.from(`${cliToken}:`).toString('base64')}` },
  ]);
  assert.match(stderr, new RegExp(`warning: the Sonar token is sent to http://${lanIp!.replace(/\./g, '\\.')}:${port} over plain http://`));
  const summary = readFileSync(path.join(cliJob.workspace, '.go-ci-kit', 'summary.md'), 'utf8');
  assert.match(summary, /installed on http:\/\//);
  assertNoSecret([cliToken, password, queryToken], { stdout, stderr }, [cliJob.workspace]);
});
