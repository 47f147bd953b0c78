export const id = 476;
export const ids = [476];
export const modules = {

/***/ 1476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiRules: () => (/* binding */ apiRules),
/* harmony export */   diffPackageApi: () => (/* binding */ diffPackageApi),
/* harmony export */   isNumericWidening: () => (/* binding */ isNumericWidening)
/* harmony export */ });
// Owns comparing two dumps of one package's exported API (what the API dump helper read from
// export data) under golang.org/x/exp/apidiff's compatibility rules, kept as data below: each rule
// says why and shows a real before/after. Pure: no I/O.
//
// Simplification against apidiff: types correspond when their package-qualified type strings are
// equal. apidiff also follows renames of unexported types that are reachable through the API
// (`type t struct{}` renamed to `u` while `func F() t` becomes `func F() u` is compatible there and
// "changed" here), renamed type parameters, and "no longer implements" between exposed types;
// we do not. Parameter names are not part of the compared form, so renaming one is no change.
const apiRules = [
    {
        id: 'removed',
        compatible: false,
        why: 'Every client that names it stops compiling.',
        base: 'func Parse(s string) int',
        head: '(gone)',
    },
    {
        id: 'added',
        compatible: true,
        why: 'No existing code can refer to a new name.',
        base: '(none)',
        head: 'func ParseAll(s string) []int',
    },
    {
        id: 'kind-changed',
        compatible: false,
        why: 'A const, var, func and type are used in different places (`&V`, `F()`, `T{}`).',
        base: 'const Mode = 1',
        head: 'var Mode = 1',
    },
    {
        id: 'func-to-var',
        compatible: true,
        why: 'A var of the same func type can be called and assigned exactly like the func.',
        base: 'func Now() time.Time',
        head: 'var Now func() time.Time = time.Now',
    },
    {
        id: 'type-changed',
        compatible: false,
        why: 'Any change of a func or var type breaks some use: assigning `var f func(any, any) bool = pkg.Gt`, a call site, `&pkg.V`.',
        base: 'func Gt(a, b any) bool',
        head: 'func Gt(a, b any) (bool, error)',
    },
    {
        id: 'const-changed',
        compatible: false,
        why: 'A constant is compiled into its clients; a new type or value changes what they compute (typed → untyped counts).',
        base: 'const C = 1',
        head: 'const C = 2',
    },
    {
        id: 'type-definition-changed',
        compatible: false,
        why: 'A defined type whose underlying type, alias-ness or type parameters change no longer converts, composes or instantiates the same way.',
        base: 'type ID string',
        head: 'type ID []byte',
    },
    {
        id: 'numeric-widened',
        compatible: true,
        why: 'A numeric underlying type of the same family that is at least as wide on 32- and 64-bit platforms holds every old value.',
        base: 'type Count int32',
        head: 'type Count int64',
    },
    {
        id: 'method-removed',
        compatible: false,
        why: "Calls and interface satisfaction through the method set of T or *T break (a value method moved to a pointer receiver leaves T's set).",
        base: 'func (s *Store) Put(k string, v int)',
        head: '(gone)',
    },
    {
        id: 'method-changed',
        compatible: false,
        why: 'A method whose signature changes breaks its callers and the interfaces the type satisfied.',
        base: 'func (s *Store) Get(k string) int',
        head: 'func (s *Store) Get(k string) (int, bool)',
    },
    {
        id: 'method-added',
        compatible: true,
        why: 'A larger method set of a concrete type still satisfies every interface it did.',
        base: '(none)',
        head: 'func (s *Store) Len() int',
    },
    {
        id: 'interface-method-added',
        compatible: false,
        why: 'Implementations outside the package lack the new method and no longer satisfy the interface.',
        base: 'type Reader interface{ Read(p []byte) (int, error) }',
        head: 'type Reader interface{ Read(p []byte) (int, error); Close() error }',
    },
    {
        id: 'sealed-interface-method-added',
        compatible: true,
        why: 'An interface with an unexported method can only be implemented inside its package, so adding a method breaks nobody.',
        base: 'type Sealed interface{ Kind() string; sealed() }',
        head: 'type Sealed interface{ Kind() string; Name() string; sealed() }',
    },
    {
        id: 'interface-sealed',
        compatible: false,
        why: 'Adding an unexported method to an interface that had none makes every outside implementation invalid.',
        base: 'type Node interface{ Pos() int }',
        head: 'type Node interface{ Pos() int; node() }',
    },
    {
        id: 'field-removed',
        compatible: false,
        why: 'Composite literals and selectors that name the field (or a field promoted through an embedded struct) break.',
        base: 'type Store struct{ Name string; Size int }',
        head: 'type Store struct{ Name string }',
    },
    {
        id: 'field-changed',
        compatible: false,
        why: 'Assignments to and from the field break when its type changes.',
        base: 'type Opt struct{ Timeout int }',
        head: 'type Opt struct{ Timeout time.Duration }',
    },
    {
        id: 'field-added',
        compatible: true,
        why: 'Keyed literals and selectors keep working (unkeyed literals are not protected, as in apidiff).',
        base: 'type Opt struct{ Timeout int }',
        head: 'type Opt struct{ Timeout int; Retries int }',
    },
    {
        id: 'no-longer-comparable',
        compatible: false,
        why: 'A struct that gains a slice, map or func field can no longer be compared with == or used as a map key.',
        base: 'type Key struct{ A string }',
        head: 'type Key struct{ A string; B []byte }',
    },
];
const ruleById = new Map(apiRules.map((r) => [r.id, r]));
function change(subject, kind, rule, detail) {
    return { subject, change: kind, rule, compatible: ruleById.get(rule).compatible, detail };
}
// Width in bytes on 32-bit and 64-bit platforms, per family.
const numeric = {
    int8: { family: 'int', w32: 1, w64: 1 },
    int16: { family: 'int', w32: 2, w64: 2 },
    int32: { family: 'int', w32: 4, w64: 4 },
    int64: { family: 'int', w32: 8, w64: 8 },
    int: { family: 'int', w32: 4, w64: 8 },
    uint8: { family: 'uint', w32: 1, w64: 1 },
    uint16: { family: 'uint', w32: 2, w64: 2 },
    uint32: { family: 'uint', w32: 4, w64: 4 },
    uint64: { family: 'uint', w32: 8, w64: 8 },
    uint: { family: 'uint', w32: 4, w64: 8 },
    float32: { family: 'float', w32: 4, w64: 4 },
    float64: { family: 'float', w32: 8, w64: 8 },
    complex64: { family: 'complex', w32: 8, w64: 8 },
    complex128: { family: 'complex', w32: 16, w64: 16 },
};
/** int32 → int64 and the like: same family, at least as wide on both word sizes. uintptr never widens. */
function isNumericWidening(base, head) {
    const b = numeric[base.replace(/^byte$/, 'uint8').replace(/^rune$/, 'int32')];
    const h = numeric[head.replace(/^byte$/, 'uint8').replace(/^rune$/, 'int32')];
    return !!b && !!h && b.family === h.family && h.w32 >= b.w32 && h.w64 >= b.w64;
}
const byName = (xs) => new Map((xs ?? []).map((x) => [x.Name, x]));
function compareFields(subject, b, h) {
    const out = [];
    const hf = byName(h.Fields);
    const bf = byName(b.Fields);
    for (const f of b.Fields ?? []) {
        const g = hf.get(f.Name);
        if (!g)
            out.push(change(`${subject}.${f.Name}`, 'removed', 'field-removed', `field ${f.Name} ${f.Decl} removed`));
        else if (g.Type !== f.Type)
            out.push(change(`${subject}.${f.Name}`, 'changed', 'field-changed', `field ${f.Name} ${f.Decl} → ${g.Decl}`));
    }
    for (const g of h.Fields ?? [])
        if (!bf.has(g.Name))
            out.push(change(`${subject}.${g.Name}`, 'added', 'field-added', `field ${g.Name} ${g.Decl} added`));
    if (b.Comparable && !h.Comparable)
        out.push(change(subject, 'changed', 'no-longer-comparable', `${b.Name} is no longer comparable (== and map keys break)`));
    return out;
}
function compareInterface(subject, b, h) {
    const out = [];
    const hm = byName(h.Methods);
    const bm = byName(b.Methods);
    for (const m of b.Methods ?? []) {
        const g = hm.get(m.Name);
        if (!g)
            out.push(change(`${subject}.${m.Name}`, 'removed', 'method-removed', `interface method ${m.Name}${sigTail(m.Decl)} removed`));
        else if (g.Type !== m.Type)
            out.push(change(`${subject}.${m.Name}`, 'changed', 'method-changed', `${m.Name}${sigTail(m.Decl)} → ${g.Name}${sigTail(g.Decl)}`));
    }
    for (const g of h.Methods ?? []) {
        if (bm.has(g.Name))
            continue;
        const rule = b.Sealed ? 'sealed-interface-method-added' : 'interface-method-added';
        out.push(change(`${subject}.${g.Name}`, 'added', rule, `interface method ${g.Name}${sigTail(g.Decl)} added`));
    }
    if (!b.Sealed && h.Sealed)
        out.push(change(subject, 'changed', 'interface-sealed', `${b.Name} gained an unexported method: only its own package can implement it now`));
    return out;
}
/** `func(k string) int` → `(k string) int`, to print after a method name. */
const sigTail = (decl) => (decl.startsWith('func') ? decl.slice(4) : ` ${decl}`);
// A method is reported once: where it lived in base (T's set, else only *T's), or where it lives in head.
function compareMethodSets(pkg, b, h) {
    const out = [];
    const [bv, bp, hv, hp] = [byName(b.Methods), byName(b.PtrMethods), byName(h.Methods), byName(h.PtrMethods)];
    const valueSubject = (m) => `${pkg}.${b.Name}.${m}`;
    const ptrSubject = (m) => `${pkg}.(*${b.Name}).${m}`;
    for (const [name, m] of bp) {
        const subject = bv.has(name) ? valueSubject(name) : ptrSubject(name);
        const g = hp.get(name);
        if (!g) {
            out.push(change(subject, 'removed', 'method-removed', `method ${name}${sigTail(m.Decl)} removed`));
        }
        else if (g.Type !== m.Type) {
            out.push(change(subject, 'changed', 'method-changed', `${name}${sigTail(m.Decl)} → ${name}${sigTail(g.Decl)}`));
        }
        else if (bv.has(name) && !hv.has(name)) {
            out.push(change(subject, 'removed', 'method-removed', `method ${name} left the method set of ${b.Name} (pointer receiver now): only *${b.Name} has it`));
        }
    }
    for (const [name, g] of hp) {
        if (bp.has(name))
            continue;
        const subject = hv.has(name) ? valueSubject(name) : ptrSubject(name);
        out.push(change(subject, 'added', 'method-added', `method ${name}${sigTail(g.Decl)} added`));
    }
    return out;
}
function compareTypes(pkg, b, h) {
    const subject = `${pkg}.${b.Name}`;
    const defChanged = () => [change(subject, 'changed', 'type-definition-changed', `${b.Decl} → ${h.Decl}`)];
    if (!!b.Alias !== !!h.Alias || (b.TypeParams ?? '') !== (h.TypeParams ?? '') || b.Under !== h.Under)
        return defChanged();
    if (b.Alias)
        return b.Type === h.Type ? [] : defChanged();
    const out = [];
    if (b.Under === 'struct')
        out.push(...compareFields(subject, b, h));
    else if (b.Under === 'interface') {
        if (b.TypeSet || h.TypeSet)
            return b.Type === h.Type && b.TypeSet === h.TypeSet ? [] : defChanged();
        return compareInterface(subject, b, h);
    }
    else if (b.Type !== h.Type) {
        if (b.Under === 'basic' && isNumericWidening(b.Basic ?? '', h.Basic ?? ''))
            out.push(change(subject, 'changed', 'numeric-widened', `${b.Decl} → ${h.Decl}`));
        else
            return defChanged();
    }
    out.push(...compareMethodSets(pkg, b, h));
    return out;
}
function compareObject(pkg, b, h) {
    const subject = `${pkg}.${b.Name}`;
    if (b.Kind !== h.Kind) {
        if (b.Kind === 'func' && h.Kind === 'var' && b.Type === h.Type)
            return [change(subject, 'changed', 'func-to-var', `${b.Decl} → ${h.Decl}`)];
        return [change(subject, 'changed', 'kind-changed', `${b.Decl} → ${h.Decl}`)];
    }
    switch (b.Kind) {
        case 'const':
            return b.Type === h.Type && b.Value === h.Value
                ? []
                : [change(subject, 'changed', 'const-changed', `${b.Decl} = ${b.Value ?? '?'} → ${h.Decl} = ${h.Value ?? '?'}`)];
        case 'var':
        case 'func':
            return b.Type === h.Type ? [] : [change(subject, 'changed', 'type-changed', `${b.Decl} → ${h.Decl}`)];
        case 'type':
            return compareTypes(pkg, b, h);
    }
}
/** The API changes from base to head of one package, in name order. */
function diffPackageApi(base, head) {
    const pkg = head.path;
    const out = [];
    const ho = byName(head.objects);
    const bo = byName(base.objects);
    const at = (c, o) => (o.Pos ? { ...c, pos: o.Pos } : c);
    for (const b of base.objects) {
        const h = ho.get(b.Name);
        out.push(...(h
            ? compareObject(pkg, b, h).map((c) => at(c, h))
            : [at(change(`${pkg}.${b.Name}`, 'removed', 'removed', `${b.Decl} removed`), b)]));
    }
    for (const h of head.objects) {
        if (bo.has(h.Name))
            continue;
        out.push(at(change(`${pkg}.${h.Name}`, 'added', 'added', `${h.Decl} added`), h));
        // A new concrete type's methods are new API too (GOROOT/api lists them, go tool nm shows them):
        // each is its own addition, so the symbol findings they replace are not lost.
        if (h.Kind === 'type' && h.Under !== 'interface')
            out.push(...compareMethodSets(pkg, { ...h, Methods: [], PtrMethods: [] }, h));
    }
    return out.sort((x, y) => (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : 0));
}


/***/ })

};
