// versions-range mode: output the matrix (newest patch per minor) and install nothing.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ActionContext } from '../../ci/action.js';
import { InputError } from '../../errors/input-error.js';
import { fetchIndex, IndexError, indexUrl, resolveDownloadBase } from '../../go/download-index.js';
import { parseGoModDirectives } from '../../go/gomod.js';
import { formatGoVersion, parseGoVersion, type GoVersion } from '../../go/go-version.js';
import { findLocalGoroots } from '../../go/local-goroots.js';
import { computeMatrix, formatMatrix, parseVersionsRange, type VersionsRange } from '../../go/matrix-range.js';
import { listToolCache } from '../../go/tool-cache.js';
import { localGorootsInput, readPlatform, readWorkingDirectory } from './request.js';

function usesGoMod(r: VersionsRange): boolean {
  return r.kind === 'span' && (r.from.kind === 'go.mod' || r.to.kind === 'go.mod');
}

function goLineOf(dir: string, text: string): GoVersion {
  for (const name of ['go.work', 'go.mod']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const go = parseGoModDirectives(readFileSync(file, 'utf8')).go;
    const v = go && parseGoVersion(go.version);
    if (v) return v;
    throw new InputError(`versions-range "${text}" needs the go line of ${file}, which has none`);
  }
  throw new InputError(
    `versions-range "${text}" needs the module's go line, but ${path.join(dir, 'go.mod')} does not exist; set working-directory to the module`,
  );
}

export async function runRangeMode(ctx: ActionContext): Promise<void> {
  const { rt, inputs } = ctx;
  const text = inputs.string('versions-range');
  const range = parseVersionsRange(text);
  const goModGo = usesGoMod(range) ? goLineOf(readWorkingDirectory(ctx), text) : undefined;
  const base = resolveDownloadBase(inputs.string('go-download-base-url'));
  let candidates: GoVersion[];
  let where: string;
  try {
    candidates = (await fetchIndex(base)).filter((r) => r.stable).map((r) => r.version);
    where = `the download index ${indexUrl(base)}`;
  } catch (e) {
    if (!(e instanceof IndexError)) throw e;
    const platform = readPlatform(ctx);
    const local = await findLocalGoroots(localGorootsInput(ctx), platform, (m) => rt.debug(m));
    candidates = [...listToolCache(rt.toolCacheDir(), platform), ...local].map((c) => c.version);
    where = 'the Go toolchains on this runner (tool cache and local-goroots)';
    rt.warning(`${e.message}. versions-range "${text}" was computed from ${where} instead, so it may miss newer releases`);
  }
  const versions = computeMatrix(range, candidates, goModGo);
  if (versions.length === 0) {
    throw new Error(
      `versions-range "${text}" matches no Go release in ${where}${goModGo ? ` (go.mod's go line: ${formatGoVersion(goModGo)})` : ''}`,
    );
  }
  const json = formatMatrix(versions);
  rt.setOutput('versions', json);
  rt.info(`versions-range "${text}" → ${json} (from ${where})`);
  await rt.appendSummary(`**setup-go-matrix** versions-range \`${text}\` → \`${json}\` (from ${where})\n`);
}
