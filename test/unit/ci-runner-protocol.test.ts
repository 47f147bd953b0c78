// The GitHub runtime speaks the runner's protocol itself (src/ci/runner-protocol.ts). These tests
// hold it to the bytes @actions/core writes for the same calls (core is still installed, under
// @actions/cache): the same stdout, and runner files that parse to the same values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine, escapeData, escapeProperty, fileCommandBlock, tokenNotIn } from '../../src/ci/runner-protocol.js';
import { parseRunnerFile } from '../helpers/runner.js';
import { commandSafe } from '../../src/ci/workflow-commands.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Values that need every escape: percent, CR, LF, colon, comma, a workflow command inside.
const tricky = 'a%b\r\nc:d,e\n::warning::x';

const ours = `
import { GitHubRuntime } from ${JSON.stringify(path.join(root, 'src/ci/github.ts'))};
const rt = new GitHubRuntime();
rt.setOutput('multi', ${JSON.stringify(tricky)});
rt.setOutput('plain', 'v');
rt.exportVariable('GCK_VAR', 'x\\ny');
rt.addPath('/opt/go/bin');
rt.saveState('st', ${JSON.stringify(tricky)});
rt.debug(${JSON.stringify(tricky)});
rt.info('plain line');
rt.notice('n', { file: 'a,b:c.go', startLine: 3, startColumn: 4, title: 'T: 1' });
rt.warning(${JSON.stringify(tricky)}, { file: 'x.go', startLine: 12 });
rt.error('e');
rt.setSecret('s3cr3t');
await rt.group('grp', async () => rt.info('inside'));
await rt.appendSummary('| sum |');
rt.setFailed('failed: 100%');
console.log('PATH0=' + process.env.PATH.split(':')[0] + ' VAR=' + JSON.stringify(process.env.GCK_VAR) + ' exit=' + process.exitCode);
`;

const theirs = `
import * as core from ${JSON.stringify(path.join(root, 'node_modules/@actions/core/lib/core.js'))};
core.setOutput('multi', ${JSON.stringify(tricky)});
core.setOutput('plain', 'v');
core.exportVariable('GCK_VAR', 'x\\ny');
core.addPath('/opt/go/bin');
core.saveState('st', ${JSON.stringify(tricky)});
core.debug(${JSON.stringify(tricky)});
core.info('plain line');
core.notice('n', { file: 'a,b:c.go', startLine: 3, startColumn: 4, title: 'T: 1' });
core.warning(${JSON.stringify(tricky)}, { file: 'x.go', startLine: 12 });
core.error('e');
core.setSecret('s3cr3t');
await core.group('grp', async () => core.info('inside'));
await core.summary.addRaw('| sum |', true).write();
core.setFailed('failed: 100%');
console.log('PATH0=' + process.env.PATH.split(':')[0] + ' VAR=' + JSON.stringify(process.env.GCK_VAR) + ' exit=' + process.exitCode);
`;

interface Run {
  stdout: string;
  files: Record<string, string>;
}

function runScript(name: string, code: string, withFiles: boolean): Run {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gck-protocol-${name}-`));
  const script = path.join(dir, 'script.mts');
  writeFileSync(script, code);
  const names = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  if (withFiles)
    for (const n of names) {
      env[n] = path.join(dir, n);
      writeFileSync(env[n], '');
    }
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, env, encoding: 'utf8' });
  assert.equal(r.stderr, '', `${name}: ${r.stderr}`);
  const files: Record<string, string> = {};
  if (withFiles) for (const n of names) files[n] = readFileSync(env[n]!, 'utf8');
  return { stdout: r.stdout, files };
}

test('workflow commands are escaped as the runner reads them', () => {
  assert.equal(escapeData('50%\r\n'), '50%25%0D%0A');
  assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  assert.equal(commandLine('error', { file: 'a.go', line: 3, col: undefined }, 'x\ny'), `::error file=a.go,line=3::x%0Ay${os.EOL}`);
  assert.equal(commandLine('endgroup', {}, ''), `::endgroup::${os.EOL}`);
  const block = fileCommandBlock('out', 'a\nb');
  const delimiter = /^out<<(ghadelimiter_[0-9a-f]{32})\n/.exec(block)?.[1];
  assert.ok(delimiter, block);
  assert.equal(block, `out<<${delimiter}\na\nb\n${delimiter}\n`);
  // A value holding a delimiter cannot be forged: each block draws its own.
  assert.notEqual(fileCommandBlock('out', 'a\nb'), block);
});

test('a token is drawn again while the text holds it: a value that holds the next delimiter cannot end its block early', (t) => {
  // Math.random is the one boundary stubbed: its first draw makes the token the value holds.
  const draws = [0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5];
  t.mock.method(Math, 'random', () => draws.shift() ?? 0.25);
  const zero = '0'.repeat(32);
  const value = `x\nghadelimiter_${zero}\nGITHUB_TOKEN=forged`;
  const block = fileCommandBlock('out', value);
  assert.equal(block, `out<<ghadelimiter_${'80000000'.repeat(4)}\n${value}\n${'ghadelimiter_' + '80000000'.repeat(4)}\n`);
  assert.equal(parseRunnerFile(block).out, value);
  assert.equal(tokenNotIn('a', zero.slice(0, 31)), '40000000'.repeat(4));
});

test('a stop-commands token the text holds in capitals is drawn again: the runner ends the span case-insensitively', (t) => {
  const draws = [0.75, 0.75, 0.75, 0.75, 0.5, 0.5, 0.5, 0.5];
  t.mock.method(Math, 'random', () => draws.shift() ?? 0.25);
  const text = `::warning::x\n::${'C0000000'.repeat(4)}::\n::set-output name=a::b`;
  assert.equal(commandSafe(text), `::stop-commands::${'80000000'.repeat(4)}\n${text}\n::${'80000000'.repeat(4)}::`);
});

test('the GitHub runtime writes what @actions/core writes: stdout, output/env/path/state/summary files, process env, exit code', () => {
  const a = runScript('ours', ours, true);
  const b = runScript('core', theirs, true);
  assert.equal(a.stdout, b.stdout);
  assert.match(a.stdout, /::warning file=x\.go,line=12::a%25b%0D%0Ac:d,e%0A::warning::x/);
  assert.match(a.stdout, /PATH0=\/opt\/go\/bin VAR="x\\ny" exit=1/);
  for (const n of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE'])
    assert.deepEqual(parseRunnerFile(a.files[n]!), parseRunnerFile(b.files[n]!), n);
  assert.deepEqual(parseRunnerFile(a.files.GITHUB_OUTPUT!), { multi: tricky, plain: 'v' });
  assert.equal(a.files.GITHUB_PATH, b.files.GITHUB_PATH);
  assert.equal(a.files.GITHUB_STEP_SUMMARY, b.files.GITHUB_STEP_SUMMARY);
});

test('without the runner files (a runner before 2.297) outputs and state go to stdout as core sends them', () => {
  const a = runScript('ours-old', ours.replace(/await rt\.appendSummary.*\n/, ''), false);
  const b = runScript('core-old', theirs.replace(/await core\.summary.*\n/, ''), false);
  assert.equal(a.stdout, b.stdout);
  assert.match(a.stdout, /::set-output name=plain::v/);
});
