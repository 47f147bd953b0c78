// kill -9 while setup-go-matrix installs Go, through dist/ against the loopback go.dev: the tool
// cache sits on another filesystem (a tmpfs), so the install copies into `.partial-<owner>` before
// the rename; the killed run leaves it, and the next install removes it and installs whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goArchive, servedArchive, startGoDevServer } from '../helpers/godev-server.js';
import { distEntry, newJob, startStep } from '../helpers/runner.js';
import { setup } from '../helpers/setup-job.js';
import { processesMentioning, sh, waitFor } from './support.js';

test('kill -9 mid-install leaves a .partial-* in the tool cache; the next install removes it', async () => {
  const archive = goArchive('1.21');
  const server = await startGoDevServer([{ version: archive.goVersion, stable: true, files: [servedArchive(archive, 'ok')] }]);
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gck-hostile-tc-'));
  sh(`mount -t tmpfs -o size=2g tmpfs '${toolCache}'`);
  try {
    const version = archive.goVersion.replace(/^go/, '');
    const versionDir = path.join(toolCache, 'go', version);
    const partials = () => (existsSync(versionDir) ? readdirSync(versionDir).filter((n) => n.startsWith('.partial-')) : []);
    const job = newJob({ toolCache, env: { GO_DOWNLOAD_BASE_URL: server.base } });
    const inputs = { 'go-version': version, 'toolchain-source': 'download', cache: 'false' };
    const step = startStep(job, distEntry('setup-go-matrix', 'main'), inputs);
    await waitFor('a .partial-* folder', () => (partials().length > 0 ? true : undefined), 180_000, 1);
    process.kill(step.child.pid!, 'SIGKILL');
    await step.done;
    assert.equal(partials().length, 1);
    assert.deepEqual(processesMentioning(job.temp), []);
    mkdirSync(job.temp, { recursive: true });
    const r = await setup(job, inputs);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(partials(), []);
    assert.ok(existsSync(path.join(toolCache, 'go', version, `${path.basename(r.outputs['go-root']!)}.complete`)));
    assert.deepEqual(
      readdirSync(job.temp).filter((n) => n.startsWith('go-install-')),
      [],
      'the killed run’s download folder is gone too',
    );
  } finally {
    await server.close();
    sh(`umount '${toolCache}'`);
  }
});
