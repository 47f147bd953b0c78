// Hostile and broken inputs at the unit level: credentials in sonar-host-url, control bytes in
// messages, truncated go test -json streams, tool paths that name no file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isLoopback, parseSonarHost, plainHttpWarning, redactedUrlText, sonarSecrets } from '../../src/sonar/sonar-host.js';
import { clip, printable } from '../../src/sonar/text.js';
import { describeUnfinished, TestJsonRewrite } from '../../src/sonar/test-json.js';
import { ProjectPaths } from '../../src/sonar/project-paths.js';
import { writeReportFile } from '../../src/sonar/report-file.js';

test('sonar-host-url credentials leave the URL, never reach the display form, and are secrets', () => {
  const h = parseSonarHost('http://admin:p%40ss@sonar.example.com:9000/sonar?token=squ_abc&x=1');
  assert.equal(h.display, 'http://sonar.example.com:9000/sonar');
  assert.deepEqual(h.basic, { user: 'admin', password: 'p@ss' });
  assert.equal(h.url.username + h.url.password, '');
  assert.ok(h.queryCredentials);
  const secrets = sonarSecrets('http://admin:p%40ss@sonar.example.com:9000/sonar?token=squ_abc&x=1', 'squ_tok');
  for (const s of ['squ_tok', 'p%40ss', 'p@ss', 'squ_abc', 'http://admin:p%40ss@sonar.example.com:9000/sonar?token=squ_abc&x=1'])
    assert.ok(secrets.includes(s), s);
  assert.ok(!secrets.includes('admin'), 'a user name beside a password is no secret (masking it would blank every "admin")');
  assert.deepEqual(sonarSecrets('https://squ_user_token@sonar.example.com', ''), [
    'squ_user_token',
    'https://squ_user_token@sonar.example.com',
    'https://squ_user_token@sonar.example.com/',
  ]);
  assert.deepEqual(sonarSecrets('https://sonar.example.com', ''), []);
  assert.equal(redactedUrlText('ht!tp://u:secret@host?token=x'), 'ht!tp://***@host?***');
  assert.throws(
    () => parseSonarHost('not a url://u:secret@x'),
    (e: Error) => !e.message.includes('secret') && /is not a URL/.test(e.message),
  );
  assert.throws(
    () => parseSonarHost('ftp://u:secret@x'),
    (e: Error) => !e.message.includes('secret') && /not an http\(s\) URL/.test(e.message),
  );
});

test('a token over plain http:// to another host is warned about; loopback and https are not', () => {
  assert.match(
    plainHttpWarning(parseSonarHost('http://sonar.example.com'), 'squ_x') ?? '',
    /over plain http:\/\/.*use the server's https:\/\/ URL/,
  );
  assert.match(plainHttpWarning(parseSonarHost('http://u:p@10.0.0.5'), '') ?? '', /plain http/);
  assert.match(plainHttpWarning(parseSonarHost('http://10.0.0.5/?token=abc'), '') ?? '', /plain http/);
  assert.equal(plainHttpWarning(parseSonarHost('http://sonar.example.com'), ''), undefined);
  assert.equal(plainHttpWarning(parseSonarHost('https://sonar.example.com'), 'squ_x'), undefined);
  for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'x.localhost']) assert.ok(isLoopback(h), h);
  for (const h of ['10.0.0.1', 'localhost.evil.com', '128.0.0.1']) assert.ok(!isLoopback(h), h);
});

test('control bytes become escapes; long text is clipped', () => {
  assert.equal(printable('a\u0000b\nc\u001b[31m\u2028\u0085'), 'a\\x00b\\nc\\x1b[31m\\u2028\\x85');
  assert.equal(printable('plain ü'), 'plain ü');
  assert.equal(clip('x'.repeat(200), 10), 'xxxxxxx...');
});

const repo = mkdtempSync(path.join(os.tmpdir(), 'gck-in-'));
for (const f of ['lib/count/count.go', 'svc/count/other.go', 'svc/go.mod', 'lib/go.mod']) {
  mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
  writeFileSync(path.join(repo, f), '');
}
const paths = new ProjectPaths(
  repo,
  [
    { path: 'example.com/lib', dir: `${repo}/lib`, env: {} },
    { path: 'example.com/svc', dir: `${repo}/svc`, env: {} },
  ],
  new Map([
    ['example.com/lib/count', `${repo}/lib/count`],
    ['example.com/svc/count', `${repo}/svc/count`],
  ]),
);

test('a tool path is only taken where the file exists; otherwise by its longest suffix, or not at all', () => {
  // vet ran in lib/ but its report sits in svc/: svc/count is a package dir too, without count.go.
  assert.deepEqual(paths.toolFile('count/count.go', [`${repo}/svc`]), { ok: true, rel: 'lib/count/count.go' });
  assert.deepEqual(paths.toolFile('/home/runner/work/r/r/lib/count/count.go', []), { ok: true, rel: 'lib/count/count.go', bySuffix: true });
  assert.deepEqual(paths.toolFile('../../elsewhere/lib/count/count.go', [`${repo}/svc`]), {
    ok: true,
    rel: 'lib/count/count.go',
    bySuffix: true,
  });
  const gone = paths.toolFile('count/gone.go', [`${repo}/svc`]);
  assert.equal(gone.ok, false);
});

test('a truncated go test -json stream: unfinished tests and packages and a cut last line are named', async () => {
  const f = path.join(repo, 't.json');
  writeFileSync(
    f,
    [
      '{"Action":"start","Package":"example.com/lib/count"}',
      '{"Action":"run","Package":"example.com/lib/count","Test":"TestA"}',
      '{"Action":"pass","Package":"example.com/lib/count","Test":"TestA"}',
      '{"Action":"run","Package":"example.com/lib/count","Test":"TestB"}',
      '{"Action":"output","Package":"example.com/lib/count","Test":"TestB","Output":"=== RUN TestB\\n"}',
      '{"Action":"run","Package":"example.com/svc/count","Test":"TestC"}',
      '{"Action":"pass","Package":"example.com/svc/count","Test":"TestC"}',
      '{"Action":"out',
    ].join('\n'),
  );
  const rw = new TestJsonRewrite((p) => paths.packageDir(p));
  let out = '';
  for await (const chunk of rw.rewrite([f])) out += chunk;
  assert.equal(out.trim().split('\n').length, 7);
  const u = rw.unfinished.get(f)!;
  assert.deepEqual(u, {
    tests: ['example.com/lib/count TestB'],
    packages: ['example.com/lib/count', 'example.com/svc/count'],
    cutLine: true,
  });
  assert.equal(
    describeUnfinished(f, u),
    `test report ${f} is incomplete: 1 test(s) started and never finished (example.com/lib/count TestB); 1 package(s) without a final result (example.com/svc/count); its last line is cut off — the go test -json stream was cut short (killed, timed out, or the file truncated); rerun go test`,
  );
  const whole = path.join(repo, 'whole.json');
  writeFileSync(
    whole,
    '{"Action":"run","Package":"example.com/lib/count","Test":"TestA"}\n{"Action":"pass","Package":"example.com/lib/count","Test":"TestA"}\n{"Action":"pass","Package":"example.com/lib/count"}\n',
  );
  const ok = new TestJsonRewrite((p) => paths.packageDir(p));
  for await (const chunk of ok.rewrite([whole])) void chunk;
  assert.equal(ok.unfinished.size, 0);
});

test('keepExisting keeps a report the new content is worse than', async () => {
  const target = path.join(repo, 'out', 'test-report.json');
  await writeReportFile(target, ['a\nb\nc\n'], { entries: 3, what: 'test report', from: 'x' });
  await assert.rejects(
    writeReportFile(target, ['a\n'], { entries: 1, what: 'test report', from: 'y', keepExisting: (t) => `kept ${t}` }),
    new RegExp(`kept ${target}`),
  );
  assert.equal(readFileSync(target, 'utf8'), 'a\nb\nc\n');
  await writeReportFile(target, ['a\n'], { entries: 1, what: 'test report', from: 'y', keepExisting: () => undefined });
  assert.equal(readFileSync(target, 'utf8'), 'a\n');
});
