// Pure parts of setup-go-matrix: go.mod directives, version files, the go.mod-newer check,
// versions-range, the download index and the tool cache layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseGoModDirectives } from '../../src/go/gomod.js';
import { readVersionFile } from '../../src/go/version-file.js';
import { findNewerRequirements } from '../../src/go/gomod-check.js';
import { computeMatrix, formatMatrix, parseVersionsRange } from '../../src/go/matrix-range.js';
import { parseGoVersion, type GoVersion } from '../../src/go/go-version.js';
import { parseIndex, pickArchive, resolveDownloadBase, indexUrl, archiveUrl } from '../../src/go/download-index.js';
import { listToolCache, toolCachePath } from '../../src/go/tool-cache.js';
import { legDirs } from '../../src/go/isolation.js';
import { formatGoVersion } from '../../src/go/go-version.js';
import { goToolCommand } from '../../src/go/go-command.js';
import { bypassesProxy, proxyFor } from '../../src/go/http.js';
import { goarchOf, hostArch } from '../../src/go/arch.js';
import { platformFor } from '../../src/go/platform.js';
import { debianGoroot } from '../helpers/go.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-unit-'));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const v = (s: string): GoVersion => parseGoVersion(s)!;

test('go.mod/go.work directives: first go and toolchain lines, comments and custom suffixes dropped', () => {
  assert.deepEqual(parseGoModDirectives('module m\n\ngo 1.21 // lang\ntoolchain go1.23.4-bigcorp\nrequire x v1\n'), {
    go: { version: '1.21', line: 3, text: 'go 1.21' },
    toolchain: { version: '1.23.4', line: 4, text: 'toolchain go1.23.4-bigcorp' },
  });
  assert.deepEqual(parseGoModDirectives('module m\r\n// go 1.99\r\ngo 1.19\r\n'), { go: { version: '1.19', line: 3, text: 'go 1.19' } });
  assert.deepEqual(parseGoModDirectives('module m\n'), {});
});

test('version files by kind', () => {
  const table: [string, string, string, number, string][] = [
    ['a/go.mod', 'module m\ngo 1.21\ntoolchain go1.22.3\n', '1.22.3', 3, 'toolchain directive'],
    ['b/go.mod', 'module m\n\ngo 1.21.4\n', '1.21.4', 3, 'go directive'],
    ['c/go.work', 'go 1.22\nuse .\n', '1.22', 1, 'go directive'],
    ['d/.go-version', '\n# comment\n  go1.20.5  \n', 'go1.20.5', 3, 'version'],
    ['e/.tool-versions', 'python 3.12\ngolang 1.23.1\n', '1.23.1', 2, 'golang entry'],
    ['f/.tool-versions', 'go 1.22.0 # mise\n', '1.22.0', 1, 'go entry'],
  ];
  for (const [file, content, spec, line, what] of table) {
    write(file, content);
    assert.deepEqual(readVersionFile(file, dir), { spec, file, line, what }, file);
  }
  write('g/go.mod', 'module m\n');
  assert.throws(() => readVersionFile('g/go.mod', dir), {
    name: 'InputError',
    message: 'go-version-file "g/go.mod" has neither a toolchain nor a go directive; add e.g. "go 1.23" to it',
  });
  write('h/.tool-versions', 'nodejs 20\n');
  assert.throws(() => readVersionFile('h/.tool-versions', dir), /has no "golang" line; add e.g. "golang 1.23.4"/);
  write('i/.go-version', '\n# nothing\n');
  assert.throws(() => readVersionFile('i/.go-version', dir), /go-version-file "i\/.go-version" is empty/);
});

test('go.mod newer than the leg: go and toolchain lines, go.work too; equal or older passes', () => {
  write('m/go.mod', 'module m\ngo 1.21\ntoolchain go1.22.1\n');
  write('m/go.work', 'go 1.21.5\n');
  const found = findNewerRequirements(path.join(dir, 'm'), '1.21.3', dir);
  assert.deepEqual(
    found.map((f) => [f.file, f.line, f.directive, f.required, f.leg]),
    [
      ['m/go.work', 1, 'go', '1.21.5', '1.21.3'],
      ['m/go.mod', 3, 'toolchain', '1.22.1', '1.21.3'],
    ],
  );
  assert.deepEqual(findNewerRequirements(path.join(dir, 'm'), '1.22.1', dir), []);
  // go 1.21 (language version) is satisfied by 1.21rc1 and 1.21.0, as in cmd/go.
  write('n/go.mod', 'module m\ngo 1.21\n');
  assert.deepEqual(findNewerRequirements(path.join(dir, 'n'), '1.21rc1', dir), []);
  assert.equal(findNewerRequirements(path.join(dir, 'n'), '1.20', dir).length, 1);
  assert.deepEqual(findNewerRequirements(path.join(dir, 'nothing-here'), '1.20', dir), []);
});

test('versions-range: spec ranges and from..to spans, newest patch per minor', () => {
  const releases = ['1.18.10', '1.19.13', '1.19.12', '1.20', '1.20.14', '1.21.13', '1.21.0', '1.22.12', '1.23.5', '1.23.4', '1.24rc1'].map(
    v,
  );
  const m = (text: string, goMod?: string) => formatMatrix(computeMatrix(parseVersionsRange(text), releases, goMod ? v(goMod) : undefined));
  assert.equal(m('>=1.19 <=1.23'), '["1.19.13","1.20.14","1.21.13","1.22.12","1.23.5"]');
  assert.equal(m('>=1.21'), '["1.21.13","1.22.12","1.23.5"]', 'prereleases never enter a matrix');
  assert.equal(m('go.mod..stable', '1.21'), '["1.21.13","1.22.12","1.23.5"]');
  assert.equal(m('go.mod..stable', '1.20.3'), '["1.20.14","1.21.13","1.22.12","1.23.5"]');
  assert.equal(m('1.19..oldstable'), '["1.19.13","1.20.14","1.21.13","1.22.12"]');
  assert.equal(m('stable..stable'), '["1.23.5"]');
  assert.equal(m('1.25..stable'), '[]');
  assert.throws(() => parseVersionsRange('1.19 to 1.23'), /versions-range "1.19 to 1.23" is not a range/);
  assert.throws(() => parseVersionsRange('1.19..next'), /"next" is not go.mod, stable, oldstable or a Go version/);
  assert.throws(() => parseVersionsRange('1.23.4'), /is not a range/, 'an exact version is not a matrix');
});

test('download index: go.dev shape parsed, odd entries dropped, linux archive for the arch picked', () => {
  const file = (os: string, arch: string, kind: string, filename: string) => ({
    filename,
    os,
    arch,
    version: 'go1.23.5',
    sha256: 'a'.repeat(64),
    size: 10,
    kind,
  });
  const json = JSON.stringify([
    {
      version: 'go1.23.5',
      stable: true,
      files: [
        file('', '', 'source', 'go1.23.5.src.tar.gz'),
        file('darwin', 'amd64', 'archive', 'go1.23.5.darwin-amd64.tar.gz'),
        file('linux', 'amd64', 'installer', 'go1.23.5.linux-amd64.pkg'),
        file('linux', 'amd64', 'archive', 'go1.23.5.linux-amd64.tar.gz'),
        file('linux', 'arm64', 'archive', 'go1.23.5.linux-arm64.tar.gz'),
      ],
    },
    { version: 'go1.24rc1', stable: false, files: [] },
    { version: 'go1', stable: true, files: [] },
    { nonsense: true },
  ]);
  const releases = parseIndex(json, 'u');
  assert.deepEqual(
    releases.map((r) => [r.name, r.stable, formatGoVersion(r.version)]),
    [
      ['go1.23.5', true, '1.23.5'],
      ['go1.24rc1', false, '1.24rc1'],
    ],
  );
  assert.equal(pickArchive(releases[0]!, platformFor('linux', { go: 'amd64', toolCache: 'x64' }))?.filename, 'go1.23.5.linux-amd64.tar.gz');
  assert.equal(
    pickArchive(releases[0]!, platformFor('linux', { go: 'arm64', toolCache: 'arm64' }))?.filename,
    'go1.23.5.linux-arm64.tar.gz',
  );
  assert.equal(pickArchive(releases[0]!, platformFor('linux', { go: 's390x', toolCache: 's390x' })), undefined);
  assert.throws(() => parseIndex('{"a":1}', 'u'), /is not a JSON array of releases/);
  assert.equal(resolveDownloadBase('', {}), 'https://go.dev/dl');
  assert.equal(resolveDownloadBase('', { GO_DOWNLOAD_BASE_URL: 'https://mirror.example/go/' }), 'https://mirror.example/go');
  assert.equal(resolveDownloadBase('http://127.0.0.1:8080/dl', { GO_DOWNLOAD_BASE_URL: 'https://ignored' }), 'http://127.0.0.1:8080/dl');
  assert.throws(() => resolveDownloadBase('', { GO_DOWNLOAD_BASE_URL: 'mirror' }), {
    message: 'GO_DOWNLOAD_BASE_URL "mirror" is not an http(s) URL; expected the Go download site or a mirror, e.g. https://go.dev/dl',
  });
  assert.equal(indexUrl('https://go.dev/dl'), 'https://go.dev/dl/?mode=json&include=all');
  assert.equal(archiveUrl('https://go.dev/dl', 'go1.23.5.linux-amd64.tar.gz'), 'https://go.dev/dl/go1.23.5.linux-amd64.tar.gz');
});

test('tool cache layout: go/<semver>/<arch> counts only with its .complete marker', () => {
  const tc = path.join(dir, 'tc');
  const x64 = platformFor('linux', { go: 'amd64', toolCache: 'x64' });
  for (const [ver, complete] of [
    ['1.23.5', true],
    ['1.22.0', false],
    ['1.21.0-rc.2', true],
    ['latest', true],
  ] as const) {
    mkdirSync(path.join(tc, 'go', ver, 'x64'), { recursive: true });
    if (complete) writeFileSync(path.join(tc, 'go', ver, 'x64.complete'), '');
  }
  assert.deepEqual(
    listToolCache(tc, x64)
      .map((c) => formatGoVersion(c.version))
      .sort(),
    ['1.21rc2', '1.23.5'],
  );
  assert.deepEqual(listToolCache(tc, platformFor('linux', { go: 'arm64', toolCache: 'arm64' })), []);
  assert.equal(toolCachePath(tc, v('1.20'), x64), path.join(tc, 'go', '1.20.0', 'x64'));
  assert.deepEqual(legDirs('/w', '1.23.5', x64), {
    root: '/w/go-1.23.5-amd64',
    gopath: '/w/go-1.23.5-amd64/gopath',
    gocache: '/w/go-1.23.5-amd64/gocache',
    gomodcache: '/w/go-1.23.5-amd64/gomodcache',
  });
});

test('go tool command: the tool binary of a real tree (also through a symlinked go), else go tool', () => {
  const root = debianGoroot('1.23');
  const nm = path.join(root, 'pkg', 'tool', `linux_${goarchOf(hostArch())}`, 'nm');
  assert.deepEqual(goToolCommand(path.join(root, 'bin', 'go'), 'nm'), [nm]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-tool-'));
  symlinkSync(path.join(root, 'bin', 'go'), path.join(dir, 'go'));
  assert.deepEqual(goToolCommand(path.join(dir, 'go'), 'nm'), [nm], 'a go on PATH that links into a GOROOT');
  const wrapper = path.join(dir, 'bin', 'go');
  mkdirSync(path.dirname(wrapper));
  writeFileSync(wrapper, '#!/bin/sh\nexec /usr/lib/go-1.23/bin/go "$@"\n', { mode: 0o755 });
  assert.deepEqual(goToolCommand(wrapper, 'nm'), [wrapper, 'tool', 'nm'], 'a wrapper outside a GOROOT: the go command finds its tool');
  assert.deepEqual(goToolCommand(path.join(dir, 'missing'), 'nm'), [path.join(dir, 'missing'), 'tool', 'nm']);
});

test('proxy choice: NO_PROXY entries (names, domains, ports, IPv6, CIDR, *) and the HTTPS → HTTP_PROXY fallback', () => {
  const u = (s: string) => new URL(s);
  const cases: [string, string, boolean][] = [
    ['https://dl.google.com/go', 'google.com', true],
    ['https://dl.google.com/go', '.google.com', true],
    ['https://dl.google.com/go', '*.google.com', true],
    ['https://google.com/', 'google.com', true],
    ['https://notgoogle.com/', 'google.com', false],
    ['http://127.0.0.1:8080/', '127.0.0.1', true],
    ['http://127.0.0.1:8080/', '127.0.0.1:8080', true],
    ['http://127.0.0.1:8080/', '127.0.0.1:9090', false],
    ['https://mirror.internal/', 'mirror.internal:443', true],
    ['http://[::1]:3000/', '::1', true],
    ['http://[::1]:3000/', '[::1]:3000', true],
    ['http://[::1]:3000/', '[::1]:4000', false],
    ['https://go.dev/dl', 'example.com, go.dev', true],
    ['https://go.dev/dl', 'example.com go.dev', true],
    ['https://go.dev/dl', '*', true],
    ['https://go.dev/dl', '', false],
    ['http://10.1.2.3:8080/', '10.0.0.0/8', true],
    ['http://11.1.2.3/', '10.0.0.0/8', false],
    ['http://[fd00::1]/', 'fd00::/8', true],
    ['http://[fe80::1]/', 'fd00::/8', false],
    ['http://10.1.2.3/', 'fd00::/8', false],
    ['https://mirror.internal/', '10.0.0.0/8', false],
    ['http://10.1.2.3/', '10.0.0.0/99', false],
  ];
  for (const [url, noProxy, want] of cases)
    assert.equal(bypassesProxy(u(url), noProxy), want, `${url} with NO_PROXY=${JSON.stringify(noProxy)}`);

  const saved = { ...process.env };
  try {
    for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete process.env[k];
    assert.equal(proxyFor(u('https://go.dev/dl')), undefined);
    process.env.HTTP_PROXY = 'http://proxy:3128';
    assert.equal(proxyFor(u('https://go.dev/dl')), 'http://proxy:3128', 'https falls back to HTTP_PROXY');
    process.env.https_proxy = 'http://secure:3128';
    assert.equal(proxyFor(u('https://go.dev/dl')), 'http://secure:3128');
    assert.equal(proxyFor(u('http://mirror/dl')), 'http://proxy:3128');
    process.env.no_proxy = 'mirror';
    assert.equal(proxyFor(u('http://mirror/dl')), undefined);
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});
