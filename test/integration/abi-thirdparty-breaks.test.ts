// abi-diff (src-level runAbiDiff) finds real API breaks in real third-party code: the program and
// packages of test/helpers/thirdparty.ts (Debian's golang-*-dev sources), with one source edit per
// kind of break applied to a copy at test time. Base is the unmodified source built by Go 1.19,
// head the edited source built by Go 1.23: exactly the breaks are reported (classed by apidiff's
// rules, with before → after signatures), nothing of the upgrade itself; the edited source built
// by Go 1.23 on both sides gives the same set.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Policy } from '../../src/abi/policy.js';
import { runAbiDiff, type AbiReport } from '../../src/abi/run.js';
import { debianGoroot, sharedGoCache, type TestedMinor } from '../helpers/go.js';
import { buildThirdParty, editThirdParty, thirdPartyModule, thirdPartyPackages, type SourceEdit } from '../helpers/thirdparty.js';

// One edit per kind of break, each a change a maintainer could make.
const breaks: readonly SourceEdit[] = [
  {
    // A removed exported method.
    module: 'github.com/google/uuid',
    file: 'uuid.go',
    replace: [
      [
        `// URN returns the RFC 2141 URN form of uuid,
// urn:uuid:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx,  or "" if uuid is invalid.
func (uuid UUID) URN() string {
	var buf [36 + 9]byte
	copy(buf[:], "urn:uuid:")
	encodeHex(buf[9:], uuid)
	return string(buf[:])
}
`,
        '',
      ],
    ],
  },
  {
    // A changed exported func signature.
    module: 'github.com/dustin/go-humanize',
    file: 'ordinals.go',
    replace: [
      ['func Ordinal(x int) string {', 'func Ordinal(x int64) string {'],
      ['strconv.Itoa(x)', 'strconv.FormatInt(x, 10)'],
    ],
  },
  {
    // A var whose type changes (a slice becomes an array: `range AllLevels` still compiles inside logrus).
    module: 'github.com/sirupsen/logrus',
    file: 'logrus.go',
    replace: [['var AllLevels = []Level{', 'var AllLevels = [...]Level{']],
  },
  {
    // A method added to an exported interface.
    module: 'github.com/BurntSushi/toml',
    file: 'decode.go',
    replace: [['\tUnmarshalTOML(interface{}) error\n}', '\tUnmarshalTOML(interface{}) error\n\tTOMLKeys() []string\n}']],
  },
  {
    // A removed exported struct field (and the code that read it).
    module: 'github.com/sirupsen/logrus',
    file: 'json_formatter.go',
    replace: [
      ['\n\t// PrettyPrint will indent all json logs\n\tPrettyPrint bool\n', '\n'],
      ['\tif f.PrettyPrint {\n\t\tencoder.SetIndent("", "  ")\n\t}\n', ''],
    ],
  },
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-thirdparty-breaks-'));
const out: Record<string, string> = {};
const policy: Policy = { failOn: 'removed', denyNewDynamic: false, suppressions: [] };

before(async () => {
  const unmodified = thirdPartyModule(path.join(dir, 'unmodified'));
  const edited = thirdPartyModule(path.join(dir, 'edited'));
  editThirdParty(edited, breaks);
  const build = (v: TestedMinor, mod: string, name: string) => buildThirdParty(v, mod, path.join(dir, name), sharedGoCache(v));
  [out['1.19'], out['1.23'], out['1.23-edited']] = await Promise.all([
    build('1.19', unmodified, 'out-1.19'),
    build('1.23', unmodified, 'out-1.23'),
    build('1.23', edited, 'out-1.23-edited'),
  ]);
});

function diff(base: string, head: string, baseGo: TestedMinor, headGo: TestedMinor): Promise<AbiReport> {
  return runAbiDiff({
    base,
    head,
    baseGo: debianGoroot(baseGo),
    headGo: debianGoroot(headGo),
    buildFlags: [],
    workingDirectory: dir,
    scope: 'exported',
    allowStripped: false,
    policy,
    tempDir: path.join(dir, 'runs'),
    toolCacheDir: path.join(dir, 'toolcache'),
    localGoroots: [],
  });
}

/** Findings about the code (not the Go version, nor the dynamic section), one line each. */
const rows = (r: AbiReport): string[] =>
  r.findings
    .filter((f) => f.category !== 'build' && f.category !== 'dynamic')
    .map(
      (f) =>
        `${f.artifact} ${f.category} ${f.change} ${f.subject} ${f.compatible === undefined ? '' : f.compatible ? 'compatible ' : 'incompatible '}${f.breaking ? 'breaking' : ''}: ${f.detail}`,
    );

const api = (pkg: string): string => `archives/${pkg}.a`;
const expected = [
  `${api('github.com/BurntSushi/toml')} api added github.com/BurntSushi/toml.Unmarshaler.TOMLKeys incompatible breaking: incompatible (interface-method-added): interface method TOMLKeys() []string added`,
  `${api('github.com/dustin/go-humanize')} api changed github.com/dustin/go-humanize.Ordinal incompatible breaking: incompatible (type-changed): func Ordinal(x int) string → func Ordinal(x int64) string`,
  `${api('github.com/google/uuid')} api removed github.com/google/uuid.UUID.URN incompatible breaking: incompatible (method-removed): method URN() string removed`,
  `${api('github.com/sirupsen/logrus')} api changed github.com/sirupsen/logrus.AllLevels incompatible breaking: incompatible (type-changed): var AllLevels []Level → var AllLevels [7]Level`,
  `${api('github.com/sirupsen/logrus')} api removed github.com/sirupsen/logrus.JSONFormatter.PrettyPrint incompatible breaking: incompatible (field-removed): field PrettyPrint bool removed`,
  // The executable has no export data: what its symbol table shows. cobra's text/template makes the
  // linker keep every exported method of a type stored in an interface, so URN (and the *UUID
  // wrapper) were in the base program; the retyped variable's size changes. A changed signature,
  // an interface method and a struct field leave no symbol of their own.
  'thirdparty symbol removed github.com/google/uuid.(*UUID).URN breaking: removed (was T 199 B)',
  'thirdparty symbol removed github.com/google/uuid.UUID.URN breaking: removed (was T 119 B)',
  "thirdparty symbol changed github.com/sirupsen/logrus.AllLevels : size 24 → 28 B (D: the variable's type changed)",
];

/** Drops the sizes of code symbols: they follow the compiler and the Debian source's version, not the break. */
const withoutCodeSizes = (xs: readonly string[]): string[] => xs.map((x) => x.replace(/\(was T \d+ B\)/, '(was T)'));

test('Go 1.19 unmodified → Go 1.23 with five real breaks: exactly those, classed by apidiff rules with both signatures, in archives and the executable', async () => {
  const r = await diff(out['1.19']!, out['1.23-edited']!, '1.19', '1.23');
  assert.equal(r.pairs.length, thirdPartyPackages.length + 1);
  assert.deepEqual(r.ignored, []);
  for (const p of r.pairs.filter((x) => x.name !== 'thirdparty')) {
    assert.equal(p.api?.error, undefined, p.name);
    assert.deepEqual(p.api?.readers && Object.values(p.api.readers).map((v) => v.replace(/^go(1\.\d+).*/, '$1')), ['1.19', '1.23'], p.name);
  }
  assert.deepEqual(withoutCodeSizes(rows(r)), withoutCodeSizes(expected));
  // What else differs is the upgrade itself: the executable's build info (Go version, the -buildmode
  // setting 1.19 did not record, DefaultGODEBUG) and 1.21+ runtime/cgo's pthread imports.
  for (const f of r.findings.filter((x) => x.category === 'dynamic')) assert.match(f.subject, /^import:pthread_/);
  assert.deepEqual(
    r.findings.filter((f) => f.category === 'build').map((f) => `${f.artifact} ${f.subject}`),
    ['thirdparty go', 'thirdparty setting:-buildmode', 'thirdparty setting:DefaultGODEBUG'],
  );
  assert.deepEqual([r.totals.removed, r.totals.changed, r.totals.added], [4, 3, 1]);
  assert.equal(r.verdict.breaking, true);
  assert.deepEqual(r.verdict.reasons, ['7 finding(s) break the policy (fail-on: removed)']);
});

test('the same edits built by Go 1.23 on both sides: the same findings, and none in the archives the edits did not touch', async () => {
  const r = await diff(out['1.23']!, out['1.23-edited']!, '1.23', '1.23');
  assert.deepEqual(withoutCodeSizes(rows(r)), withoutCodeSizes(expected));
  assert.deepEqual(
    r.findings.filter((f) => f.category === 'build' || f.category === 'dynamic'),
    [],
  );
  const edited = new Set(breaks.map((b) => api(b.module)));
  const untouched = r.pairs.filter((p) => p.name !== 'thirdparty' && !edited.has(p.name));
  assert.equal(untouched.length, thirdPartyPackages.length - 4);
  for (const p of untouched) assert.deepEqual(p.api?.changes, [], p.name);
});
