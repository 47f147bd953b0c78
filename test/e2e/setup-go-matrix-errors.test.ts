// Every bad input of setup-go-matrix, through dist/: the exact message the runner shows, and no
// partial install left in the tool cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import {
  goArchive,
  listedOnly,
  servedArchive,
  startGoDevServer,
  unreachableBase,
  type GoArchive,
  type GoDevServer,
  type Variant,
} from '../helpers/godev-server.js';
import { failure, offlineJob, setup, toolCacheEntries } from '../helpers/setup-job.js';
import type { RunnerJob } from '../helpers/runner.js';

let archive: GoArchive;
let down: string;
let index: GoDevServer;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-bad-'));

before(async () => {
  archive = goArchive('1.21');
  down = await unreachableBase();
  index = await startGoDevServer([listedOnly('go1.23.5'), listedOnly('go1.22.12')]);
});
after(() => index.close());

/** Runs a failing step and returns its message, after checking nothing landed in the tool cache. */
async function fails(inputs: Record<string, string>, opts: { base?: string; cwd?: string } = {}): Promise<string> {
  const job: RunnerJob = offlineJob({ base: opts.base ?? down });
  const step = await setup(job, inputs, { cwd: opts.cwd });
  const message = failure(step);
  assert.deepEqual(toolCacheEntries(job), [], `tool cache after: ${message}`);
  assert.deepEqual(
    readdirSync(job.temp).filter((n) => n.startsWith('go-install-')),
    [],
    'no download left in temp',
  );
  assert.deepEqual(step.exported, {}, 'nothing exported by a failed step');
  return message;
}

const examples = '"1.23", "1.23.4", "1.23.x", "^1.22", ">=1.21 <1.24", "stable" or "oldstable"';
const offlineHint =
  "check go-download-base-url (or env GO_DOWNLOAD_BASE_URL) and the runner's network, or use toolchain-source: local or tool-cache on an offline runner";

test('malformed and missing inputs name the input, the value and what to write', async () => {
  assert.equal(await fails({ 'go-version': '1.2x' }), `go-version "1.2x" is not a Go version or range; expected e.g. ${examples}`);
  assert.equal(await fails({ 'go-version': 'latest' }), `go-version "latest" is not a Go version or range; expected e.g. ${examples}`);
  assert.equal(
    await fails({}),
    'neither go-version nor go-version-file is set; set go-version (e.g. "1.23"), go-version-file (e.g. "go.mod"), or versions-range to compute a matrix',
  );
  assert.equal(
    await fails({ 'go-version': '1.23', 'toolchain-source': 'github' }),
    'input "toolchain-source" is "github"; expected one of: "auto", "tool-cache", "local", "download"',
  );
  assert.equal(
    await fails({ 'go-version': '1.23', architecture: 'sparc' }),
    'architecture "sparc" is not known; expected one of: amd64, x64, x86_64, x86-64, arm64, aarch64, 386, x86, ia32, i386, i686, arm, armv6l, armv7l, ppc64le, ppc64, s390x, riscv64, loong64',
  );
  const foreign = os.arch() === 'arm64' ? 'amd64' : 'arm64';
  const host = os.arch() === 'arm64' ? 'arm64' : 'amd64';
  assert.equal(
    await fails({ 'go-version': '1.23', architecture: foreign }),
    `architecture "${foreign}" (${foreign}) cannot run on this ${host} runner, and setup-go-matrix proves each leg by running its Go; use a runner of that architecture, or keep the runner's Go and set GOARCH=${foreign} when building to cross-compile`,
  );
  assert.equal(
    await fails({ 'go-version': '1.23', 'go-download-base-url': 'ftp://mirror' }),
    'go-download-base-url "ftp://mirror" is not an http(s) URL; expected the Go download site or a mirror, e.g. https://go.dev/dl',
  );
  const ws = mkdtempSync(path.join(tmp, 'ws-'));
  assert.equal(
    await fails({ 'go-version-file': 'nope/go.mod' }, { cwd: ws }),
    `go-version-file "nope/go.mod" does not exist (looked at ${ws}/nope/go.mod); give a path relative to the workspace, e.g. go.mod`,
  );
  writeFileSync(path.join(ws, '.go-version'), 'one-point-twenty-three\n');
  assert.equal(
    await fails({ 'go-version-file': '.go-version' }, { cwd: ws }),
    `go-version-file ".go-version" (line 1, version) "one-point-twenty-three" is not a Go version or range; expected e.g. ${examples}`,
  );
});

test('no matching version: in the index, the tool cache, the local trees', async () => {
  assert.equal(
    await fails({ 'go-version': '1.18.99' }, { base: index.base }),
    `go-version "1.18.99" matches no Go release in the download index ${index.base}/?mode=json&include=all (newest there: 1.23.5, 1.22.12); ask for a listed version, e.g. "1.23" or "stable"`,
  );
  const job = offlineJob({ base: down });
  const step = await setup(job, { 'go-version': '1.23', 'toolchain-source': 'tool-cache' });
  assert.equal(
    failure(step),
    `go-version "1.23" matches no Go in the tool cache ${job.toolCache}/go (${os.arch() === 'arm64' ? 'arm64' : 'x64'}: none); toolchain-source is "tool-cache", so nothing is downloaded; use toolchain-source: auto or download, or ask for an installed version`,
  );
});

test('unreachable or broken index', async () => {
  const url = `${down}/?mode=json&include=all`;
  const refused = `connect ECONNREFUSED ${down.replace('http://', '')}`;
  assert.equal(
    await fails({ 'go-version': '1.18' }),
    `go-version "1.18" matches no Go in the tool cache or local GOROOTs, and cannot read the Go download index ${url}: ${refused}; ${offlineHint}`,
  );
  assert.equal(
    await fails({ 'go-version': '1.23', 'toolchain-source': 'download' }),
    `cannot read the Go download index ${url}: ${refused}; ${offlineHint}`,
  );
  const i500 = await startGoDevServer([], { index: { status: 500, body: 'oops' } });
  const html = await startGoDevServer([], { index: { status: 200, body: '<html>' } });
  try {
    assert.equal(
      await fails({ 'go-version': '1.23', 'toolchain-source': 'download' }, { base: i500.base }),
      `cannot read the Go download index ${i500.base}/?mode=json&include=all: HTTP 500; ${offlineHint}`,
    );
    assert.equal(i500.requests.length, 2, 'a 5xx is retried once');
    assert.equal(
      await fails({ 'go-version': '1.23', 'toolchain-source': 'download' }, { base: html.base }),
      `the Go download index ${html.base}/?mode=json&include=all is not JSON; check go-download-base-url (a mirror must serve go.dev's ?mode=json index)`,
    );
  } finally {
    await i500.close();
    await html.close();
  }
});

test('bad archives: 404, truncated, corrupt, checksum mismatch, not extractable, no go/ folder', async () => {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const expected: Record<Variant, (base: string, a: GoArchive) => string> = {
    '404': (b, a) =>
      `Go 1.21.13: cannot download ${b}/${a.filename}: HTTP 404; check go-download-base-url (or GO_DOWNLOAD_BASE_URL); nothing was installed`,
    truncated: (b, a) =>
      `Go 1.21.13: ${b}/${a.filename} is ${Math.floor(a.size / 2)} bytes but the download index says ${a.size} (truncated or wrong file); nothing was extracted or installed; retry, or check the mirror`,
    corrupt: (b, a) => {
      const served = servedArchive(a, 'corrupt').body!;
      const got = createHash('sha256').update(served).digest('hex');
      return `Go 1.21.13: checksum mismatch for ${b}/${a.filename}: sha256 ${got}, the download index says ${a.sha256}; nothing was extracted or installed; the file or the mirror is corrupt`;
    },
    'checksum-mismatch': (b, a) =>
      `Go 1.21.13: checksum mismatch for ${b}/${a.filename}: sha256 ${a.sha256}, the download index says ${sha('not the archive')}; nothing was extracted or installed; the file or the mirror is corrupt`,
    'corrupt-signed': (_b, a) =>
      `Go 1.21.13: ${a.filename} passed its checksum but does not extract (gzip: stdin: unexpected end of file; tar: Skipping to next header); nothing was installed`,
    'no-go-folder': (_b, a) =>
      `Go 1.21.13: ${a.filename} has no top-level go/ folder with bin/ (found: doc); it is not a Go release archive; nothing was installed`,
    ok: () => '',
    slow: () => '',
  };
  for (const variant of ['404', 'truncated', 'corrupt', 'checksum-mismatch', 'corrupt-signed', 'no-go-folder'] as const) {
    const server = await startGoDevServer([{ version: archive.goVersion, stable: true, files: [servedArchive(archive, variant)] }]);
    try {
      const message = await fails({ 'go-version': '1.21', 'toolchain-source': 'download' }, { base: server.base });
      if (variant === 'corrupt-signed') {
        // The damaged stream is caught either by gzip (whether tar adds "Skipping to next header"
        // depends on timing) or, first, by the tar guard reading a damaged header.
        assert.match(
          message,
          /^Go 1\.21\.13: go1\.21\.13\.linux-amd64\.tar\.gz passed its checksum but does not extract \((gzip: stdin: unexpected end of file(; tar: [^;)]+)*|refused: a header has a bad checksum after \d+ members \(not a tar stream, or damaged\))\); nothing was installed$/,
          variant,
        );
      } else {
        assert.equal(message, expected[variant](server.base, archive), variant);
      }
    } finally {
      await server.close();
    }
  }
});

test('GOROOTs whose bin/go is missing, broken, or another version', async () => {
  const empty = path.join(tmp, 'empty');
  mkdirSync(empty);
  const broken = path.join(tmp, 'broken');
  mkdirSync(path.join(broken, 'bin'), { recursive: true });
  writeFileSync(path.join(broken, 'bin', 'go'), '#!/bin/sh\necho "cannot find GOROOT" >&2\nexit 2\n');
  chmodSync(path.join(broken, 'bin', 'go'), 0o755);
  const liar = path.join(tmp, 'go-1.23');
  symlinkSync('/usr/lib/go-1.22', liar);
  const tail = 'toolchain-source is "local"; install that Go there, add its directory to local-goroots, or use toolchain-source: auto';
  assert.equal(
    await fails({ 'go-version': '1.23', 'toolchain-source': 'local', 'local-goroots': `${empty}\n${broken}` }),
    `go-version "1.23" matches no local Go tree (local-goroots: ${empty}, ${broken}; found: none; skipped: ${empty} is not a Go tree: ${empty}/bin/go does not exist; ` +
      `${broken}/bin/go does not run: ${broken}/bin/go env -json GOVERSION GOROOT GOHOSTOS GOHOSTARCH exited with code 2:\ncannot find GOROOT); ${tail}`,
  );
  assert.equal(
    await fails({ 'go-version': '1.23', 'toolchain-source': 'local', 'local-goroots': liar }),
    `go-version "1.23" matches no local Go tree (local-goroots: ${liar}; found: 1.22.12 (${liar})); ${tail}`,
  );
  // A tool cache folder that claims 1.20 but holds another Go.
  const job = offlineJob({ base: down });
  mkdirSync(path.join(job.toolCache, 'go', '1.20.0'), { recursive: true });
  const folder = path.join(job.toolCache, 'go', '1.20.0', os.arch() === 'arm64' ? 'arm64' : 'x64');
  symlinkSync('/usr/lib/go-1.19', folder);
  writeFileSync(`${folder}.complete`, '');
  const step = await setup(job, { 'go-version': '1.20', 'toolchain-source': 'tool-cache' });
  assert.equal(
    failure(step),
    `tool cache folder ${folder} should hold Go 1.20, but ${folder}/bin/go reports go1.19.8; remove or fix that tree, or ask for go-version 1.19.8`,
  );
  assert.deepEqual(step.exported, {});
});
