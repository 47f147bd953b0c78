// abi-diff (src-level runAbiDiff) on real third-party code: test/fixtures/thirdparty imports about
// twenty modules from Debian's golang-*-dev sources; the executable and the imported packages' `.a`
// archives are built unchanged by Go 1.19, 1.21 and 1.23. An upgrade that changes no source must
// give no symbol or typed API finding in the default scope and pass the default policy.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Policy } from '../../src/abi/policy.js';
import { runAbiDiff, type AbiReport } from '../../src/abi/run.js';
import { markdownReport } from '../../src/abi/summary.js';
import type { Scope } from '../../src/abi/table.js';
import { debianGoroot, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { buildThirdParty, thirdPartyModule, thirdPartyPackages } from '../helpers/thirdparty.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-thirdparty-'));
const out: Partial<Record<TestedMinor, string>> = {};
const defaultPolicy: Policy = { failOn: 'removed', denyNewDynamic: false, suppressions: [] };

before(async () => {
  const mod = thirdPartyModule(dir);
  const minors = ['1.19', '1.21', '1.23'] as const;
  const built = await Promise.all(minors.map((v) => buildThirdParty(v, mod, path.join(dir, `out-${v}`), sharedGoCache(v))));
  minors.forEach((v, i) => (out[v] = built[i]));
});

function diff(base: TestedMinor, head: TestedMinor, scope: Scope): Promise<AbiReport> {
  return runAbiDiff({
    base: out[base]!,
    head: out[head]!,
    baseGo: debianGoroot(base),
    headGo: debianGoroot(head),
    buildFlags: [],
    workingDirectory: dir,
    scope,
    allowStripped: false,
    policy: defaultPolicy,
    tempDir: path.join(dir, 'runs'),
    toolCacheDir: path.join(dir, 'toolcache'),
    localGoroots: [],
  });
}

/** Findings about the code: symbols, typed API, artifacts (not the Go version, nor the dynamic section). */
const codeFindings = (r: AbiReport): string[] =>
  r.findings
    .filter((f) => f.category !== 'build' && f.category !== 'dynamic')
    .map((f) => `${f.artifact}: ${f.category} ${f.change} ${f.subject} (${f.detail})`);

// Unreferenced `var ErrX = errors.New(..)` of the imported packages: in the Go 1.19 executable, which
// its init code keeps alive; dropped by the Go 1.21+ linker.
const droppedByNewLinker = [
  'github.com/golang/snappy.ErrCorrupt',
  'github.com/golang/snappy.ErrUnsupported',
  'github.com/gorilla/websocket.ErrBadHandshake',
  'github.com/gorilla/websocket.ErrCloseSent',
  'github.com/gorilla/websocket.ErrReadLimit',
  'github.com/stretchr/testify/assert.AnError',
  'golang.org/x/text/language.ErrMissingLikelyTagsData',
];

for (const [base, head] of [
  ['1.19', '1.23'],
  ['1.19', '1.21'],
  ['1.21', '1.23'],
  ['1.23', '1.19'],
] as const) {
  test(`Go ${base} → ${head}, executable and ${thirdPartyPackages.length} archives of the same source: no symbol or API finding, the default policy passes`, async () => {
    const r = await diff(base, head, 'exported');
    assert.equal(r.pairs.length, thirdPartyPackages.length + 1);
    assert.deepEqual(r.ignored, []);
    for (const p of r.pairs) assert.ok(p.symbols && p.symbols.baseCompared > 0, `${p.name}: exported symbols compared`);
    assert.deepEqual(codeFindings(r), []);
    assert.deepEqual(r.verdict, { breaking: false, reasons: [] });
    // What does differ is real: Go 1.21+'s runtime/cgo reads its stack bounds through pthread.
    for (const f of r.findings.filter((x) => x.category === 'dynamic')) assert.match(f.subject, /^import:pthread_/);

    const exe = r.pairs.find((p) => p.name === 'thirdparty')!.symbols!;
    const straddles = Number(base.slice(2)) < 21 !== Number(head.slice(2)) < 21;
    assert.deepEqual(
      exe.droppedVars.map((v) => v.key),
      straddles ? droppedByNewLinker : [],
    );
    if (straddles) assert.ok(exe.droppedVars.every((v) => v.keptBy === (base === '1.19' ? 'base' : 'head')));
    const note = /\*\*`thirdparty`\*\*: [^\n]*7 variable\(s\) only in the executable linked by Go ≤1\.20/;
    if (straddles) assert.match(markdownReport(r), note);
    else assert.doesNotMatch(markdownReport(r), /variable\(s\) only in the executable/);
    // Archives keep every variable: the linker is what drops them.
    for (const p of r.pairs) if (p.name !== 'thirdparty') assert.deepEqual(p.symbols!.droppedVars, [], p.name);
  });
}

test('Go 1.19 → 1.23 in scope all: no finding is a package-closure, cgo hash, method-value wrapper or inlined-callee closure name', async () => {
  const r = await diff('1.19', '1.23', 'all');
  const subjects = r.findings.filter((f) => f.category === 'symbol').map((f) => f.subject);
  assert.ok(subjects.length > 0, 'std and runtime changed between 1.19 and 1.23: scope all shows it');
  assert.deepEqual(
    subjects.filter((s) => /\.glob\.\.|_cgo_[0-9a-f]{12}_|-fm$/.test(s)),
    [],
  );
  // Nothing is left of the third-party and main packages' symbols.
  assert.deepEqual(
    subjects.filter((s) => /^(github\.com|golang\.org\/x|gopkg\.in|main)[./]/.test(s)),
    [],
  );
  for (const gone of [
    'github.com/spf13/cobra.MinimumNArgs.func*',
    'github.com/spf13/cobra.(*Command).initCompleteCmd.MinimumNArgs.func*',
    'github.com/spf13/pflag.(*FlagSet).normalizeFlagName.func*',
    'github.com/spf13/pflag.init.func*',
    '_cgo_Cfunc_getaddrinfo',
  ])
    assert.ok(!subjects.includes(gone), gone);
});
