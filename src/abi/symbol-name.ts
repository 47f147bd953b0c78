// Owns how a Go linker symbol name splits into package path and the rest, and which packages
// belong to the Go distribution (std, cmd) rather than to the user's modules.

export interface SplitName {
  /** Import path as the linker spells it (%2e unescaped), '' when the name has no package. */
  pkg: string;
  /** Everything after `pkg.`: `F`, `T.M`, `(*T).M`, `F.func1`, ... */
  rest: string;
}

/**
 * The package is the prefix up to the last `/` before any `(` or `[`, then up to the next `.`.
 * The linker escapes dots in the last path element (`gopkg.in/yaml%2ev3`), so that `.` is the separator.
 */
export function splitName(name: string): SplitName {
  let end = name.length;
  for (let i = 0; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c === 40 /* ( */ || c === 91 /* [ */ || c === 32 /* space */) {
      end = i;
      break;
    }
  }
  const slash = name.lastIndexOf('/', end - 1);
  const dot = name.indexOf('.', slash + 1);
  if (dot <= 0 || dot >= end) return { pkg: '', rest: name };
  const pkg = name.slice(0, dot);
  return { pkg: pkg.includes('%') ? pkg.replace(/%2e/g, '.') : pkg, rest: name.slice(dot + 1) };
}

/** Std and cmd packages have no dot in their first path element (`fmt`, `internal/abi`, `vendor/golang.org/x/net`). */
export function isDistributionPackage(pkg: string, modulePaths: readonly string[] = []): boolean {
  if (pkg === 'main') return false;
  const slash = pkg.indexOf('/');
  const dot = pkg.indexOf('.');
  if (dot >= 0 && (slash < 0 || dot < slash)) return false;
  return !modulePaths.some((m) => pkg === m || (pkg.startsWith(m) && pkg.charCodeAt(m.length) === 47));
}

/** Splits `rest` into dotted segments, keeping `(*T)` and `[...]` (which may contain dots) whole. */
export function segments(rest: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '.' && depth === 0) {
      out.push(rest.slice(start, i));
      start = i + 1;
    }
  }
  out.push(rest.slice(start));
  return out;
}

export function isExportedIdent(s: string): boolean {
  const c = s.replace(/^\(\*/, '').charAt(0);
  return c !== '' && c.toUpperCase() === c && c.toLowerCase() !== c;
}
