// setup-go-matrix: install and prove one Go per matrix leg, isolate its dirs, restore/save caches.
import type { ActionContext, ActionDefinition } from '../../ci/action.js';
import { cacheInputs, cacheOutputs } from './cache-inputs.js';
import { restoreCaches, saveCaches } from '../../cache/index.js';
import { readCacheSettings } from '../../cache/settings.js';
import { confine as confineDependencyPatterns } from '../../cache/dependencies.js';
import { goarchOf } from '../../go/arch.js';
import { fetchIndex, type GoRelease } from '../../go/download-index.js';
import { goBinOf } from '../../go/platform.js';
import { defaultLocalGoroots } from '../../go/local-goroots.js';
import { findNewerRequirements } from '../../go/gomod-check.js';
import { createLegDirs, legDirs } from '../../go/isolation.js';
import type { GoLeg } from '../../go/leg.js';
import { obtainGo } from '../../go/obtain.js';
import { goMatcherFile } from './problem-matcher.js';
import { runRangeMode } from './range-mode.js';
import { readRequest } from './request.js';
import { summaryRow } from './summary.js';

async function setupLeg(ctx: ActionContext): Promise<void> {
  const { rt, inputs } = ctx;
  const started = performance.now();
  const req = readRequest(ctx);
  // Cache inputs are checked before Go is installed and env.sh written (restore reads them again),
  // cache-dependency-path against the working directory its globs are relative to.
  const cache = readCacheSettings(inputs, process.cwd());
  if (cache.enabled) confineDependencyPatterns(cache.dependencyPatterns, req.workingDirectory);
  let index: Promise<GoRelease[]> | undefined;
  const go = await rt.group(`Install Go (${req.asked})`, () =>
    obtainGo(req.spec, {
      source: req.source,
      platform: req.platform,
      checkLatest: req.checkLatest,
      toolCacheDir: rt.toolCacheDir(),
      localGoroots: req.localGoroots,
      tempDir: rt.tempDir(),
      base: req.base,
      index: () => (index ??= fetchIndex(req.base)),
      asked: req.asked,
      info: (m) => rt.info(m),
      warning: (m) => rt.warning(m),
      debug: (m) => rt.debug(m),
    }),
  );

  // obtainGo proved the leg where it will run from (its bin/go reported the resolved version);
  // the same facts tell us the tree's OS and architecture.
  const facts = go.facts;
  const { platform } = req;
  const goarch = goarchOf(platform.arch);
  if (facts.goarch !== goarch || facts.goos !== platform.goos) {
    throw new Error(
      `${goBinOf(go.goroot, platform)} is for ${facts.goos}/${facts.goarch}, but this leg is ${platform.goos}/${goarch}; remove that tree or change architecture`,
    );
  }

  const dirs = legDirs(rt.workDir(), facts.version, platform);
  createLegDirs(dirs);
  const leg: GoLeg = {
    version: facts.version,
    goroot: go.goroot,
    goBin: goBinOf(go.goroot, platform),
    // The cache keys' OS and arch segments (src/cache/keys.ts) come from here.
    goos: platform.goos,
    goarch,
    gopath: dirs.gopath,
    gocache: dirs.gocache,
    gomodcache: dirs.gomodcache,
    workingDirectory: req.workingDirectory,
  };
  rt.exportVariable('GOROOT', leg.goroot);
  rt.exportVariable('GOTOOLCHAIN', 'local');
  rt.exportVariable('GOPATH', leg.gopath);
  rt.exportVariable('GOCACHE', leg.gocache);
  rt.exportVariable('GOMODCACHE', leg.gomodcache);
  // Added last = first on PATH: this leg's go wins over anything installed into GOPATH/bin.
  rt.addPath(platform.path.join(leg.gopath, 'bin'));
  rt.addPath(platform.path.dirname(leg.goBin));
  // Later steps' compiler, vet and test failure lines become annotations (GitHub only).
  rt.addProblemMatcher(goMatcherFile());

  for (const newer of findNewerRequirements(leg.workingDirectory, leg.version)) {
    if (inputs.choice('on-go-mod-newer') === 'error') throw new Error(`${newer.message} Set on-go-mod-newer: warn to run this leg anyway.`);
    rt.warning(newer.message, { file: newer.file, startLine: newer.line, title: `${newer.file} needs a newer Go than this leg` });
  }

  await rt.group(`Restore Go ${leg.version} caches`, () => restoreCaches(ctx, leg));

  rt.setOutput('go-version', leg.version);
  rt.setOutput('go-root', leg.goroot);
  rt.setOutput('go-source', go.source);
  rt.info(`Go ${leg.version} (${go.source}) at ${leg.goroot}; GOPATH ${leg.gopath}, GOCACHE ${leg.gocache}, GOMODCACHE ${leg.gomodcache}`);
  await rt.appendSummary(summaryRow(leg, go.source, performance.now() - started));
}

export const setupGoMatrix: ActionDefinition = {
  name: 'setup-go-matrix',
  inputs: {
    'go-version': {},
    'go-version-file': {},
    'toolchain-source': { default: 'auto', options: ['auto', 'tool-cache', 'local', 'download'] },
    'local-goroots': { default: defaultLocalGoroots },
    'go-download-base-url': {},
    'check-latest': { default: 'false' },
    architecture: {},
    'versions-range': {},
    'on-go-mod-newer': { default: 'error', options: ['error', 'warn'] },
    'working-directory': { default: '.' },
    ...cacheInputs,
  },
  outputs: ['go-version', 'go-root', 'go-source', 'versions', ...cacheOutputs],
  async main(ctx) {
    if (ctx.inputs.given('versions-range')) return runRangeMode(ctx);
    return setupLeg(ctx);
  },
  async post(ctx) {
    await ctx.rt.group('Save Go caches', () => saveCaches(ctx));
  },
};
