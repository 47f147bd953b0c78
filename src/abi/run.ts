// Owns one abi-diff run, platform-free: resolve the sides (paths or builds), compare every pair,
// read the typed API of every pair of archives, collect findings, apply the policy. The action
// and the benchmark call runAbiDiff.
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { chooseImportPath, compareApis, type ApiPairInput } from './api-compare.js';
import { inspectArtifact, listArtifactFiles, pairByRelativePath } from './artifact.js';
import { buildSide, goCacheFor, worktreeAt } from './build.js';
import { comparePair, CompareError, type CompareOptions, type PairResult } from './compare.js';
import { readGodebugTable, type GoDebugTable } from './godebug-table.js';
import { gorootOf } from '../go/go-command.js';
import {
  apiFindings,
  artifactFindings,
  behaviorFindings,
  buildFindings,
  dynamicFindings,
  explainedByApi,
  symbolFindings,
  type Finding,
} from './findings.js';
import { parseGoModDirectives } from '../go/gomod.js';
import { nearestGoMod } from '../go/module-root.js';
import { moduleSize, type ModuleSize } from './module-size.js';
import { applyPolicy, type Policy, type Verdict } from './policy.js';
import type { Scope } from './table.js';
import { defaultGo, resolveGo, type GoTool } from './toolchain.js';

export interface AbiDiffOptions {
  base?: string;
  head?: string;
  pkg?: string;
  baseGo?: string;
  headGo?: string;
  go?: string;
  baseRef?: string;
  buildFlags: readonly string[];
  workingDirectory: string;
  scope: Scope;
  allowStripped: boolean;
  policy: Policy;
  tempDir: string;
  toolCacheDir: string;
  /** Local GOROOT patterns for version lookups (setup-go-matrix's local-goroots). */
  localGoroots: readonly string[];
  /** Where package mode keeps its per-Go-version GOCACHEs (default: under tempDir). */
  cacheDir?: string;
}

export interface AbiReport {
  scope: Scope;
  mode: 'paths' | 'build';
  base: { path: string; go: string };
  head: { path: string; go: string };
  pairs: PairResult[];
  findings: Finding[];
  /** Files in directory mode that are not Go build outputs, with what they are. */
  ignored: { path: string; why: string }[];
  totals: {
    added: number;
    removed: number;
    changed: number;
    /** GODEBUG defaults that change for a package head links (unsuppressed). */
    behavior: number;
    suppressed: number;
    sizeDelta: number;
    baseBytes: number;
    headBytes: number;
    /** The module's own packages (module-size.ts): what size-scope module measures. */
    module?: ModuleSize;
  };
  verdict: Verdict;
}

/** The go line of the module holding dir (the nearest go.mod above it), if any. */
function goLineOf(dir: string): string | undefined {
  const found = nearestGoMod(dir);
  return found && parseGoModDirectives(found.content).go?.version;
}

/**
 * Whether go has a GOCACHE of the user's: the helper build compiles only std, which the user's own
 * builds (in paths mode, the step before) left there, so it takes half a second instead of the
 * ~20 s of compiling std into package mode's empty per-version cache. Package mode has just
 * filled that cache with the same std, so it uses its own.
 */
function hasUserGoCache(env: NodeJS.ProcessEnv): boolean {
  return !!(env.GOCACHE || env.XDG_CACHE_HOME || env.HOME);
}

function isDir(p: string): boolean {
  return statSync(p).isDirectory();
}

function mustExist(input: string, value: string, p: string): void {
  try {
    statSync(p);
  } catch {
    throw new CompareError(`input "${input}" ("${value}"): ${p} does not exist`);
  }
}

/**
 * Maps items with at most `limit` calls in flight, results in item order. A directory holds many
 * small archives: one pair at a time leaves the CPUs waiting on the slower of two short nm runs.
 */
async function inOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

export async function runAbiDiff(o: AbiDiffOptions): Promise<AbiReport> {
  const wd = path.resolve(o.workingDirectory);
  const pathsMode = !!(o.base || o.head);
  if (pathsMode && o.pkg) throw new CompareError('give either base and head (paths to compare) or package (to build both sides), not both');
  if (!pathsMode && !o.pkg)
    throw new CompareError(
      'nothing to compare: give base and head (executables, .a archives or directories), or package with base-go/head-go or base-ref',
    );
  if (pathsMode && (!o.base || !o.head))
    throw new CompareError(`input "${o.base ? 'head' : 'base'}" is empty; paths mode needs both base and head`);
  let fallback: Promise<GoTool> | undefined;
  const where = { toolCacheDir: o.toolCacheDir, localGoroots: o.localGoroots };
  const goFor = (input: 'base-go' | 'head-go', value: string | undefined): Promise<GoTool> =>
    value ? resolveGo(input, value, where) : (fallback ??= defaultGo(o.go ?? '', where));
  // Probed in parallel; when both are wrong the error is always about base first.
  const [bs, hs] = await Promise.allSettled([goFor('base-go', o.baseGo), goFor('head-go', o.headGo)]);
  if (bs.status === 'rejected') throw bs.reason;
  if (hs.status === 'rejected') throw hs.reason;
  const [baseGo, headGo] = [bs.value, hs.value];
  mkdirSync(o.tempDir, { recursive: true });
  const work = mkdtempSync(path.join(o.tempDir, 'abi-diff-'));

  let basePath: string;
  let headPath: string;
  // The go lines of the modules built (package mode): they sharpen the behaviour report's notes.
  let goLines: { base?: string; head?: string } = {};
  let cleanup: (() => Promise<void>) | undefined;
  let knownImportPath: string | undefined;
  const cacheRoot = o.cacheDir ?? path.join(o.tempDir, 'abi-diff-gocache');
  if (pathsMode) {
    basePath = path.resolve(wd, o.base!);
    headPath = path.resolve(wd, o.head!);
    mustExist('base', o.base!, basePath);
    mustExist('head', o.head!, headPath);
  } else {
    if (!o.baseGo && !o.headGo && !o.baseRef)
      throw new CompareError(`input "package" ("${o.pkg}") needs something to differ between the sides: base-go and head-go, or base-ref`);
    let baseDir = wd;
    if (o.baseRef) {
      const wt = await worktreeAt(wd, o.baseRef, path.join(work, 'base-worktree'));
      baseDir = wt.dir;
      cleanup = wt.remove;
    }
    try {
      const req = {
        pkg: o.pkg!,
        flags: o.buildFlags,
        outDir: path.join(work, 'build'),
        cacheDir: cacheRoot,
      };
      basePath = (await buildSide({ ...req, dir: baseDir, go: baseGo, side: 'base' })).out;
      goLines = { base: goLineOf(baseDir), head: goLineOf(wd) };
      const head = await buildSide({ ...req, dir: wd, go: headGo, side: 'head' });
      headPath = head.out;
      knownImportPath = head.importPath || undefined;
    } finally {
      await cleanup?.();
    }
  }

  const pairs: PairResult[] = [];
  const ignored: { path: string; why: string }[] = [];
  let onlyBase: string[] = [];
  let onlyHead: string[] = [];
  let godebugTable: Promise<GoDebugTable> | undefined;
  const opts: CompareOptions = {
    scope: o.scope,
    allowStripped: o.allowStripped,
    godebugTable: () => (godebugTable ??= gorootOf(headGo.goBin, headGo.env).then(readGodebugTable)),
  };
  if (isDir(basePath) !== isDir(headPath)) {
    throw new CompareError(
      `input "base" (${basePath}) is a ${isDir(basePath) ? 'directory' : 'file'} but input "head" (${headPath}) is a ${isDir(headPath) ? 'directory' : 'file'}; give two files or two directories`,
    );
  }
  if (isDir(basePath)) {
    const goOnly = async (root: string, rels: string[]): Promise<string[]> => {
      const keep: string[] = [];
      for (const rel of rels) {
        try {
          await inspectArtifact(path.join(root, rel));
          keep.push(rel);
        } catch (e) {
          ignored.push({ path: path.join(root, rel), why: (e as Error).message });
        }
      }
      return keep;
    };
    const pairing = pairByRelativePath(
      await goOnly(basePath, await listArtifactFiles(basePath)),
      await goOnly(headPath, await listArtifactFiles(headPath)),
    );
    ({ onlyBase, onlyHead } = pairing);
    if (pairing.pairs.length === 0) {
      throw new CompareError(
        `no Go build outputs with the same relative path in input "base" (${basePath}) and input "head" (${headPath}); base has ${pairing.onlyBase.length}, head has ${pairing.onlyHead.length}, ${ignored.length} other file(s) ignored`,
      );
    }
    pairs.push(
      ...(await inOrder(pairing.pairs, availableParallelism(), (rel) =>
        comparePair(
          rel,
          { input: 'base', path: path.join(basePath, rel), go: baseGo },
          { input: 'head', path: path.join(headPath, rel), go: headGo },
          opts,
        ),
      )),
    );
  } else {
    pairs.push(
      await comparePair(
        path.basename(headPath),
        { input: 'base', path: basePath, go: baseGo, goLine: goLines.base },
        { input: 'head', path: headPath, go: headGo, goLine: goLines.head },
        opts,
      ),
    );
  }

  // The typed layer: archives only (executables carry no export data), one helper per side for all.
  const apiPairs: ApiPairInput[] = pairs
    .filter((p) => p.base.kind === 'go-archive' && p.head.kind === 'go-archive')
    .map((p) => ({
      name: p.name,
      base: p.base.path,
      head: p.head.path,
      ...chooseImportPath(p.name, knownImportPath, p.head.importPath ?? p.base.importPath),
    }));
  const apis = await compareApis(apiPairs, baseGo, headGo, {
    helperDir: path.join(cacheRoot, 'api-helper'),
    goCache: (v) => (pathsMode && hasUserGoCache(baseGo.env) ? undefined : goCacheFor(cacheRoot, v)),
  });
  for (const p of pairs) p.api = apis.get(p.name);

  const findings: Finding[] = [];
  for (const p of pairs) {
    const api = p.api && !p.api.error ? p.api : undefined;
    if (p.symbols) {
      const symbols = symbolFindings(p.name, p.symbols);
      findings.push(...(api ? symbols.filter((f) => !explainedByApi(f, p.name, api.importPath)) : symbols));
    }
    if (api) findings.push(...apiFindings(p.name, api.importPath, api.changes));
    if (p.dynamic) findings.push(...dynamicFindings(p.name, p.dynamic));
    if (p.behavior) findings.push(...behaviorFindings(p.name, p.behavior));
    findings.push(...buildFindings(p.name, p.build));
  }
  findings.push(...artifactFindings(onlyBase, onlyHead));
  const baseBytes = pairs.reduce((n, p) => n + p.base.bytes, 0);
  const headBytes = pairs.reduce((n, p) => n + p.head.bytes, 0);
  const module = moduleSize(pairs);
  const verdict = applyPolicy(findings, { base: baseBytes, head: headBytes, module }, o.policy);
  const live = findings.filter((f) => (f.category === 'symbol' || f.category === 'api') && !f.suppressed);
  return {
    scope: o.scope,
    mode: pathsMode ? 'paths' : 'build',
    base: { path: basePath, go: baseGo.version },
    head: { path: headPath, go: headGo.version },
    pairs,
    findings,
    ignored,
    totals: {
      added: live.filter((f) => f.change === 'added').length,
      removed: live.filter((f) => f.change === 'removed').length,
      changed: live.filter((f) => f.change === 'changed').length,
      behavior: findings.filter((f) => f.category === 'behavior' && !f.suppressed).length,
      suppressed: findings.filter((f) => f.suppressed).length,
      sizeDelta: headBytes - baseBytes,
      baseBytes,
      headBytes,
      module,
    },
    verdict,
  };
}
