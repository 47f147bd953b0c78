// Owns telling a removed or added function apart from one that only moved into inlined code. A
// function missing from one executable's symbol table may still be there, inlined into every
// caller, when another Go version's inliner (or other flags) decided differently; that
// executable's pclntab function name table still names it (go-sections.ts readFuncNameTable).
// The table is read only when the diff has such candidates, and only for the side that lacks them.
// Executables also lose variables the Go 1.21+ linker drops (explained.ts, linker-dropped-var):
// separateInlined separates those too, since it is where a pair's executables are in view.
import type { Artifact } from './artifact.js';
import { byText, type SymbolDiff, type SymbolFinding } from './diff.js';
import { separateDroppedVars } from './explained.js';
import { readFuncNameTable, readGoBuildInfo } from './go-sections.js';
import { normalizeName } from './normalize.js';

/** Up to this many names are searched for in the table's bytes; beyond, the table is decoded once. */
const directLookups = 64;
const NUL = Buffer.from([0]);

/**
 * Which of `keys` (normalized names) the name table holds. A few keys are searched for as they are
 * (a function's Go name is its key); closure keys (`F.func*`) and large sets are matched by
 * normalizing every name in the table once.
 */
export function namesIn(table: Buffer, keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  let rest = keys;
  if (keys.size <= directLookups) {
    const left = new Set<string>();
    for (const k of keys) {
      const name = Buffer.from(`${k}\0`);
      if (table.subarray(0, name.length).equals(name) || table.indexOf(Buffer.concat([NUL, name])) >= 0) found.add(k);
      else if (k.includes('*')) left.add(k);
    }
    rest = left;
  }
  if (rest.size === 0) return found;
  for (let i = 0; i < table.length;) {
    let end = table.indexOf(0, i);
    if (end < 0) end = table.length;
    if (end > i) {
      const key = normalizeName(table.toString('utf8', i, end));
      if (rest.has(key)) found.add(key);
    }
    i = end + 1;
  }
  return found;
}

async function namesOf(a: Artifact, keys: Set<string>): Promise<Set<string>> {
  if (keys.size === 0 || a.kind !== 'go-executable' || !a.elf) return new Set();
  const table = await readFuncNameTable(a.path).catch(() => undefined);
  return table ? namesIn(table, keys) : new Set();
}

const isFunction = (f: SymbolFinding, side: 'base' | 'head'): boolean => (side === 'base' ? f.baseKind : f.headKind) === 'T';

/** The Go version that linked an executable (its build info), or undefined. */
async function linkedBy(a: Artifact): Promise<string | undefined> {
  if (a.kind !== 'go-executable' || !a.elf) return undefined;
  return (await readGoBuildInfo(a.path).catch(() => undefined))?.version;
}

const isData = (kind: string | undefined): boolean => kind === 'D' || kind === 'B';

/**
 * Moves removed and added functions that the other executable has inlined from diff.findings to
 * diff.inlined, and variables one executable's linker dropped to diff.droppedVars.
 */
export async function separateInlined(diff: SymbolDiff, base: Artifact, head: Artifact): Promise<void> {
  if (diff.findings.some((f) => (f.change === 'removed' && isData(f.baseKind)) || (f.change === 'added' && isData(f.headKind)))) {
    const [bv, hv] = await Promise.all([linkedBy(base), linkedBy(head)]);
    if (bv && hv) separateDroppedVars(diff, bv, hv);
    diff.droppedVars.sort((x, y) => byText(x.key, y.key));
  }
  const removed = new Set(diff.findings.filter((f) => f.change === 'removed' && isFunction(f, 'base')).map((f) => f.key));
  const added = new Set(diff.findings.filter((f) => f.change === 'added' && isFunction(f, 'head')).map((f) => f.key));
  const [inHead, inBase] = await Promise.all([namesOf(head, removed), namesOf(base, added)]);
  if (inHead.size === 0 && inBase.size === 0) return;
  diff.findings = diff.findings.filter((f) => {
    const outOfLine = f.change === 'removed' && inHead.has(f.key) ? 'base' : f.change === 'added' && inBase.has(f.key) ? 'head' : undefined;
    if (outOfLine) diff.inlined.push({ key: f.key, pkg: f.pkg, outOfLine });
    return !outOfLine;
  });
  diff.inlined.sort((x, y) => byText(x.key, y.key));
}
