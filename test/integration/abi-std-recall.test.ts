// Recall of abi-diff on a real Go upgrade: the standard-library packages that Go 1.23's own API
// file (GOROOT/api/go1.23.txt) adds functions or methods to, built as `.a` archives by Go 1.22 and
// Go 1.23 and compared as two directories in scope all. Every `func`/`method` line of that file
// (for linux, the GOOS the archives are built for) must come out as an added finding: the typed API
// layer (or the symbol layer) for packages both Gos have, the added artifact for packages new in 1.23.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { runAbiDiff, type AbiReport } from '../../src/abi/run.js';
import { debianGoroot, goBin, sharedGoCache, type TestedMinor } from '../helpers/go.js';

/** One API addition of go1.23.txt: `pkg P, func F(...)` or `pkg P, method (*T) M(...)`. */
interface Addition {
  line: string;
  pkg: string;
  /** The name a finding carries: `P.F`, `P.T.M` or `P.(*T).M` (go tool nm's form). */
  subject: string;
}

/** Parses the func and method lines of a GOROOT/api file that apply to GOOS linux (all of them when untagged). */
function apiAdditions(text: string): Addition[] {
  const out: Addition[] = [];
  for (const line of text.split('\n')) {
    const m = /^pkg ([^ ,]+)(?: \(([^)]+)\))?, (func|method) (?:\((\*?)([A-Za-z0-9_]+)(?:\[[^\]]*\])?\) )?([A-Za-z0-9_]+)/.exec(line);
    if (!m) continue;
    const [, pkg, tag, kind, star, recv, name] = m;
    if (tag && !tag.startsWith('linux')) continue;
    const subject = kind === 'func' ? `${pkg}.${name}` : star ? `${pkg}.(*${recv}).${name}` : `${pkg}.${recv}.${name}`;
    out.push({ line, pkg: pkg!, subject });
  }
  return out;
}

const apiFile = path.join(debianGoroot('1.23'), 'api', 'go1.23.txt');
const additions = apiAdditions(readFileSync(apiFile, 'utf8'));
const packages = [...new Set(additions.map((a) => a.pkg))].sort();
const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-std-recall-'));
const archive = (pkg: string): string => `${pkg}.a`;

/** Puts the archive of every package of `packages` that this Go's std has (and builds by default) at <dir>/<minor>/<pkg>.a. */
async function buildStd(minor: TestedMinor): Promise<string> {
  const out = path.join(dir, minor);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GOCACHE: sharedGoCache(minor), GOTOOLCHAIN: 'local', GOFLAGS: '' };
  const go = (args: string[]) => promisify(execFile)(goBin(minor), args, { env, cwd: dir, maxBuffer: 1 << 24 });
  // Go 1.22 has no unique, and its iter builds only under GOEXPERIMENT=rangefunc: go list says which build.
  const listed = await go(['list', '-e', '-f', '{{if not .Error}}{{.ImportPath}}{{end}}', ...packages]);
  const buildable = listed.stdout.split('\n').filter(Boolean);
  // go list -export compiles them in one build and names each archive in the GOCACHE: the same
  // bytes `go build -o x.a <pkg>` writes.
  const exported = await go(['list', '-export', '-f', '{{.ImportPath}} {{.Export}}', ...buildable]);
  for (const line of exported.stdout.split('\n').filter(Boolean)) {
    const [pkg, file] = line.split(' ') as [string, string];
    const a = path.join(out, archive(pkg));
    mkdirSync(path.dirname(a), { recursive: true });
    copyFileSync(file, a);
  }
  return out;
}

let report: AbiReport;
before(async () => {
  const [base, head] = await Promise.all([buildStd('1.22'), buildStd('1.23')]);
  report = await runAbiDiff({
    base,
    head,
    baseGo: debianGoroot('1.22'),
    headGo: debianGoroot('1.23'),
    buildFlags: [],
    workingDirectory: dir,
    scope: 'all',
    allowStripped: false,
    policy: { failOn: 'none', denyNewDynamic: false, suppressions: [] },
    tempDir: path.join(dir, 'runs'),
    toolCacheDir: path.join(dir, 'toolcache'),
    localGoroots: [],
  });
});

test('the parser reads go1.23.txt: receivers, generic receivers, tags', () => {
  assert.deepEqual(
    apiAdditions(
      [
        'pkg sync/atomic, method (*Int32) And(int32) int32 #61395',
        'pkg reflect, method (Value) Seq() iter.Seq[Value] #66056',
        'pkg unique, method (Handle[$0]) Value() $0 #62483',
        'pkg maps, func All[$0 interface{ ~map[$1]$2 }, $1 comparable, $2 interface{}]($0) iter.Seq2[$1, $2] #61900',
        'pkg syscall (windows-386), func Foo() #1',
        'pkg syscall (linux-386), func Bar() #1',
        'pkg go/types, type Alias struct #63223',
      ].join('\n'),
    ).map((a) => a.subject),
    ['sync/atomic.(*Int32).And', 'reflect.Value.Seq', 'unique.Handle.Value', 'maps.All', 'syscall.Bar'],
  );
});

test(`Go 1.22 → 1.23 std archives, scope all: every func and method go1.23.txt adds is an added finding`, () => {
  const added = new Set(
    report.findings.filter((f) => f.change === 'added' && (f.category === 'api' || f.category === 'symbol')).map((f) => f.subject),
  );
  const newPackages = new Set(
    report.findings.filter((f) => f.category === 'artifact' && f.change === 'added').map((f) => f.artifact.replace(/\.a$/, '')),
  );
  const missed = additions.filter((a) => !added.has(a.subject) && !newPackages.has(a.pkg)).map((a) => a.line);
  const typed = additions.filter((a) =>
    report.findings.some((f) => f.category === 'api' && f.change === 'added' && f.subject === a.subject),
  );
  console.log(
    `recall: ${additions.length - missed.length}/${additions.length} func/method additions of go1.23.txt in ${packages.length} packages (${typed.length} as typed API findings, ${additions.filter((a) => newPackages.has(a.pkg)).length} in packages new in 1.23: ${[...newPackages].join(', ')})`,
  );
  assert.deepEqual(missed, []);
  // The typed layer is what finds them: generic funcs have no symbol of their own in an archive.
  assert.equal(typed.length, additions.filter((a) => !newPackages.has(a.pkg)).length);
  // Both sides' export data was read for every package both Gos have.
  for (const p of report.pairs) assert.equal(p.api?.error, undefined, p.name);
  assert.ok(report.pairs.length >= packages.length - 2, `${report.pairs.length} pairs`);
});
