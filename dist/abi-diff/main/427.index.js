export const id = 427;
export const ids = [427];
export const modules = {

/***/ 7427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dumpApis: () => (/* binding */ dumpApis),
  readSideApis: () => (/* binding */ readSideApis)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/process/sha256.ts + 1 modules
var sha256 = __webpack_require__(5436);
;// CONCATENATED MODULE: ./src/go/go-helper.ts
// Owns building the small Go programs our actions embed as source (sonar's feature check,
// abi-diff's API dump): compiled by a given toolchain, because what go/types and go/importer
// know is what that toolchain knows, and cached per toolchain+source so a runner builds each
// once. The build is standalone: the user's GOFLAGS (-mod=vendor...), go.work and cgo never apply.




class HelperBuildError extends Error {
    name = 'HelperBuildError';
}
/** The cached binary's path: one per helper, toolchain and source text. */
function helperBinaryPath(go, helper, cacheDir) {
    const files = Object.entries(helper.files).flatMap(([name, text]) => [name, '\0', text]);
    return external_node_path_.join(cacheDir, `${helper.name}-${(0,sha256/* sha256Hex */.f)(go.version, '\0', go.where, ...files).slice(0, 16)}`);
}
/** Builds the helper with `go` unless the cache has it; returns the binary path. */
async function buildGoHelper(go, helper, cacheDir, extraEnv = {}) {
    const bin = helperBinaryPath(go, helper, cacheDir);
    if ((0,external_node_fs_.existsSync)(bin))
        return bin;
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
    const src = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(cacheDir, 'src-'));
    try {
        for (const [name, text] of Object.entries(helper.files))
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(src, name), text);
        // Renamed into place only when complete: a concurrent or killed build never leaves half a binary.
        const tmp = `${bin}.partial-${process.pid}`;
        try {
            await (0,run/* run */.eF)(go.bin, ['build', '-o', tmp, '.'], {
                cwd: src,
                env: { ...go.env, ...extraEnv, GOWORK: 'off', GOFLAGS: '', CGO_ENABLED: '0', GO111MODULE: 'on', GOTOOLCHAIN: 'local' },
            });
        }
        catch (e) {
            if (!(e instanceof run/* CommandError */.Qd))
                throw e;
            throw new HelperBuildError(`building the ${helper.name} helper with ${go.version} (${go.bin}) failed: ${e.message}; that Go cannot compile it (the helper needs Go 1.18 or later), give a newer Go`);
        }
        (0,external_node_fs_.renameSync)(tmp, bin);
    }
    finally {
        (0,external_node_fs_.rmSync)(src, { recursive: true, force: true });
    }
    return bin;
}

// EXTERNAL MODULE: ./src/go/go-version.ts
var go_version = __webpack_require__(5519);
;// CONCATENATED MODULE: ./src/abi/api-dump-source.ts
// Source of the API dump helper: a Go program that reads each package's exported API from its
// archive's export data (go/importer + go/types) and prints it as JSON, one line per archive. Kept
// as strings so the ncc bundle carries it; compiled by each side's own Go (see api-read.ts),
// because export data is readable only by its own toolchain family. go.mod says go 1.19: the
// oldest Go we build it with, and that line also keeps gotypesalias=0 (aliases are resolved).
const apiDumpSources = {
    'go.mod': 'module goapidump\n\ngo 1.19\n',
    'main.go': `// goapidump prints the exported API of Go packages read from their compiled archives (.a export
// data), one JSON line per request. Requests are JSON lines on stdin: {"Path":"import/path","File":"/x.a"}.
// Each archive gets its own importer and FileSet: the importer caches packages by import path,
// so reusing one would return the first archive's package for a second archive of that path.
// A failing archive (unreadable, or export data newer than this Go can read, which makes a
// Go 1.19 reader panic) is reported in its own line's Error; the process carries on.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/constant"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"math/big"
	"os"
	"runtime"
	"sort"
	"strings"
)

// fset holds the positions of the archive being read: export data records each object's file
// and line (with -trimpath the file is module/path/file.go), which reports point at.
var fset *token.FileSet

type request struct {
	Path string
	File string
}

type member struct {
	Name string
	// Type is the compared form: package-qualified, parameter names left out.
	Type string
	// Decl is the display form, parameter names kept.
	Decl string
	// Embedded: an embedded field; Depth: 0 for a field of the struct itself, more when promoted.
	Embedded bool \`json:",omitempty"\`
	Depth    int  \`json:",omitempty"\`
}

type object struct {
	Name  string
	Kind  string // const, var, func, type
	Type  string // const/var/func: the compared type; type: the underlying type
	Decl  string // as Go would declare it, for reports
	Value string \`json:",omitempty"\`
	Pos   string \`json:",omitempty"\`
	// For types.
	Alias      bool     \`json:",omitempty"\`
	Under      string   \`json:",omitempty"\` // struct, interface, basic, pointer, slice, array, map, chan, func
	Basic      string   \`json:",omitempty"\` // the basic kind for basic underlying types (int32, float64, ...)
	TypeParams string   \`json:",omitempty"\`
	Fields     []member \`json:",omitempty"\`
	Comparable bool     \`json:",omitempty"\`
	Methods    []member \`json:",omitempty"\` // method set of T (interface: its exported methods)
	PtrMethods []member \`json:",omitempty"\` // method set of *T
	Sealed     bool     \`json:",omitempty"\` // interface with an unexported method
	TypeSet    bool     \`json:",omitempty"\` // constraint interface (type terms)
}

type record struct {
	Path    string
	File    string
	Reader  string
	Name    string   \`json:",omitempty"\`
	Error   string   \`json:",omitempty"\`
	Objects []object \`json:",omitempty"\`
}

func qualifier(p *types.Package) string { return p.Path() }

// display qualifies types for reports: the dumped package's own names stay short.
var display types.Qualifier = qualifier

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		var req request
		rec := record{Reader: runtime.Version()}
		if err := json.Unmarshal([]byte(line), &req); err != nil {
			rec.Error = fmt.Sprintf("request %q is not JSON {\\"Path\\":...,\\"File\\":...}: %v", line, err)
		} else {
			rec.Path, rec.File = req.Path, req.File
			pkg, err := load(req)
			if err != nil {
				rec.Error = err.Error()
			} else {
				rec.Name = pkg.Name()
				rec.Objects = dump(pkg)
			}
		}
		if err := out.Encode(rec); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading requests:", err)
		os.Exit(1)
	}
}

func load(req request) (pkg *types.Package, err error) {
	defer func() {
		if r := recover(); r != nil {
			pkg = nil
			err = fmt.Errorf("%s cannot read the export data (built by a newer Go?): panic: %v", runtime.Version(), r)
		}
	}()
	fset = token.NewFileSet()
	lookup := func(path string) (io.ReadCloser, error) {
		if path != req.Path {
			return nil, fmt.Errorf("no archive given for %q", path)
		}
		return os.Open(req.File)
	}
	return importer.ForCompiler(fset, "gc", lookup).Import(req.Path)
}

func dump(pkg *types.Package) []object {
	display = types.RelativeTo(pkg)
	scope := pkg.Scope()
	var objs []object
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		// Go 1.19's export data also lists the shape instantiations its code uses
		// (Max[go.shape.int_0]): compiler artifacts, not declarations of the package.
		if !obj.Exported() || strings.ContainsRune(name, '[') {
			continue
		}
		o := object{Name: name, Decl: types.ObjectString(obj, display)}
		if p := fset.Position(obj.Pos()); p.IsValid() && p.Filename != "" {
			o.Pos = fmt.Sprintf("%s:%d", p.Filename, p.Line)
		}
		switch obj := obj.(type) {
		case *types.Const:
			o.Kind, o.Type, o.Value = "const", typeString(obj.Type()), constValue(obj.Val())
		case *types.Var:
			o.Kind, o.Type = "var", typeString(obj.Type())
		case *types.Func:
			o.Kind, o.Type = "func", typeString(obj.Type())
		case *types.TypeName:
			o.Kind = "type"
			describeType(&o, obj)
		default:
			continue
		}
		objs = append(objs, o)
	}
	return objs
}

func describeType(o *object, obj *types.TypeName) {
	t := obj.Type()
	o.Alias = obj.IsAlias()
	under := t.Underlying()
	o.Type = typeString(under)
	if named, ok := t.(*types.Named); ok && !o.Alias {
		if tp := named.TypeParams(); tp != nil && tp.Len() > 0 {
			o.TypeParams = typeParams(tp)
		}
	}
	switch u := under.(type) {
	case *types.Basic:
		o.Under, o.Basic = "basic", u.Name()
	case *types.Struct:
		o.Under = "struct"
		o.Comparable = types.Comparable(t)
		o.Fields = fields(t, obj.Pkg())
	case *types.Interface:
		o.Under = "interface"
		o.TypeSet = !u.IsMethodSet()
		for i := 0; i < u.NumMethods(); i++ {
			m := u.Method(i)
			if !m.Exported() {
				o.Sealed = true
				continue
			}
			o.Methods = append(o.Methods, member{Name: m.Name(), Type: typeString(m.Type()), Decl: declString(m.Type())})
		}
		return
	case *types.Pointer:
		o.Under = "pointer"
	case *types.Slice:
		o.Under = "slice"
	case *types.Array:
		o.Under = "array"
	case *types.Map:
		o.Under = "map"
	case *types.Chan:
		o.Under = "chan"
	case *types.Signature:
		o.Under = "func"
	default:
		o.Under = "other"
	}
	if o.Alias {
		return
	}
	o.Methods = methodSet(t)
	o.PtrMethods = methodSet(types.NewPointer(t))
}

func methodSet(t types.Type) []member {
	ms := types.NewMethodSet(t)
	var out []member
	for i := 0; i < ms.Len(); i++ {
		m := ms.At(i).Obj()
		if !m.Exported() {
			continue
		}
		out = append(out, member{Name: m.Name(), Type: typeString(m.Type()), Decl: declString(m.Type()), Depth: len(ms.At(i).Index()) - 1})
	}
	return out
}

// fields lists the exported fields selectable on t: its own and those promoted from embedded
// structs, each confirmed by LookupFieldOrMethod (which applies Go's shadowing rules).
func fields(t types.Type, pkg *types.Package) []member {
	names := map[string]bool{}
	seen := map[types.Type]bool{}
	var walk func(types.Type, int)
	walk = func(t types.Type, depth int) {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if seen[t] || depth > 8 {
			return
		}
		seen[t] = true
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for i := 0; i < s.NumFields(); i++ {
			f := s.Field(i)
			if f.Exported() {
				names[f.Name()] = true
			}
			if f.Embedded() {
				walk(f.Type(), depth+1)
			}
		}
	}
	walk(t, 0)
	var out []member
	for name := range names {
		obj, index, _ := types.LookupFieldOrMethod(t, true, pkg, name)
		f, ok := obj.(*types.Var)
		if !ok || !f.IsField() {
			continue
		}
		out = append(out, member{Name: name, Type: typeString(f.Type()), Decl: declString(f.Type()), Embedded: f.Embedded(), Depth: len(index) - 1})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func typeParams(tp *types.TypeParamList) string {
	parts := make([]string, tp.Len())
	for i := 0; i < tp.Len(); i++ {
		parts[i] = tp.At(i).Obj().Name() + " " + typeText(tp.At(i).Constraint(), qualifier)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// typeString is the compared form of a type: signatures lose their parameter names (renaming a
// parameter changes nothing for callers); everything else is types.TypeString with full paths.
func typeString(t types.Type) string {
	sig, ok := t.(*types.Signature)
	if !ok {
		return typeText(t, qualifier)
	}
	var b strings.Builder
	b.WriteString("func")
	if tp := sig.TypeParams(); tp != nil && tp.Len() > 0 {
		b.WriteString(typeParams(tp))
	}
	b.WriteString("(")
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		b.WriteString(typeString(pt))
	}
	b.WriteString(")")
	switch r := sig.Results(); r.Len() {
	case 0:
	case 1:
		b.WriteString(" " + typeString(r.At(0).Type()))
	default:
		parts := make([]string, r.Len())
		for i := range parts {
			parts[i] = typeString(r.At(i).Type())
		}
		b.WriteString(" (" + strings.Join(parts, ", ") + ")")
	}
	return b.String()
}

func declString(t types.Type) string { return typeText(t, display) }

// typeText is types.TypeString with one spelling of unions: Go 1.19's go/types writes
// ~int|~float64, Go 1.20+ writes ~int | ~float64, so a constraint read by each side's own Go would
// differ (found on test/fixtures/front-doors/library's Max[T ~int | ~float64 | ~string]).
func typeText(t types.Type, q types.Qualifier) string {
	parts := strings.Split(types.TypeString(t, q), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, " | ")
}

// constValue is a constant's value in one form for every export data format. Go 1.19's indexed
// data keeps an untyped float as a 512-bit binary float (0.5 as 0x.8p+0, 1e300 rounded), unified
// data (1.21+) keeps the exact fraction (1/2, 10^300), so ExactString differs for one constant.
// Floats are therefore compared as 40 significant decimal digits; complex numbers part by part.
func constValue(v constant.Value) string {
	switch v.Kind() {
	case constant.Float:
		f := new(big.Float).SetPrec(256)
		switch x := constant.Val(v).(type) {
		case *big.Rat:
			f.SetRat(x)
		case *big.Float:
			f.Set(x)
		default:
			return v.ExactString()
		}
		return f.Text('g', 40)
	case constant.Complex:
		return "(" + constValue(constant.Real(v)) + " + " + constValue(constant.Imag(v)) + "i)"
	}
	return v.ExactString()
}
`,
};

;// CONCATENATED MODULE: ./src/abi/api-read.ts
// Owns reading the exported API of Go archives for one side: build the API dump helper with that
// side's Go (cached per toolchain and source), feed it every archive of the side in one process,
// and parse one record per archive.
//
// Why the side's own Go: export data is readable only by its own toolchain family (a Go 1.19
// reader panics on 1.21+ data, and x/tools promises only the last two releases), and the side's Go
// is the one that wrote the archive, or at least reads it with go tool nm. When that fails (a Go
// too old to compile the helper, or archives it cannot read) the archives are read again with the
// other side's Go if it is newer: today a 1.21+ reader reads 1.19 to 1.23 data, with identical output.





/** Builds (or reuses) the helper for `go` and reads every requested archive with it. */
async function dumpApis(go, requests, dirs) {
    if (requests.length === 0)
        return [];
    const helper = await buildGoHelper({ bin: go.goBin, version: go.version, where: external_node_path_.resolve(go.goBin), env: go.env }, { name: 'goapidump', files: apiDumpSources }, dirs.helperDir, cacheEnv(dirs.goCache(go.version)));
    const input = requests.map((r) => JSON.stringify({ Path: r.path, File: r.file })).join('\n') + '\n';
    const out = await (0,run/* run */.eF)(helper, [], { input, env: go.env, timeoutMs: 600_000 });
    const records = out.stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l));
    if (records.length !== requests.length)
        throw new Error(`the API dump helper (${go.version}) answered ${records.length} of ${requests.length} archives; stderr: ${out.stderr.trim().slice(0, 500)}`);
    return records.map((r) => ({
        path: r.Path,
        file: r.File,
        reader: r.Reader,
        objects: r.Error ? undefined : (r.Objects ?? []),
        error: r.Error,
    }));
}
const cacheEnv = (dir) => (dir ? { GOCACHE: dir } : {});
const newer = (a, b) => {
    const [va, vb] = [(0,go_version/* parseGoVersion */.SX)(a.version.replace(/^go/, '')), (0,go_version/* parseGoVersion */.SX)(b.version.replace(/^go/, ''))];
    return !!va && !!vb && (0,go_version/* compareGoVersions */.X_)(va, vb) > 0;
};
/**
 * Reads a side's archives with its own Go, then whatever failed with `other` when that Go is
 * newer. Never throws for an archive: a record that no reader could read carries both errors.
 */
async function readSideApis(own, other, requests, dirs) {
    let reads;
    try {
        reads = await dumpApis(own, requests, dirs);
    }
    catch (e) {
        const why = e instanceof HelperBuildError ? e.message : `the API dump helper of ${own.version} failed: ${e.message}`;
        reads = requests.map((r) => ({ path: r.path, file: r.file, reader: own.version, error: why }));
    }
    const failed = reads.filter((r) => r.error);
    if (failed.length === 0 || !newer(other, own))
        return reads;
    let retried;
    try {
        retried = await dumpApis(other, failed, dirs);
    }
    catch (e) {
        retried = failed.map((r) => ({ ...r, error: `${r.error ?? ''}; with ${other.version}: ${e.message}` }));
    }
    const byFile = new Map(retried.map((r, i) => [
        failed[i].file,
        { ...r, error: r.error ? `${failed[i].error ?? ''}; ${other.version}: ${r.error}` : undefined },
    ]));
    return reads.map((r) => byFile.get(r.file) ?? r);
}


/***/ })

};
