// falcondev's github-actions-cache-server (an independent implementation of GitHub's cache
// service, protocol v2) started on loopback for a test: a free port on 127.0.0.1, the filesystem
// storage driver and a sqlite DB in a temp dir, token validation off (its own tests' mode: the
// runtime token is a JWT whose claims it reads without checking the signature), cleanup jobs off,
// and unknown paths proxied to a closed loopback port instead of GitHub.
//
// The server is NOT in this repository and no script here builds it: it is built outside from a
// fetched snapshot of falcondev-oss/github-actions-cache-server (whose code, and anything that
// builds it, may not be committed here). A test runs against it only when
// GO_CI_KIT_TEST_FALCONDEV_SERVER names its built entry (<checkout>/.output/server/index.mjs);
// otherwise the test is skipped with falcondevSkip as the printed reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { request } from 'undici';

export const FALCONDEV_VAR = 'GO_CI_KIT_TEST_FALCONDEV_SERVER';

/** Why the falcondev tests do not run here; undefined when the variable names a built server. */
export const falcondevSkip: string | undefined = process.env[FALCONDEV_VAR]
  ? undefined
  : `${FALCONDEV_VAR} is not set: these tests run against falcondev's github-actions-cache-server, which is built ` +
    'outside this repository from a fetched snapshot of falcondev-oss/github-actions-cache-server (its code, a build ' +
    'of it, or a committed recipe that builds it may not be in this repository); build it yourself and set ' +
    `${FALCONDEV_VAR}=<its checkout>/.output/server/index.mjs to run them`;

const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * A runtime token as the runner's: a JWT whose `ac` claim lists the cache scopes (here the main
 * branch, read and write) and whose repository_id scopes the entries. Not signed: the server runs
 * with SKIP_TOKEN_VALIDATION.
 */
export function runtimeToken(repositoryId = '1'): string {
  const claims = { ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]), repository_id: repositoryId };
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.unsigned`;
}

export class FalcondevServer {
  readonly token = runtimeToken();
  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The runner's env for protocol v2 against this server. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  /** What the server printed so far (for failure messages). */
  log(): string {
    try {
      return readFileSync(path.join(this.dir, 'server.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** Calls a twirp method as another job would. */
  async twirp(method: string, body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await request(new URL(TWIRP + method, this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    const text = await res.body.text();
    return { status: res.statusCode, json: JSON.parse(text) as Record<string, unknown> };
  }

  static async start(): Promise<FalcondevServer> {
    const entry = process.env[FALCONDEV_VAR];
    if (!entry || !existsSync(entry))
      throw new Error(
        `${FALCONDEV_VAR}=${entry ?? ''} is not a file; set it to the built server entry (<checkout>/.output/server/index.mjs)`,
      );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-falcondev-'));
    const port = await freePort();
    const out = openSync(path.join(dir, 'server.log'), 'a');
    const child = spawn(process.execPath, [entry], {
      cwd: dir,
      // Its own process group, so stop() ends its cluster worker too.
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: dir,
        NITRO_HOST: '127.0.0.1',
        NITRO_PORT: String(port),
        NITRO_CLUSTER_WORKERS: '1',
        API_BASE_URL: `http://127.0.0.1:${port}`,
        DEFAULT_ACTIONS_RESULTS_URL: 'http://127.0.0.1:9',
        STORAGE_DRIVER: 'filesystem',
        STORAGE_FILESYSTEM_PATH: path.join(dir, 'storage'),
        DB_DRIVER: 'sqlite',
        DB_SQLITE_PATH: path.join(dir, 'cache.sqlite'),
        SKIP_TOKEN_VALIDATION: 'true',
        DISABLE_CLEANUP_JOBS: 'true',
      },
    });
    const server = new FalcondevServer(port, child, dir);
    const kill = () => server.kill();
    process.once('exit', kill);
    child.once('exit', () => process.off('exit', kill));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`falcondev's server (${entry}) exited (${child.exitCode ?? child.signalCode}):\n${server.log()}`);
      try {
        const res = await request(`${server.url}health`);
        const text = await res.body.text();
        if (res.statusCode === 200 && text.trim() === 'healthy') return server;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        server.kill();
        throw new Error(`falcondev's server (${entry}) did not answer /health within 60 s:\n${server.log()}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  private kill(): void {
    try {
      // Its primary waits for open connections on SIGTERM; nothing here needs a graceful end.
      if (this.child.pid !== undefined && this.child.exitCode === null) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    this.kill();
    await exited;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
