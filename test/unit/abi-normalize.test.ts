// Normalization rules checked against real `go tool nm -size` output of Go 1.19.8 and 1.23.5
// building the same source (test/fixtures/abi/nm, see its README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseNmLine, utf8Slicers, type NmSymbol } from '../../src/abi/nm.js';
import { classify, nameRules, normalizeName, plainDot, SymbolNormalizer, type NameFacts } from '../../src/abi/normalize.js';
import { SymbolTable } from '../../src/abi/table.js';
import { repoRoot } from '../helpers/runner.js';

const dir = path.join(repoRoot, 'test/fixtures/abi/nm');
function listing(file: string): NmSymbol[] {
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .map(parseNmLine)
    .filter((s): s is NmSymbol => !!s);
}
/** thirdparty-*.txt lines carry the build output they come from: `<file>\t<nm line>`. */
const thirdParty = (v: '1.19' | '1.23'): NmSymbol[] =>
  readFileSync(path.join(dir, `thirdparty-go${v}.txt`), 'utf8')
    .split('\n')
    .map((l) => parseNmLine(l.slice(l.indexOf('\t') + 1)))
    .filter((s): s is NmSymbol => !!s);
const names = (v: '1.19' | '1.23'): Set<string> =>
  new Set([...listing(`app-go${v}.txt`), ...listing(`api-archive-go${v}.txt`), ...thirdParty(v)].map((s) => s.name));
const go119 = names('1.19');
const go123 = names('1.23');

for (const rule of nameRules) {
  test(`rule ${rule.id}: real 1.19 and 1.23 names normalize to the same key`, () => {
    assert.ok(go119.has(rule.go119), `Go 1.19 output has ${rule.go119}`);
    assert.ok(go123.has(rule.go123), `Go 1.23 output has ${rule.go123}`);
    assert.equal(normalizeName(rule.go119), rule.normalized);
    assert.equal(normalizeName(rule.go123), rule.normalized);
    assert.notEqual(
      rule.apply(rule.go119) === rule.go119 && rule.apply(rule.go123) === rule.go123,
      true,
      'the rule itself changes the example',
    );
  });
}

test('normalizeName applies exactly the documented rules, in their order, to every real name', () => {
  const all = [...go119, ...go123, ...nameRules.flatMap((r) => [r.go119, r.go123])];
  assert.ok(all.length > 300);
  for (const name of all)
    assert.equal(
      normalizeName(name),
      nameRules.reduce((n, r) => r.apply(n), name),
      name,
    );
});

test('go and defer closures: 1.19 func2/func1.1 and 1.23 gowrap1/deferwrap1 fold into one F.func*', () => {
  for (const [a, b] of [
    ['example.com/abifix/api.Parallel.func2', 'example.com/abifix/api.Parallel.gowrap1'],
    ['example.com/abifix/api.Parallel.func1.1', 'example.com/abifix/api.Parallel.func1.deferwrap1'],
  ] as const) {
    assert.ok(go119.has(a) && go123.has(b));
    assert.equal(normalizeName(a), 'example.com/abifix/api.Parallel.func*');
    assert.equal(normalizeName(b), normalizeName(a));
  }
});

test('go.uber.org-style packages keep their go. prefix (only linker prefixes are renamed)', () => {
  assert.equal(normalizeName('go.uber.org/zap.(*Logger).Info'), 'go.uber.org/zap.(*Logger).Info');
  assert.equal(classify('go.uber.org/zap.(*Logger).Info'), 'api');
  assert.equal(normalizeName('go.string."x"'), 'go:string."x"');
});

test('classification of real names', () => {
  const cases: [string, string][] = [
    ['example.com/abifix/api.Describe', 'api'],
    ['example.com/abifix/api.(*Point).Scale', 'api'],
    ['example.com/abifix/api.Point.String', 'api'],
    ['example.com/abifix/api.Limit', 'api'],
    ['example.com/abifix/api.Uses.func*', 'closure'],
    ['example.com/abifix/api.Map[go.shape.int,go.shape.string]', 'instantiation'],
    ['example.com/abifix/api..dict.Stack[int]', 'instantiation'],
    ['example.com/abifix/api..inittask', 'linker'],
    ['example.com/abifix/api.Describe.arginfo1', 'metadata'],
    ['example.com/abifix/native._Cfunc_CString', 'c'],
    ['fmt.Sprintf', 'distribution'],
    ['runtime.main.func*', 'distribution'],
    ['type:*example.com/abifix/api.Point', 'type'],
    ['go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape', 'linker'],
    ['gopkg.in/yaml%2ev3.Marshal', 'api'],
    // Method-value wrappers, real names: one in its own package's archive, one in another package's.
    ['github.com/sirupsen/logrus.(*Entry).Debug-fm', 'wrapper'],
    ['crypto/tls.(*Conn).clientHandshake-fm', 'wrapper'],
    ['github.com/spf13/pflag.init.func*', 'closure'],
  ];
  for (const [name, cls] of cases) assert.equal(classify(name), cls, name);
});

for (const kind of ['app', 'api-archive']) {
  test(`${kind}: exported scope of the same source is identical between Go 1.19 and 1.23`, () => {
    const tables = (['1.19', '1.23'] as const).map((v) => {
      const t = new SymbolTable('exported');
      for (const s of listing(`${kind}-go${v}.txt`)) t.add(s);
      return t;
    });
    const [a, b] = tables.map((t) => [...t.keyList()].sort());
    assert.ok(a!.length >= 10, `compared ${a!.length} exported symbols`);
    assert.deepEqual(a, b);
    for (const k of tables[0]!.keyList()) assert.equal(tables[1]!.get(k)!.kind, tables[0]!.get(k)!.kind, k);
  });
}

test('closures of a package whose last element has a dot keep the linker spelling: right package, linker tables stay linker', () => {
  const yaml = 'gopkg.in/yaml%2ev3..typeAssert.0'; // Go 1.23, a type-assertion cache: real, thirdparty-go1.23.txt
  assert.ok(go123.has(yaml));
  assert.equal(normalizeName(yaml), 'gopkg.in/yaml%2ev3..typeAssert.func*');
  assert.equal(classify(normalizeName(yaml)), 'linker');
  const t = new SymbolTable('all');
  t.add({ name: 'gopkg.in/yaml%2ev3.(*encoder).mapv.func1', code: 'T', size: 10, member: '' });
  assert.deepEqual(
    { ...t.get('gopkg.in/yaml%2ev3.(*encoder).mapv.func*'), raw: undefined },
    {
      key: 'gopkg.in/yaml%2ev3.(*encoder).mapv.func*',
      pkg: 'gopkg.in/yaml.v3',
      cls: 'closure',
      kind: 'T',
      size: 10,
      raw: undefined,
      count: 1,
    },
  );
});

test('fast path: plain names and prefix-classified names get what the rules and the classifier give (every real fixture name)', () => {
  // The full check over real programs and cmd/vet is test/integration/abi-plain-names.test.ts.
  const fresh = (): NameFacts => ({ key: '', pkg: '', cls: 'c' });
  const names = [...go119, ...go123];
  const plain = names.filter((n) => plainDot(n) >= 0);
  assert.ok(plain.length > 50 && plain.length < names.length, `${plain.length} of ${names.length} plain`);
  for (const modules of [[], ['example.com/abifix']]) {
    const [fast, full] = [new SymbolNormalizer(modules), new SymbolNormalizer(modules)];
    for (const n of names) {
      const want = { ...full.classify(normalizeName(n), fresh()) };
      assert.deepEqual({ ...fast.facts(n, fresh()) }, want, n);
      const scoped = { ...fast.facts(n, fresh(), new Set(['api'])) };
      assert.deepEqual(scoped.key === '' ? { ...scoped, key: want.key } : scoped, want, n);
    }
  }
  for (const n of ['fmt.Sprintf', 'example.com/abifix/api.(*Point).Scale', 'example.com/abifix/api.Point.String'])
    assert.ok(plainDot(n) > 0, `${n} is plain`);
  // Each is a word or prefix some rule or the classifier looks at.
  for (const n of [
    'fmt.init',
    'fmt.Sprintf.func1',
    'runtime.gcbits.ff',
    'example.com/abifix/api.Describe.arginfo1',
    'example.com/abifix/native._Cfunc_free.abi0',
    'example.com/abifix/native._Cfunc_free',
    'type.example.com/abifix/api.Point',
    'go.itab.x.T,x.I',
    '$f64.bfe62e42fefa39ef',
    'example.com/go.shape.int_0',
    'example.com/abifix/api.Stack[int].Push',
    'example.com/abifix/api.T.M-fm',
  ])
    assert.equal(plainDot(n), -1, `${n} is not plain`);
});

test('nm lines: names and archive members are UTF-8, whichever way Node slices them', () => {
  // Go identifiers and import paths may hold any Unicode letter; nm prints them as UTF-8.
  const exe = parseNmLine('  4a2f60        112 T example.com/größe/ünï.(*Zähler).Erhöhe');
  assert.deepEqual(exe, { name: 'example.com/größe/ünï.(*Zähler).Erhöhe', code: 'T', size: 112, member: '' });
  const archive = parseNmLine('/tmp/ä/pkg.a(_gö_.o):\t    1e40         24 D example.com/größe.Wert');
  assert.ok(archive);
  assert.equal(archive.member, '_gö_.o');
  assert.equal(archive.name, 'example.com/größe.Wert');
  assert.equal(archive.size, 24);
  // The slicer this Node uses (Buffer's own utf8Slice on Node 20-24) and the portable one agree, also mid-character.
  const buf = Buffer.from('a.Größe·ü€𝔊z', 'utf8');
  assert.ok(utf8Slicers.native, 'Node 20-24 have Buffer#utf8Slice');
  for (let from = 0; from <= buf.length; from++)
    for (let to = from; to <= buf.length; to++) assert.equal(utf8Slicers.native(buf, from, to), utf8Slicers.portable(buf, from, to));
});
