import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Inputs } from '../../src/ci/inputs.js';
import { InputError } from '../../src/errors/input-error.js';
import { FileRuntime, shellQuote } from '../../src/ci/file-runtime.js';
import { parseArgs } from '../../src/ci/cli.js';
import { actions } from '../../src/actions/registry.js';
import { parseRunnerFile } from '../helpers/runner.js';

const table = { flag: { default: 'false' }, mode: { default: 'auto', options: ['auto', 'dir'] }, list: {} };

function inputsOf(values: Record<string, string>): Inputs {
  return new Inputs({ rawInput: (n) => values[n] }, table);
}

test('inputs apply defaults, parse booleans and lists, and name the input in errors', () => {
  assert.equal(inputsOf({}).bool('flag'), false);
  assert.equal(inputsOf({ flag: ' TRUE ' }).bool('flag'), true);
  assert.throws(
    () => inputsOf({ flag: 'maybe' }).bool('flag'),
    (e: Error) => e instanceof InputError && /input "flag" is "maybe"/.test(e.message),
  );
  assert.equal(inputsOf({}).choice('mode'), 'auto');
  assert.throws(() => inputsOf({ mode: 'gh' }).choice('mode'), /input "mode" is "gh"; expected one of: "auto", "dir"/);
  assert.deepEqual(inputsOf({ list: 'a\n# note\n b ,c\n\n' }).list('list'), ['a', 'b', 'c']);
  assert.throws(() => inputsOf({}).string('nope'), /not declared/);
});

test('file runtime writes a sourceable env file, dotenv outputs and state', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-seam-'));
  const env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' };
  const rt = new FileRuntime({ kind: 'local', outDir: dir, action: 'x', inputs: new Map(), env });
  rt.exportVariable('WEIRD', `it's $HOME "quoted"`);
  rt.addPath('/opt/go dir/bin');
  rt.setOutput('go-version', '1.23.5');
  rt.saveState('k', 'v');
  await rt.appendSummary('| a |');
  assert.equal(rt.getState('k'), 'v');
  assert.equal(shellQuote("a'b"), `'a'\\''b'`);
  const r = spawnSync('bash', ['-c', `source "$1" && printf '%s\\n%s' "$WEIRD" "$PATH"`, 'bash', rt.envFile], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin' },
  });
  const [weird, pathVar] = r.stdout.split('\n');
  assert.equal(weird, `it's $HOME "quoted"`);
  assert.ok(pathVar!.startsWith('/opt/go dir/bin:') && pathVar!.endsWith('/usr/bin:/bin'), pathVar);
  assert.equal(readFileSync(rt.dotenvFile, 'utf8'), 'GO_VERSION=1.23.5\n');
  assert.deepEqual(JSON.parse(readFileSync(rt.outputsFile, 'utf8')), { 'go-version': '1.23.5' });
  assert.equal(env.WEIRD, `it's $HOME "quoted"`);
});

test('runner file parser reads heredoc and plain lines', () => {
  assert.deepEqual(parseRunnerFile('a=1\nb<<EOF_1\nx\ny\nEOF_1\n'), { a: '1', b: 'x\ny' });
});

test('cli rejects unknown actions and flags with the list of what exists', () => {
  assert.throws(() => parseArgs(['nope'], actions), /unknown action "nope"/);
  assert.throws(() => parseArgs(['setup-go-matrix', 'positional'], actions), /unexpected argument "positional"/);
  const a = parseArgs(['setup-go-matrix', '--post', '--out-dir', '/tmp/x'], actions);
  assert.equal(a.post, true);
  assert.equal(a.outDir, '/tmp/x');
});
