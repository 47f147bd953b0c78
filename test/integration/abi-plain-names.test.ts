// The fast path of SymbolNormalizer.facts (plain names skip the rules and the classifier's scans,
// and in a scope that keeps neither, type descriptors and linker symbols skip normalizing) must give
// what the full path gives: checked on every symbol `go tool nm -size` lists for real programs and
// archives built by Go 1.19 and Go 1.23 (test/fixtures/thirdparty: ~20 third-party modules from
// Debian's golang-*-dev sources, executable and `.a` archives), and for cmd/vet built by each from
// its own GOROOT (a program of std and cmd packages and the vendored golang.org/x/tools analyzers).
// (The tools the Debian packages ship are stripped: nothing to list.)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { promisify } from 'node:util';
import * as os from 'node:os';
import * as path from 'node:path';
import { goToolCommand } from '../../src/go/go-command.js';
import { streamNm, type NmSymbol } from '../../src/abi/nm.js';
import { isDefinition, normalizeName, plainDot, SymbolNormalizer, type NameFacts, type SymbolClass } from '../../src/abi/normalize.js';
import { noPackage, SymbolTable, typeBucket } from '../../src/abi/table.js';
import { debianGoroot, goBin, sharedGoCache } from '../helpers/go.js';
import { buildThirdParty, thirdPartyModule, thirdPartyModules, thirdPartyPackages, archiveOf } from '../helpers/thirdparty.js';

const minors = ['1.19', '1.23'] as const;
const dir = mkdtempSync(path.join(os.tmpdir(), 'gck-plain-names-'));
/** Per Go: the nm listings (definitions only) of its thirdparty executable, its archives and its cmd/vet. */
const listings = new Map<string, NmSymbol[]>();

async function list(minor: (typeof minors)[number], file: string): Promise<void> {
  const syms: NmSymbol[] = [];
  await streamNm(goToolCommand(goBin(minor), 'nm'), file, (s) => isDefinition(s) && syms.push({ ...s }), { label: file });
  listings.set(`go${minor} ${path.relative(dir, file).startsWith('..') ? file : path.relative(dir, file)}`, syms);
}

before(async () => {
  const mod = thirdPartyModule(dir);
  for (const minor of minors) {
    const out = await buildThirdParty(minor, mod, path.join(dir, `out-${minor}`), sharedGoCache(minor));
    const vet = path.join(dir, `vet-${minor}`);
    await promisify(execFile)(goBin(minor), ['build', '-o', vet, 'cmd/vet'], {
      cwd: path.join(debianGoroot(minor), 'src'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GOCACHE: sharedGoCache(minor), GOTOOLCHAIN: 'local', GOFLAGS: '' },
    });
    await Promise.all([
      list(minor, path.join(out, 'thirdparty')),
      ...thirdPartyPackages.map((p) => list(minor, path.join(out, archiveOf(p)))),
      list(minor, vet),
    ]);
  }
});

const moduleSets: readonly (readonly string[])[] = [[], Object.keys(thirdPartyModules)];
const exportedScope: ReadonlySet<SymbolClass> = new Set(['api']);
const fresh = (): NameFacts => ({ key: '', pkg: '', cls: 'c' });

test('fast and full path agree on key, package and class of every real symbol', () => {
  let symbols = 0;
  let plain = 0;
  let skipped = 0;
  for (const [name, syms] of listings) {
    // Executables, where the count matters (tens of thousands of symbols), are mostly plain.
    if (!name.endsWith('.a')) {
      const share = syms.filter((s) => plainDot(s.name) >= 0).length / syms.length;
      assert.ok(share > 0.6, `${name}: ${(share * 100).toFixed(0)}% of the symbols are plain`);
    }
    for (const modules of moduleSets) {
      const [fast, scoped, full] = [new SymbolNormalizer(modules), new SymbolNormalizer(modules), new SymbolNormalizer(modules)];
      for (const s of syms) {
        symbols++;
        if (plainDot(s.name) >= 0) plain++;
        const want = { ...full.classify(normalizeName(s.name), fresh()) };
        assert.deepEqual({ ...fast.facts(s.name, fresh()) }, want, `${name}: ${s.name}`);
        const got = { ...scoped.facts(s.name, fresh(), exportedScope) };
        if (got.key === '') {
          // Not normalized: only a type descriptor or linker symbol, which the exported scope does not keep.
          skipped++;
          assert.ok(want.cls === 'type' || want.cls === 'linker', `${name}: ${s.name} is ${want.cls}`);
          assert.deepEqual({ pkg: got.pkg, cls: got.cls }, { pkg: want.pkg, cls: want.cls }, `${name}: ${s.name}`);
        } else assert.deepEqual(got, want, `${name}: ${s.name}`);
      }
    }
  }
  assert.ok(listings.size >= 2 * (thirdPartyPackages.length + 2), `${listings.size} listings`);
  assert.ok(symbols > 100_000, `${symbols} symbols compared`);
  // Both paths must have been exercised (a change that made nothing plain would still agree).
  assert.ok(plain > symbols / 4 && plain < symbols, `${plain} of ${symbols} symbols took the fast path`);
  assert.ok(skipped > symbols / 20, `${skipped} of ${symbols} type/linker symbols were not normalized`);
});

test("a table's package sizes and compared entries are those of the full path, in both scopes", () => {
  for (const [name, syms] of listings) {
    for (const scope of ['exported', 'all'] as const) {
      const table = new SymbolTable(scope);
      for (const s of syms) table.add(s);
      const full = new SymbolNormalizer();
      const sizes = new Map<string, number>();
      const keys = new Set<string>();
      for (const s of syms) {
        const f = full.classify(normalizeName(s.name), fresh());
        const bucket = f.pkg || (f.cls === 'type' ? typeBucket : noPackage);
        sizes.set(bucket, (sizes.get(bucket) ?? 0) + s.size);
        if (f.cls === 'api' || (scope === 'all' && f.cls !== 'wrapper' && f.cls !== 'linker' && f.cls !== 'metadata')) keys.add(f.key);
      }
      assert.deepEqual([...table.packageSizes], [...sizes], `${name} (${scope}): package sizes`);
      assert.deepEqual(new Set(table.keyList()), keys, `${name} (${scope}): compared keys`);
    }
  }
});
