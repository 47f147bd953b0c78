// The typed API comparator's rules (api-diff.ts) on dumps shaped as the helper prints them, and
// the pure glue around it: import path choice, symbol findings the typed layer explains, policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/runner.js';
import { apiRules, diffPackageApi, isNumericWidening, type DumpedObject, type DumpedMember } from '../../src/abi/api-diff.js';
import { chooseImportPath, importPathFromRelative } from '../../src/abi/api-compare.js';
import { importPathOfSymbol } from '../../src/abi/compare.js';
import { apiFindings, explainedByApi, type Finding } from '../../src/abi/findings.js';
import { applyPolicy, type FailOn } from '../../src/abi/policy.js';
import { checksLine } from '../../src/abi/summary.js';

const P = 'example.com/m/pkg';
const fn = (name: string, type: string, decl = `func ${name}${type.slice(4)}`): DumpedObject => ({
  Name: name,
  Kind: 'func',
  Type: type,
  Decl: decl,
});
const v = (name: string, type: string): DumpedObject => ({ Name: name, Kind: 'var', Type: type, Decl: `var ${name} ${type}` });
const c = (name: string, type: string, value: string): DumpedObject => ({
  Name: name,
  Kind: 'const',
  Type: type,
  Decl: `const ${name} ${type}`,
  Value: value,
});
const m = (name: string, type: string, extra: Partial<DumpedMember> = {}): DumpedMember => ({
  Name: name,
  Type: type,
  Decl: type,
  ...extra,
});
const t = (name: string, under: string, extra: Partial<DumpedObject> = {}): DumpedObject => ({
  Name: name,
  Kind: 'type',
  Type: extra.Type ?? under,
  Decl: `type ${name} ${extra.Type ?? under}`,
  Under: under,
  ...extra,
});

const diff = (base: DumpedObject[], head: DumpedObject[]): string[] =>
  diffPackageApi({ path: P, objects: base }, { path: P, objects: head }).map(
    (x) => `${x.change} ${x.subject.slice(P.length + 1)} ${x.rule} ${x.compatible ? 'ok' : 'BREAK'}`,
  );

// Each case: a rule id, base and head dumps, and the exact changes. Every rule must appear.
const cases: { rule: string; base: DumpedObject[]; head: DumpedObject[]; want: string[] }[] = [
  { rule: 'removed', base: [fn('Parse', 'func(string) int')], head: [], want: ['removed Parse removed BREAK'] },
  { rule: 'added', base: [], head: [fn('ParseAll', 'func(string) []int')], want: ['added ParseAll added ok'] },
  { rule: 'kind-changed', base: [c('Mode', 'untyped int', '1')], head: [v('Mode', 'int')], want: ['changed Mode kind-changed BREAK'] },
  {
    rule: 'func-to-var',
    base: [fn('Now', 'func() time.Time')],
    head: [v('Now', 'func() time.Time')],
    want: ['changed Now func-to-var ok'],
  },
  {
    rule: 'type-changed',
    base: [fn('Gt', 'func(any, any) bool')],
    head: [fn('Gt', 'func(any, any) (bool, error)')],
    want: ['changed Gt type-changed BREAK'],
  },
  {
    rule: 'const-changed',
    base: [c('C', 'untyped int', '1')],
    head: [c('C', 'untyped int', '2')],
    want: ['changed C const-changed BREAK'],
  },
  {
    rule: 'type-definition-changed',
    base: [t('ID', 'basic', { Type: 'string', Basic: 'string' })],
    head: [t('ID', 'slice', { Type: '[]byte' })],
    want: ['changed ID type-definition-changed BREAK'],
  },
  {
    rule: 'numeric-widened',
    base: [t('Count', 'basic', { Type: 'int32', Basic: 'int32' })],
    head: [t('Count', 'basic', { Type: 'int64', Basic: 'int64' })],
    want: ['changed Count numeric-widened ok'],
  },
  {
    rule: 'method-removed',
    base: [t('Store', 'struct', { PtrMethods: [m('Get', 'func(string) int'), m('Put', 'func(string, int)')] })],
    head: [t('Store', 'struct', { PtrMethods: [m('Get', 'func(string) int')] })],
    want: ['removed (*Store).Put method-removed BREAK'],
  },
  {
    rule: 'method-changed',
    base: [t('Store', 'struct', { Methods: [m('Len', 'func() int')], PtrMethods: [m('Len', 'func() int')] })],
    head: [t('Store', 'struct', { Methods: [m('Len', 'func() int64')], PtrMethods: [m('Len', 'func() int64')] })],
    want: ['changed Store.Len method-changed BREAK'],
  },
  {
    rule: 'method-added',
    base: [t('Store', 'struct')],
    head: [t('Store', 'struct', { PtrMethods: [m('Len', 'func() int')] })],
    want: ['added (*Store).Len method-added ok'],
  },
  {
    rule: 'interface-method-added',
    base: [t('Reader', 'interface', { Methods: [m('Read', 'func([]byte) (int, error)')] })],
    head: [t('Reader', 'interface', { Methods: [m('Close', 'func() error'), m('Read', 'func([]byte) (int, error)')] })],
    want: ['added Reader.Close interface-method-added BREAK'],
  },
  {
    rule: 'sealed-interface-method-added',
    base: [t('Sealed', 'interface', { Sealed: true, Methods: [m('Kind', 'func() string')] })],
    head: [t('Sealed', 'interface', { Sealed: true, Methods: [m('Kind', 'func() string'), m('Name', 'func() string')] })],
    want: ['added Sealed.Name sealed-interface-method-added ok'],
  },
  {
    rule: 'interface-sealed',
    base: [t('Node', 'interface', { Methods: [m('Pos', 'func() int')] })],
    head: [t('Node', 'interface', { Sealed: true, Methods: [m('Pos', 'func() int')] })],
    want: ['changed Node interface-sealed BREAK'],
  },
  {
    rule: 'field-removed',
    base: [t('Store', 'struct', { Fields: [m('ID', 'int', { Depth: 1 }), m('Name', 'string'), m('Size', 'int')] })],
    head: [t('Store', 'struct', { Fields: [m('Name', 'string')] })],
    want: ['removed Store.ID field-removed BREAK', 'removed Store.Size field-removed BREAK'],
  },
  {
    rule: 'field-changed',
    base: [t('Opt', 'struct', { Fields: [m('Timeout', 'int')] })],
    head: [t('Opt', 'struct', { Fields: [m('Timeout', 'time.Duration')] })],
    want: ['changed Opt.Timeout field-changed BREAK'],
  },
  {
    rule: 'field-added',
    base: [t('Opt', 'struct', { Fields: [m('Timeout', 'int')] })],
    head: [t('Opt', 'struct', { Fields: [m('Retries', 'int'), m('Timeout', 'int')] })],
    want: ['added Opt.Retries field-added ok'],
  },
  {
    rule: 'no-longer-comparable',
    base: [t('Key', 'struct', { Comparable: true, Fields: [m('A', 'string')] })],
    head: [t('Key', 'struct', { Fields: [m('A', 'string'), m('B', '[]byte')] })],
    want: ['changed Key no-longer-comparable BREAK', 'added Key.B field-added ok'],
  },
];

for (const k of cases) test(`rule ${k.rule}`, () => assert.deepEqual(diff(k.base, k.head), k.want));

test('every rule in apiRules has a case, and every case names a rule', () => {
  assert.deepEqual(
    apiRules.map((r) => r.id),
    cases.map((k) => k.rule),
  );
  for (const r of apiRules) assert.ok(r.why.length > 20 && r.base.length > 0 && r.head.length > 0, r.id);
});

test('docs/abi-api.md has a row for every rule with its class, why and example', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/abi-api.md'), 'utf8').split('\n');
  const cell = (s: string): string => (s.startsWith('(') ? s : `\`${s}\``);
  for (const r of apiRules) {
    const row = doc.find((l) => l.startsWith(`| ${r.id} |`));
    assert.equal(row, `| ${r.id} | ${r.compatible ? 'compatible' : '**incompatible**'} | ${r.why} | ${cell(r.base)} | ${cell(r.head)} |`);
  }
});

test('same objects, parameter names aside, give no change; Decl is shown on both sides of a change', () => {
  const base = [fn('Gt', 'func(any, any) bool', 'func Gt(a any, b any) bool')];
  assert.deepEqual(diff(base, [fn('Gt', 'func(any, any) bool', 'func Gt(x any, y any) bool')]), []);
  const [ch] = diffPackageApi(
    { path: P, objects: base },
    { path: P, objects: [fn('Gt', 'func(any, any) (bool, error)', 'func Gt(a any, b any) (bool, error)')] },
  );
  assert.equal(ch!.detail, 'func Gt(a any, b any) bool → func Gt(a any, b any) (bool, error)');
});

test('a value method moved to a pointer receiver leaves the method set of T: one removal, named after T', () => {
  const base = [t('W', 'struct', { Methods: [m('String', 'func() string')], PtrMethods: [m('String', 'func() string')] })];
  const head = [t('W', 'struct', { PtrMethods: [m('String', 'func() string')] })];
  assert.deepEqual(diff(base, head), ['removed W.String method-removed BREAK']);
  // And the other way round it is compatible: *T keeps it, T gains it.
  assert.deepEqual(diff(head, base), []);
});

test("a new type's methods are additions of their own (as in GOROOT/api); a new interface's methods are not", () => {
  // Go 1.23's crypto/tls: type ECHRejectionError struct{...} with func (e *ECHRejectionError) Error() string.
  const ech = t('ECHRejectionError', 'struct', { PtrMethods: [m('Error', 'func() string')] });
  const stamp = t('Stamp', 'basic', { Methods: [m('String', 'func() string')], PtrMethods: [m('String', 'func() string')] });
  assert.deepEqual(diff([], [ech, stamp]), [
    'added (*ECHRejectionError).Error method-added ok',
    'added ECHRejectionError added ok',
    'added Stamp added ok',
    'added Stamp.String method-added ok',
  ]);
  assert.deepEqual(diff([], [t('Closer', 'interface', { Methods: [m('Close', 'func() error')] })]), ['added Closer added ok']);
});

test('type parameters, alias-ness and constraint interfaces compare as the definition', () => {
  assert.deepEqual(
    diff([t('Pair', 'struct', { TypeParams: '[K comparable, V any]' })], [t('Pair', 'struct', { TypeParams: '[K any, V any]' })]),
    ['changed Pair type-definition-changed BREAK'],
  );
  assert.deepEqual(diff([t('A', 'basic', { Alias: true, Type: 'int' })], [t('A', 'basic', { Type: 'int', Basic: 'int' })]), [
    'changed A type-definition-changed BREAK',
  ]);
  assert.deepEqual(
    diff(
      [t('Num', 'interface', { TypeSet: true, Type: 'interface{~int}' })],
      [t('Num', 'interface', { TypeSet: true, Type: 'interface{~int | ~int64}' })],
    ),
    ['changed Num type-definition-changed BREAK'],
  );
});

test('numeric widening: same family and at least as wide on 32- and 64-bit', () => {
  const yes = [
    ['int32', 'int64'],
    ['int8', 'int'],
    ['int32', 'int'],
    ['int', 'int64'],
    ['uint8', 'uint16'],
    ['byte', 'uint32'],
    ['float32', 'float64'],
    ['complex64', 'complex128'],
    ['rune', 'int64'],
  ];
  const no = [
    ['int64', 'int'],
    ['int', 'int32'],
    ['int32', 'uint64'],
    ['uint32', 'int64'],
    ['int', 'float64'],
    ['uintptr', 'uint64'],
    ['uint64', 'uintptr'],
    ['float64', 'float32'],
    ['string', 'string'],
  ];
  for (const [a, b] of yes) assert.equal(isNumericWidening(a!, b!), true, `${a} → ${b}`);
  for (const [a, b] of no) assert.equal(isNumericWidening(a!, b!), false, `${a} → ${b}`);
});

test('import path: go list, else the archive, else the relative path without .a', () => {
  assert.deepEqual(chooseImportPath('api.a', 'example.com/m/api', 'x'), { importPath: 'example.com/m/api', importPathFrom: 'go list' });
  assert.deepEqual(chooseImportPath('api.a', undefined, 'example.com/m/api'), {
    importPath: 'example.com/m/api',
    importPathFrom: 'archive',
  });
  assert.deepEqual(chooseImportPath('example.com/m/api.a', undefined, undefined), {
    importPath: 'example.com/m/api',
    importPathFrom: 'relative path',
  });
  assert.equal(importPathFromRelative('sub\\pkg.a'), 'sub/pkg');
  // The DWARF compile-unit symbol as go tool nm of 1.19 and 1.23 prints it.
  assert.equal(importPathOfSymbol('go.cuinfo.packagename.example.com/m/pkg'), 'example.com/m/pkg');
  assert.equal(importPathOfSymbol('go:cuinfo.packagename.example.com/m/pkg'), 'example.com/m/pkg');
  assert.equal(importPathOfSymbol('go:cuinfo.producer.example.com/m/pkg'), undefined);
  assert.equal(importPathOfSymbol('example.com/m/pkg.F'), undefined);
});

const symbol = (subject: string, artifact = 'pkg.a'): Finding => ({
  artifact,
  category: 'symbol',
  change: 'removed',
  subject,
  group: P,
  detail: '',
  breaking: false,
});

test('symbol findings of exported names of the typed package are explained; others stay', () => {
  for (const s of [`${P}.F`, `${P}.T.M`, `${P}.(*T).M`, `${P}.Map[go.shape.int]`])
    assert.equal(explainedByApi(symbol(s), 'pkg.a', P), true, s);
  for (const s of [`${P}.helper`, `${P}.(*t).M`, `${P}..stmp_0`, 'example.com/m/pkgx.F', `type:${P}.T`])
    assert.equal(explainedByApi(symbol(s), 'pkg.a', P), false, s);
  assert.equal(explainedByApi(symbol(`${P}.F`, 'other.a'), 'pkg.a', P), false);
});

test('policy: incompatible typed changes break at removed and changed, compatible ones only at any', () => {
  const changes = diffPackageApi(
    { path: P, objects: [fn('Gt', 'func(any, any) bool'), fn('Old', 'func()')] },
    { path: P, objects: [fn('Gt', 'func(any, any) (bool, error)'), fn('New', 'func()')] },
  );
  const breaking = (failOn: FailOn): string[] => {
    const fs = apiFindings('pkg.a', P, changes);
    applyPolicy(fs, { base: 0, head: 0 }, { failOn, denyNewDynamic: false, suppressions: [] });
    return fs.filter((f) => f.breaking).map((f) => f.subject.slice(P.length + 1));
  };
  assert.deepEqual(breaking('removed'), ['Gt', 'Old']);
  assert.deepEqual(breaking('changed'), ['Gt', 'Old']);
  assert.deepEqual(breaking('any'), ['Gt', 'New', 'Old']);
  assert.deepEqual(breaking('none'), []);
  assert.match(apiFindings('pkg.a', P, changes)[0]!.detail, /^incompatible \(type-changed\): func Gt/);
});

test('the report says which checks each input kind got', () => {
  const side = (kind: 'go-archive' | 'go-executable') => ({ path: 'x', kind, stripped: false, bytes: 1 });
  const exe = { name: 'app', base: side('go-executable'), head: side('go-executable'), build: [] };
  assert.equal(checksLine(exe), 'checks: symbols (go tool nm), build info; no typed API (executables carry no export data)');
  const unread = {
    name: 'api.a',
    base: side('go-archive'),
    head: side('go-archive'),
    build: [],
    api: {
      importPath: P,
      importPathFrom: 'archive' as const,
      changes: [],
      error: 'typed API not compared: base (x): not a Go object file',
    },
  };
  assert.equal(checksLine(unread), 'checks: symbols (go tool nm); ⚠️ typed API not compared: base (x): not a Go object file');
});
