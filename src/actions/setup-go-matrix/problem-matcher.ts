// The problem matcher setup-go-matrix registers on GitHub: Go compiler, vet and test failure lines
// (`./main.go:5:2: undefined: x`, `vet: ./v.go:3:23: ...`, `    add_test.go:8: got 4, want 5`)
// become annotations. The file sits beside this module; ncc copies it next to each bundle and
// rewrites the URL below, so the path resolves from dist/ at run time as it does from src/ in tests.
// The pattern is read by the runner's .NET regex engine: keep to syntax both it and JS share.
// Owner "go", as actions/setup-go names its matcher: a workflow that moved from it keeps its
// `::remove-matcher owner=go::` line, and the two never annotate a line twice.
import { fileURLToPath } from 'node:url';

/** Absolute path of the matcher JSON (runner's `::add-matcher::` takes a file). */
export function goMatcherFile(): string {
  // ncc turns this expression into a plain path string (bundle dir + file name); from src/ it is a URL.
  const ref = new URL('./go-matcher.json', import.meta.url) as URL | string;
  return typeof ref === 'string' ? ref : fileURLToPath(ref);
}
