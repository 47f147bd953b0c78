import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzerGoForSonarGo, langString, parseGoLang } from '../../src/sonar/analyzer-versions.js';
import { classifyTypeError, featuresUnknownTo, impactOf } from '../../src/sonar/features.js';

test('type checker version errors map to features and versions', () => {
  const cases: [string, string, string][] = [
    ['type parameter requires go1.18 or later', 'generics (type parameters)', '1.18'],
    ['implicit function instantiation requires go1.18 or later', 'generics (type parameters)', '1.18'],
    ['embedding interface element ~int | ~int64 requires go1.18 or later', 'generics (type parameters)', '1.18'],
    ['built-in min requires go1.21 or later', 'min/max builtins', '1.21'],
    ['built-in max requires go1.21 or later', 'min/max builtins', '1.21'],
    ['clear requires go1.21 or later', 'clear builtin', '1.21'],
    ['cannot range over 3 (untyped int constant): requires go1.22 or later', 'range over int', '1.22'],
    [
      'cannot range over Seq(3) (value of type func(yield func(int) bool)): requires go1.23 or later',
      'range over func (iterators)',
      '1.23',
    ],
    ['generic type alias requires go1.24 or later', 'generic type alias', '1.24'],
    ['conversion of slice to array requires go1.20 or later', 'conversion of slice to array', '1.20'],
  ];
  for (const [msg, feature, needs] of cases) assert.deepEqual(classifyTypeError(msg), { feature, needs }, msg);
  assert.equal(classifyTypeError('undefined: x'), undefined);
  assert.equal(classifyTypeError('cannot range over 3 (untyped int constant)'), undefined);
});

test('sonar-go plugin versions map to the Go their analyzer is built with', () => {
  const cases: [string, string][] = [
    ['1.8.3.2219', '1.17'],
    ['1.10.0.1234', '1.18'],
    ['1.11.0.3905', '1.19'],
    ['1.14.0.4481', '1.19'],
    ['1.18.0.240 (build 240)', '1.21'],
    ['1.19.1.1', '1.23'],
    ['1.27', '1.23'],
    ['1.28.0.1', '1.25'],
    ['1.41.0.9', '1.26'],
  ];
  for (const [plugin, go] of cases) {
    const a = analyzerGoForSonarGo(plugin)!;
    assert.equal(langString(a.lang), go, plugin);
    assert.equal(a.warning, undefined);
  }
  const future = analyzerGoForSonarGo('2.0.0.1')!;
  assert.equal(langString(future.lang), '1.26');
  assert.match(future.warning!, /sonar-go 2\.0\.0\.1 is newer than the table .* Set analyzer-go-version to be exact/);
  assert.equal(analyzerGoForSonarGo('latest'), undefined);
});

test('Go versions parse in every spelling users write', () => {
  assert.deepEqual(parseGoLang('go1.22rc1'), { major: 1, minor: 22 });
  assert.deepEqual(parseGoLang('1.23.4'), { major: 1, minor: 23 });
  assert.equal(parseGoLang('1.2x'), undefined);
});

test('a toolchain older than a feature says which features it cannot see, only those newer than the analyzer', () => {
  assert.deepEqual(featuresUnknownTo({ major: 1, minor: 21 }, { major: 1, minor: 19 }), [
    'range over int (Go 1.22)',
    'range over func (iterators) (Go 1.23)',
    'generic type alias (Go 1.24)',
  ]);
  assert.deepEqual(featuresUnknownTo({ major: 1, minor: 21 }, { major: 1, minor: 22 }), [
    'range over func (iterators) (Go 1.23)',
    'generic type alias (Go 1.24)',
  ]);
  assert.deepEqual(featuresUnknownTo({ major: 1, minor: 24 }, { major: 1, minor: 17 }), []);
});

test('generics break parsing only for analyzers before Go 1.18', () => {
  assert.match(impactOf('generics (type parameters)', { major: 1, minor: 17 }), /not parsed/);
  assert.match(impactOf('generics (type parameters)', { major: 1, minor: 19 }), /type information lost/);
  assert.match(impactOf('range over int', { major: 1, minor: 21 }), /type information lost/);
});
