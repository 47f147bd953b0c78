// Owns how a Go linker symbol name splits into package path and the rest, and which packages
// belong to the Go distribution (std, cmd) rather than to the user's modules.

export interface SplitName {
  /** Import path as the linker spells it (%2e unescaped), '' when the name has no package. */
  pkg: string;
  /** Everything after `pkg.`: `F`, `T.M`, `(*T).M`, `F.func1`, ... */
  rest: string;
}

/**
 * Index of the `.` that ends the package path in `name`, or -1 when the name has no package.
 * The package is the prefix up to the last `/` before any `(`, `[` or space, then up to the next
 * `.`. The linker escapes dots in the last path element (`gopkg.in/yaml%2ev3`), so that `.` is the
 * separator. (Three native scans: faster than one loop over the characters, warm or cold.)
 */
export function packageDot(name: string): number {
  let end = name.length;
  const paren = name.indexOf('(');
  if (paren >= 0) end = paren;
  const bracket = name.indexOf('[');
  if (bracket >= 0 && bracket < end) end = bracket;
  const space = name.indexOf(' ');
  if (space >= 0 && space < end) end = space;
  const slash = name.lastIndexOf('/', end - 1);
  const dot = name.indexOf('.', slash + 1);
  return dot <= 0 || dot >= end ? -1 : dot;
}

/** The import path as Go spells it, from the linker's spelling (`%2e` → `.`). */
export function unescapePackage(linkerPkg: string): string {
  return linkerPkg.includes('%') ? linkerPkg.replace(/%2e/g, '.') : linkerPkg;
}

export function splitName(name: string): SplitName {
  const dot = packageDot(name);
  if (dot < 0) return { pkg: '', rest: name };
  return { pkg: unescapePackage(name.slice(0, dot)), rest: name.slice(dot + 1) };
}

/** Std and cmd packages have no dot in their first path element (`fmt`, `internal/abi`, `vendor/golang.org/x/net`). */
export function isDistributionPackage(pkg: string, modulePaths: readonly string[] = []): boolean {
  if (pkg === 'main') return false;
  const slash = pkg.indexOf('/');
  const dot = pkg.indexOf('.');
  if (dot >= 0 && (slash < 0 || dot < slash)) return false;
  return !modulePaths.some((m) => pkg === m || (pkg.startsWith(m) && pkg.charCodeAt(m.length) === 47));
}

const bracket = /[()[\]{}]/;

/** Splits `rest` into dotted segments, keeping `(*T)` and `[...]` (which may contain dots) whole. */
export function segments(rest: string): string[] {
  // Without brackets every dot splits: the native split, not a loop over the characters (cold code).
  if (!bracket.test(rest)) return rest.split('.');
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
