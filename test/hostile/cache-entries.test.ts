// Hostile cache entries in a shared cache-dir, through dist/ as the runner runs setup-go-matrix:
// entries made with real tar + zstd that hold a symlink out, a device node, a FIFO, a setuid
// file, an archive bomb, or another version's content under this version's key. None is
// restored (no hit), nothing is written outside the job's directories, and the job's save
// replaces the entry. A GOOD entry that cannot be extracted for a local reason (disk full, file
// size limit) is kept for every other runner.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureApp, localProxy } from '../helpers/cache-leg.js';
import { annotations, distEntry, newJob, runStep, startStep, type RunnerJob, type StepResult } from '../helpers/runner.js';
import { laterStep } from '../helpers/setup-job.js';
import { dirCacheInputs as inputsFor, setupMain as main, cacheArchive, runnerCommands, sh, specialEntries } from './support.js';

let proxy: string;
before(async () => {
  proxy = await localProxy();
});

const warnings = (s: StepResult) => annotations(s.stdout, 'warning').map((w) => w.replace(/%0A/g, '\n').replace(/%25/g, '%'));

function freshJob(env: NodeJS.ProcessEnv = {}): RunnerJob {
  const job = newJob({
    env: {
      GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      GOPROXY: `file://${proxy}`,
      GOSUMDB: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOTELEMETRY: 'off',
      ...env,
    },
  });
  cpSync(fixtureApp, job.workspace, { recursive: true });
  return job;
}

/** The modules key a 1.19 leg of the fixture app uses (asked from a first run). */
async function modulesKey(cacheDir: string): Promise<string> {
  const r = await main(freshJob(), inputsFor(cacheDir));
  return r.outputs['modules-cache-key']!;
}

const listing = (file: string) => sh(`zstd -dc '${file}' | tar -tvf -`);

test('hostile cache entries (symlink out, device, FIFO, setuid, bomb, no manifest, renamed key) are never restored, and a save replaces them', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-cache-'));
  const cacheDir = path.join(root, 'cache');
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  const key = await modulesKey(cacheDir);
  const variants: Record<string, { fill: (stage: string) => void; manifestKey?: string | null; expect: RegExp }> = {
    'symlink out': {
      fill: (s) => sh(`mkdir -p '${s}/cache' && ln -s '${outside}' '${s}/cache/download'`),
      expect: /is not a safe cache entry .*"cache\/download" is a symlink/,
    },
    'relative symlink up': {
      fill: (s) => sh(`mkdir -p '${s}/cache' && ln -s ../../../../.. '${s}/cache/download'`),
      expect: /"cache\/download" is a symlink/,
    },
    'character device': { fill: (s) => sh(`mknod '${s}/null' c 1 3`), expect: /"null" is a character device/ },
    FIFO: { fill: (s) => sh(`mkfifo '${s}/pipe'`), expect: /"pipe" is a FIFO/ },
    'setuid file': {
      fill: (s) => sh(`printf '#!/bin/sh\\nid\\n' > '${s}/tool' && chmod 4755 '${s}/tool'`),
      expect: /"tool" is setuid or setgid/,
    },
    'setgid directory': { fill: (s) => sh(`mkdir '${s}/shared' && chmod 2755 '${s}/shared'`), expect: /"shared" is setuid or setgid/ },
    // 1 GiB of zeros: a few hundred KB compressed; the guard stops it at its header.
    bomb: {
      fill: (s) => sh(`truncate -s 1G '${s}/zeros'`),
      expect: /is over the extraction limits .*"zeros" is 1073741824 bytes|extracts to more than/,
    },
    'no manifest (not ours)': {
      fill: (s) => writeFileSync(path.join(s, 'file'), 'x'),
      manifestKey: null,
      expect: /has no \.go-ci-kit-entry naming its key/,
    },
    'renamed from another key': {
      fill: (s) => writeFileSync(path.join(s, 'file'), 'x'),
      manifestKey: key.replace(/-go1\.19\.\d+-/, '-go1.23.1-'),
      expect: /was saved as go-ci-kit-v1-mod-\S+-go1\.23\.1-\S+, not as go-ci-kit-v1-mod-\S+-go1\.19/,
    },
  };
  for (const [name, v] of Object.entries(variants)) {
    const stage = path.join(root, `stage-${name.replace(/\W/g, '_')}`);
    mkdirSync(stage);
    v.fill(stage);
    const file = path.join(cacheDir, `${key}.tar.zst`);
    cacheArchive(stage, v.manifestKey === null ? undefined : (v.manifestKey ?? key), file);
    const job = freshJob();
    const r = await main(job, inputsFor(cacheDir));
    assert.equal(r.outputs['modules-cache-hit'], 'false', `${name}: ${r.stdout}`);
    assert.equal(r.outputs['cache-hit'], 'false', name);
    const w = warnings(r);
    assert.equal(w.length, 1, `${name}: ${w.join('\n')}`);
    assert.match(w[0]!, v.expect, name);
    assert.match(w[0]!, /and was discarded/, name);
    // Nothing of it reached the disk: no special file anywhere in the job, nothing outside.
    assert.deepEqual(specialEntries(job.root), [], name);
    assert.deepEqual(readdirSync(outside), [], name);
    assert.equal(existsSync(file), false, `${name}: the poisoned entry is dropped from cache-dir`);
    assert.deepEqual(
      runnerCommands(r.stdout).filter((c) => !['warning', 'debug', 'group', 'endgroup', 'add-matcher'].includes(c.name)),
      [],
      name,
    );
  }

  // The next job fills GOMODCACHE and saves a good entry under the key.
  const job = freshJob();
  const r = await main(job, inputsFor(cacheDir));
  assert.equal(laterStep(job, 'go', ['mod', 'download']).code, 0);
  const post = await runStep(job, distEntry('setup-go-matrix', 'post'), inputsFor(cacheDir), { state: r.state });
  assert.equal(post.code, 0, post.stdout);
  assert.match(post.summary, /\| modules \| `go-ci-kit-v1-mod-\S+` \| saved \|/);
  const saved = listing(path.join(cacheDir, `${key}.tar.zst`));
  assert.match(saved.split('\n')[0]!, / \.go-ci-kit-entry$/);
  assert.doesNotMatch(saved, /^[lcbp]/m);
  const again = await main(freshJob(), inputsFor(cacheDir));
  assert.equal(again.outputs['modules-cache-hit'], 'true', again.stdout);
});

test('a good entry that cannot be extracted here (disk full, file size limit) is kept for other runners', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-local-'));
  const cacheDir = path.join(root, 'cache');
  const key = await modulesKey(cacheDir);
  // A good entry: our manifest, plain files, 24 MiB of incompressible data.
  const stage = path.join(root, 'stage');
  mkdirSync(path.join(stage, 'cache', 'download'), { recursive: true });
  sh(`head -c 24M /dev/urandom > '${stage}/cache/download/blob'`);
  const file = path.join(cacheDir, `${key}.tar.zst`);
  cacheArchive(stage, key, file);
  const bytes = statSync(file).size;

  // Disk full: the job's temp (where GOMODCACHE lives) is an 8 MiB tmpfs.
  const job = freshJob();
  const small = path.join(job.root, 'small-temp');
  mkdirSync(small);
  sh(`mount -t tmpfs -o size=8m tmpfs '${small}'`);
  try {
    job.env.RUNNER_TEMP = small;
    const r = await main(job, inputsFor(cacheDir));
    assert.equal(r.outputs['modules-cache-hit'], 'false');
    const w = warnings(r);
    assert.equal(w.length, 1, w.join('\n'));
    assert.match(
      w[0]!,
      /^modules cache go-ci-kit-v1-mod-\S+ could not be restored on this runner \(.*(No space left on device|Wrote only \d+ of \d+ bytes).*\); the stored archive is kept/,
    );
    assert.equal(statSync(file).size, bytes, 'the good entry is still in cache-dir');
    assert.deepEqual(
      readdirSync(small).filter((n) => n.startsWith('.')),
      [],
      'no half-extracted directory left',
    );
  } finally {
    sh(`umount '${small}'`);
  }

  // File size limit (RLIMIT_FSIZE 8 MiB): tar is stopped by SIGXFSZ.
  const limited = freshJob();
  const step = startStep(limited, distEntry('setup-go-matrix', 'main'), inputsFor(cacheDir), {
    wrap: ['prlimit', '--fsize=8388608', '--'],
  });
  const r = await step.done;
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const w = warnings(r);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0]!, /could not be restored on this runner \(.*(SIGXFSZ|File too large).*\); the stored archive is kept/);
  assert.equal(statSync(file).size, bytes);

  // A runner with room restores it as a hit.
  const ok = await main(freshJob(), inputsFor(cacheDir));
  assert.equal(ok.outputs['modules-cache-hit'], 'true', ok.stdout);
  assert.equal(readFileSync(path.join(ok.exported.GOMODCACHE!, 'cache', 'download', 'blob')).length, 24 * 1024 * 1024);
});
