// Source of the feature-check helper: a small Go program that type-checks packages with go/types
// at the analyzer's Go version. Kept as strings so the ncc bundle carries it; it is compiled by the
// toolchain in use (see feature-check.ts), so its go/types knows exactly what that Go knows.

export const featureCheckSources: Readonly<Record<string, string>> = {
  'go.mod': 'module featurecheck\n\ngo 1.19\n',
  'main.go': `// featurecheck type-checks the packages "go list -e -export -deps -test -json" prints on stdin
// with go/types at the analyzer's Go version and prints one JSON line per type error.
// Dependencies come from the export data the go command built, so every package is checked
// on its own, including packages that import a package which itself uses newer features.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"
)

type listed struct {
	ImportPath   string
	Dir          string
	GoFiles      []string
	CgoFiles     []string
	Export       string
	DepOnly      bool
	Standard     bool
	ForTest      string
	ImportMap    map[string]string
	Error        *struct{ Err string }
}

type event struct {
	Kind    string
	Package string
	File    string
	Line    int
	Column  int
	Message string
	Files   int
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func main() {
	lang := flag.String("lang", "", "Go version of the analyzer, e.g. go1.21")
	flag.Parse()
	out := json.NewEncoder(os.Stdout)
	dec := json.NewDecoder(os.Stdin)
	var pkgs []*listed
	exports := map[string]string{}
	for {
		p := new(listed)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintf(os.Stderr, "featurecheck: reading go list output: %v\\n", err)
			os.Exit(2)
		}
		if p.Export != "" {
			exports[p.ImportPath] = p.Export
		}
		pkgs = append(pkgs, p)
	}
	// A package's test variant "p [p.test]" holds its files plus the in-package tests.
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.ImportPath == p.ForTest+" ["+p.ForTest+".test]" {
			hasTestVariant[p.ForTest] = true
		}
	}
	fset := token.NewFileSet()
	gc := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %q (it failed to build)", path)
		}
		return os.Open(file)
	})
	seen := map[string]bool{}
	for _, p := range pkgs {
		if p.DepOnly || strings.HasSuffix(p.ImportPath, ".test") || hasTestVariant[p.ImportPath] {
			continue
		}
		name := p.ImportPath
		if i := strings.Index(name, " ["); i >= 0 {
			name = name[:i]
		}
		if p.Error != nil && len(p.GoFiles)+len(p.CgoFiles) == 0 {
			out.Encode(event{Kind: "package-error", Package: name, Message: p.Error.Err})
			continue
		}
		var files []*ast.File
		for _, f := range append(append([]string{}, p.GoFiles...), p.CgoFiles...) {
			abs := filepath.Join(p.Dir, f)
			af, err := parser.ParseFile(fset, abs, nil, parser.AllErrors|parser.SkipObjectResolution)
			if af == nil {
				out.Encode(event{Kind: "package-error", Package: name, File: abs, Message: err.Error()})
				continue
			}
			if err != nil {
				out.Encode(event{Kind: "error", Package: name, File: abs, Message: err.Error()})
			}
			clearFileVersion(af)
			files = append(files, af)
		}
		importMap := p.ImportMap
		conf := types.Config{
			GoVersion:   *lang,
			FakeImportC: true,
			Importer: importerFunc(func(path string) (*types.Package, error) {
				if mapped, ok := importMap[path]; ok {
					path = mapped
				}
				return gc.Import(path)
			}),
			// Collecting every error (no early stop) is what makes the check complete.
			Error: func(err error) {
				te, ok := err.(types.Error)
				if !ok {
					out.Encode(event{Kind: "error", Package: name, Message: err.Error()})
					return
				}
				// The .go file's own position: a //line directive (goyacc, templ) would name the
				// generated-from source, which is not what Sonar analyzes or what exclusions match.
				pos := fset.PositionFor(te.Pos, false)
				key := fmt.Sprintf("%s:%d:%d:%s", pos.Filename, pos.Line, pos.Column, te.Msg)
				if seen[key] {
					return
				}
				seen[key] = true
				out.Encode(event{Kind: "error", Package: name, File: pos.Filename, Line: pos.Line, Column: pos.Column, Message: te.Msg})
			},
		}
		conf.Check(name, fset, files, nil)
		out.Encode(event{Kind: "package", Package: name, Files: len(files)})
	}
}
`,
  'version_go121.go': `//go:build go1.21

package main

import "go/ast"

// The analyzer ignores //go:build goX.Y file versions, so the check does too.
func clearFileVersion(f *ast.File) { f.GoVersion = "" }
`,
  'version_old.go': `//go:build !go1.21

package main

import "go/ast"

func clearFileVersion(*ast.File) {}
`,
};
