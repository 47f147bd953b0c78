// The feature check against real Debian toolchains and the fixture repos, and the plugin lookup
// against a real loopback HTTP server.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { debianGoroot } from '../helpers/go.js';
import { repoRoot } from '../helpers/runner.js';
import { findGo } from '../../src/sonar/go-command.js';
import { discoverModules } from '../../src/sonar/modules.js';
import { buildFeatureChecker, checkModule, type ModuleCheck } from '../../src/sonar/feature-check.js';
import { resolveAnalyzerGo } from '../../src/sonar/analyzer.js';
import { langString } from '../../src/sonar/analyzer-versions.js';

const env = { PATH: '/usr/bin:/bin', HOME: os.homedir(), GOTOOLCHAIN: 'local' };
let tmp = '';
let cache = '';

before(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gck-fc-'));
  cache = path.join(tmp, 'cache');
  cpSync(path.join(repoRoot, 'test/fixtures/sonar'), path.join(tmp, 'fx'), { recursive: true });
});

function rows(checks: ModuleCheck[], root: string): string[] {
  return checks
    .flatMap((c) => c.findings.map((f) => `${path.relative(root, f.file)}:${f.line}:${f.column} ${f.feature} ${f.needs}`))
    .sort();
}

test('Go 1.23 finds every generics and min/max/clear use for an analyzer at Go 1.17, in dependent packages, tests and generated files', async () => {
  const go = await findGo(debianGoroot('1.23'), env);
  const root = path.join(tmp, 'fx', 'single');
  const [mod] = await discoverModules(go, root);
  const helper = await buildFeatureChecker(go, cache);
  const check = await checkModule(go, helper, mod!, { major: 1, minor: 17 });
  assert.deepEqual(rows([check], root), [
    'report/report.go:12:48 generics (type parameters) 1.18',
    'report/zz_generated.go:6:36 min/max builtins 1.21',
    'stats/stats.go:10:10 generics (type parameters) 1.18',
    'stats/stats.go:20:17 min/max builtins 1.21',
    'stats/stats.go:20:9 min/max builtins 1.21',
    'stats/stats.go:25:2 clear builtin 1.21',
    'stats/stats.go:36:10 min/max builtins 1.21',
    'stats/stats.go:6:2 generics (type parameters) 1.18',
    'stats/stats_test.go:18:44 min/max builtins 1.21',
    'stats/stats_test.go:6:15 generics (type parameters) 1.18',
  ]);
  assert.equal(check.packages, 3);
  // Built once per toolchain: the second call reuses the cached binary.
  assert.equal(await buildFeatureChecker(go, cache), helper);
});

test('multi-module repo with go.work: range over int and func are found per module; a module outside go.work is checked with GOWORK=off', async () => {
  const go = await findGo(path.join(debianGoroot('1.23'), 'bin', 'go'), env);
  const root = path.join(tmp, 'fx', 'multi');
  const mods = await discoverModules(go, root);
  assert.deepEqual(
    mods.map((m) => [m.path, path.relative(root, m.dir), m.env.GOWORK ?? '', m.workFile ? path.relative(root, m.workFile) : '']),
    [
      ['example.com/multi/lib', 'lib', '', 'go.work'],
      ['example.com/api', 'svc/api', '', 'go.work'],
      ['example.com/tools', 'tools', 'off', ''],
    ],
  );
  const helper = await buildFeatureChecker(go, cache);
  const checks: ModuleCheck[] = [];
  for (const m of mods) checks.push(await checkModule(go, helper, m, { major: 1, minor: 21 }));
  assert.deepEqual(rows(checks, root), [
    'lib/count/count.go:16:18 range over int 1.22',
    'lib/count/count.go:7:17 range over int 1.22',
    'svc/api/handler/handler.go:9:17 range over func (iterators) 1.23',
  ]);
  const at22 = await checkModule(go, helper, mods[1]!, { major: 1, minor: 22 });
  assert.deepEqual(rows([at22], root), ['svc/api/handler/handler.go:9:17 range over func (iterators) 1.23']);
});

test('a package importing a package that fails to build is still checked completely', async () => {
  const go = await findGo(debianGoroot('1.23'), env);
  const root = path.join(tmp, 'broken');
  mkdirSync(path.join(root, 'low'), { recursive: true });
  mkdirSync(path.join(root, 'high'), { recursive: true });
  writeFileSync(path.join(root, 'go.mod'), 'module example.com/broken\n\ngo 1.21\n');
  // go.mod says 1.21, so the compiler rejects this package: no export data for its importers.
  writeFileSync(
    path.join(root, 'low', 'low.go'),
    'package low\n\nfunc N() (s int) {\n\tfor i := range 3 {\n\t\ts += i\n\t}\n\treturn\n}\n',
  );
  writeFileSync(
    path.join(root, 'high', 'high.go'),
    'package high\n\nimport "example.com/broken/low"\n\nfunc M() int { return low.N() + min(3, 2) }\n\nfunc K[T any](v T) T { return v }\n',
  );
  const [mod] = await discoverModules(go, root);
  const check = await checkModule(go, await buildFeatureChecker(go, cache), mod!, { major: 1, minor: 17 });
  assert.deepEqual(rows([check], root), [
    'high/high.go:5:33 min/max builtins 1.21',
    'high/high.go:7:10 predeclared any 1.18',
    'high/high.go:7:8 generics (type parameters) 1.18',
    'low/low.go:4:17 range over int 1.22',
  ]);
  assert.ok(
    check.otherErrors.some((e) => /could not import example\.com\/broken\/low/.test(e.message)),
    JSON.stringify(check.otherErrors),
  );
});

test('Go 1.21 checks with its own go/types: it finds min/max/clear for an analyzer at Go 1.20', async () => {
  const go = await findGo(debianGoroot('1.21'), env);
  assert.equal(langString(go.lang), '1.21');
  const root = path.join(tmp, 'fx', 'single');
  const [mod] = await discoverModules(go, root);
  const check = await checkModule(go, await buildFeatureChecker(go, cache), mod!, { major: 1, minor: 20 });
  assert.deepEqual(rows([check], root), [
    'report/zz_generated.go:6:36 min/max builtins 1.21',
    'stats/stats.go:20:17 min/max builtins 1.21',
    'stats/stats.go:20:9 min/max builtins 1.21',
    'stats/stats.go:25:2 clear builtin 1.21',
    'stats/stats.go:36:10 min/max builtins 1.21',
    'stats/stats_test.go:18:44 min/max builtins 1.21',
  ]);
});

test('a go input wins over an inherited GOROOT of another toolchain', async () => {
  const go = await findGo(debianGoroot('1.21'), { ...env, GOROOT: debianGoroot('1.23') });
  assert.match(go.version, /^go1\.21\./);
  assert.equal(go.env.GOROOT, debianGoroot('1.21'));
  const bin = await findGo(path.join(debianGoroot('1.22'), 'bin', 'go'), { ...env, GOROOT: debianGoroot('1.23') });
  assert.match(bin.version, /^go1\.22\./);
  assert.equal(bin.env.GOROOT, undefined);
});

test('a missing go is a clear error', async () => {
  await assert.rejects(
    findGo('', { PATH: path.join(tmp, 'empty-path') }),
    /no `go` found on PATH; run setup-go-matrix \(or actions\/setup-go\) before sonar-go-compat, or set input "go"/,
  );
  await assert.rejects(
    findGo('/nonexistent/go-root', env),
    /input "go" is "\/nonexistent\/go-root", which is neither a go binary nor a GOROOT/,
  );
});

test('the analyzer version is read from api/plugins/installed on a real server; failures say what to fix', async () => {
  const seen: IncomingMessage[] = [];
  let reply = {
    status: 200,
    body: JSON.stringify({
      plugins: [
        { key: 'java', version: '8.0' },
        { key: 'go', name: 'Go Code Quality and Security', version: '1.18.0.240 (build 240)' },
      ],
    }),
  };
  const server = createServer((req, res) => {
    seen.push(req);
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(reply.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sonar`;
  try {
    const a = await resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: '', sonarHostUrl: url, sonarToken: 'squ_secret' });
    assert.equal(langString(a!.lang), '1.21');
    assert.match(a!.source, /sonar-go 1\.18\.0\.240 \(build 240\) is built with Go 1\.21\.1 \(installed on http/);
    assert.equal(seen[0]!.url, '/sonar/api/plugins/installed');
    assert.equal(seen[0]!.headers.authorization, `Basic ${Buffer.from('squ_secret:').toString('base64')}`);
    reply = { status: 401, body: '{}' };
    await assert.rejects(
      resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: '', sonarHostUrl: url, sonarToken: 'bad' }),
      /answered 401 to GET \/sonar\/api\/plugins\/installed; check input "sonar-token"/,
    );
    reply = { status: 200, body: JSON.stringify({ plugins: [{ key: 'java', version: '8.0' }] }) };
    await assert.rejects(
      resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: '', sonarHostUrl: url, sonarToken: '' }),
      /has no Go plugin \(key "go"\) installed/,
    );
    reply = { status: 200, body: '<html>login</html>' };
    await assert.rejects(
      resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: '', sonarHostUrl: url, sonarToken: '' }),
      /did not answer GET \/sonar\/api\/plugins\/installed with JSON/,
    );
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  // A port nobody listens on any more: the same answer a firewalled or down server gives.
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  const goneUrl = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
  await new Promise((r) => gone.close(r));
  await assert.rejects(
    resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: '', sonarHostUrl: goneUrl, sonarToken: '' }),
    /cannot reach the SonarQube server at http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED/,
  );
  await assert.rejects(
    resolveAnalyzerGo({ analyzerGoVersion: '1.2x', sonarGoVersion: '', sonarHostUrl: '', sonarToken: '' }),
    /input "analyzer-go-version" is "1\.2x", which is not a Go version; expected e\.g\. "1\.21"/,
  );
  await assert.rejects(
    resolveAnalyzerGo({ analyzerGoVersion: '', sonarGoVersion: 'latest', sonarHostUrl: '', sonarToken: '' }),
    /input "sonar-go-version" is "latest", which is not a plugin version/,
  );
});
