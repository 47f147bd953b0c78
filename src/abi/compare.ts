// Owns comparing one base/head pair of build outputs: inspect both, check they are comparable,
// then stream both symbol tables (in parallel), read dynamic sections and build info, and diff.
import * as path from 'node:path';
import type { ApiPairResult } from './api-compare.js';
import { inspectArtifact, NotGoOutput, type Artifact } from './artifact.js';
import { diffBuildInfo, readBuildInfo, type BuildChange, type BuildInfo } from './buildinfo.js';
import { diffTables, type SymbolDiff } from './diff.js';
import { readDynamic, type DynamicInfo } from './elf.js';
import { diffDynamic, type DynamicDiff } from './findings.js';
import { goToolCommand } from '../go/go-command.js';
import { NmError, streamNm, type NmSink, type NmSymbol } from './nm.js';
import { separateInlined } from './inlined.js';
import { SymbolTable, type Scope } from './table.js';
import { explainGoFailure, type GoTool } from './toolchain.js';
import { behaviorReport, godebugSide, type BehaviorReport } from './godebug.js';
import type { GoDebugTable } from './godebug-table.js';

export class CompareError extends Error {
  override name = 'CompareError';
}

export interface SideInput {
  /** `base` or `head`: the input the path came from, named in errors. */
  input: string;
  path: string;
  go: GoTool;
  /** The go line of the module it was built from, when known (package mode): sharpens the behaviour notes. */
  goLine?: string;
}

export interface ArtifactFacts {
  path: string;
  kind: Artifact['kind'];
  goVersion?: string;
  target?: string;
  stripped: boolean;
  bytes: number;
  symbols?: number;
  dynamic?: DynamicInfo;
  /** Archives: the import path the archive names (`go:cuinfo.packagename.<path>` in its symbols). */
  importPath?: string;
  /** Executables: the main module's path from build info (what size-scope module measures). */
  mainModule?: string;
}

export interface PairResult {
  name: string;
  base: ArtifactFacts;
  head: ArtifactFacts;
  symbols?: SymbolDiff;
  /** Why symbols were not compared (stripped build in partial mode). */
  symbolsSkipped?: string;
  dynamic?: DynamicDiff;
  build: BuildChange[];
  /** The typed API layer (Go archives only; run.ts fills it in for all pairs at once). */
  api?: ApiPairResult;
  /** GODEBUG defaults that change between the sides (executables only: archives carry no DefaultGODEBUG). */
  behavior?: BehaviorReport;
}

export interface CompareOptions {
  scope: Scope;
  /** Compare what remains when a side is stripped instead of failing. */
  allowStripped: boolean;
  /** The head Go's GODEBUG table, read once for all pairs of a run (executables only ask for it). */
  godebugTable: () => Promise<GoDebugTable>;
}

const strippedCan = 'build info (go version -m), the ELF dynamic section (DT_NEEDED libraries, imported symbols) and file size';

async function inspect(side: SideInput): Promise<Artifact> {
  try {
    return await inspectArtifact(side.path);
  } catch (e) {
    if (e instanceof NotGoOutput)
      throw new CompareError(
        `input "${side.input}": ${side.path} ${e.message}; give a Go executable, a .a archive built by go build, or a directory of them`,
      );
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new CompareError(`input "${side.input}": ${side.path} does not exist`);
    throw new CompareError(`input "${side.input}": cannot read ${side.path}: ${err.message}`);
  }
}

function target(a: Artifact, info: BuildInfo | undefined): string | undefined {
  const goos = info?.settings.get('GOOS') ?? a.goos;
  const goarch = info?.settings.get('GOARCH') ?? a.goarch;
  return goarch ? `${goos ?? '?'}/${goarch}` : undefined;
}

// The compiler names the package's import path in a DWARF compile-unit symbol (`go.` before 1.20,
// `go:` after); the export data does not carry it (api-compare.ts).
const cuinfoPackage = /^go[.:]cuinfo\.packagename\.(.+)$/;

/** The import path a Go archive's symbol names, when this symbol is the one that says it. */
export function importPathOfSymbol(name: string): string | undefined {
  return cuinfoPackage.exec(name)?.[1];
}

interface ReadTable {
  table: SymbolTable;
  importPath?: string;
}

/** One side's nm stream into its table, and an archive's import path on the way (a class: see nm.ts NmReader). */
class TableSink implements NmSink {
  importPath: string | undefined;
  constructor(
    readonly table: SymbolTable,
    private readonly archive: boolean,
  ) {}
  add(s: Readonly<NmSymbol>): void {
    this.table.add(s);
    if (this.archive && this.importPath === undefined) this.importPath = importPathOfSymbol(s.name);
  }
}

async function readTable(side: SideInput, a: Artifact, scope: Scope, modulePaths: string[]): Promise<ReadTable> {
  const table = new SymbolTable(scope, modulePaths);
  const label = `input "${side.input}" (${side.path})`;
  const sink = new TableSink(table, a.kind === 'go-archive');
  try {
    await streamNm(goToolCommand(side.go.goBin, 'nm'), side.path, sink, { env: side.go.env, label });
  } catch (e) {
    if (e instanceof NmError) await explainGoFailure(side.go);
    const msg = (e as Error).message;
    if (e instanceof NmError && /different version|object is \[|not a go object/i.test(msg) && a.goVersion) {
      throw new CompareError(
        `${label} is a Go archive built by ${a.goVersion}, which go tool nm of ${side.go.version} cannot read (archives are readable only by their own Go); set ${side.input}-go to ${a.goVersion.replace(/^go/, '')} or that Go's GOROOT`,
      );
    }
    if (/no symbols/.test(msg)) throw new CompareError(`${label} has no symbols (stripped?); still comparable: ${strippedCan}`);
    throw e;
  }
  if (table.definedCount === 0) throw new CompareError(`${label}: go tool nm listed no symbol definitions; nothing to compare`);
  return { table, importPath: sink.importPath };
}

function facts(a: Artifact, info: BuildInfo | undefined, read: ReadTable | undefined, dynamic: DynamicInfo | undefined): ArtifactFacts {
  const table = read?.table;
  return {
    importPath: read?.importPath,
    mainModule: info?.mainModule || undefined,
    path: a.path,
    kind: a.kind,
    goVersion: info?.goVersion ?? a.goVersion,
    target: target(a, info),
    stripped: a.stripped,
    bytes: a.bytes,
    symbols: table?.definedCount,
    dynamic,
  };
}

export async function comparePair(name: string, base: SideInput, head: SideInput, opts: CompareOptions): Promise<PairResult> {
  const [ba, ha] = await Promise.all([inspect(base), inspect(head)]);
  if ((ba.kind === 'go-archive') !== (ha.kind === 'go-archive')) {
    throw new CompareError(
      `input "base" (${base.path}) is ${ba.kind === 'go-archive' ? 'a Go archive' : 'an executable'} but input "head" (${head.path}) is ${ha.kind === 'go-archive' ? 'a Go archive' : 'an executable'}; compare like with like`,
    );
  }
  const [bi, hi] = await Promise.all([
    ba.kind !== 'go-archive' ? readBuildInfo(base.go.goBin, base.path, base.go.env, !!ba.elf) : undefined,
    ha.kind !== 'go-archive' ? readBuildInfo(head.go.goBin, head.path, head.go.env, !!ha.elf) : undefined,
  ]);
  const bt = target(ba, bi);
  const ht = target(ha, hi);
  if (bt && ht && bt !== ht) {
    throw new CompareError(
      `GOOS/GOARCH differ: input "base" (${base.path}) is ${bt} but input "head" (${head.path}) is ${ht}; build both sides for the same target`,
    );
  }
  const stripped = [ba.stripped ? `input "base" (${base.path})` : '', ha.stripped ? `input "head" (${head.path})` : ''].filter(Boolean);
  let symbols: SymbolDiff | undefined;
  let symbolsSkipped: string | undefined;
  let tables: [ReadTable | undefined, ReadTable | undefined] = [undefined, undefined];
  let reading: Promise<[ReadTable, ReadTable]> | undefined;
  if (stripped.length > 0) {
    symbolsSkipped = `${stripped.join(' and ')} ${stripped.length > 1 ? 'are' : 'is'} stripped (-s -w): no symbol table, so symbols and package sizes cannot be compared; still comparable: ${strippedCan}`;
    if (!opts.allowStripped)
      throw new CompareError(`${symbolsSkipped}. Rebuild without -s -w, or set input "stripped" to "partial" to compare only those`);
  } else {
    const modules = [...new Set([...(bi?.modules.keys() ?? []), ...(hi?.modules.keys() ?? [])])];
    // Both nm runs are spawned here, before anything else is read.
    reading = Promise.all([readTable(base, ba, opts.scope, modules), readTable(head, ha, opts.scope, modules)]);
    reading.catch(() => undefined);
  }
  // Read (synchronously: elf.ts) while nm works: the node process is otherwise idle until the listings arrive.
  const dynamics = Promise.all([ba.elf ? readDynamic(ba.path) : undefined, ha.elf ? readDynamic(ha.path) : undefined]);
  dynamics.catch(() => undefined);
  if (reading) {
    tables = await reading;
    symbols = diffTables(tables[0]!.table, tables[1]!.table);
    await separateInlined(symbols, ba, ha);
  }
  const [bd, hd] = await dynamics;
  const [bf, hf] = [facts(ba, bi, tables[0], bd), facts(ha, hi, tables[1], hd)];
  const dynamic = bf.dynamic && hf.dynamic ? diffDynamic(bf.dynamic, hf.dynamic) : undefined;
  const behavior =
    bi && hi
      ? behaviorReport(await opts.godebugTable(), {
          base: godebugSide(bi, base.goLine),
          head: godebugSide(hi, head.goLine),
          linkedPackages: tables[1] ? new Set(tables[1].table.packageSizes.keys()) : undefined,
          goos: hi.settings.get('GOOS'),
        })
      : undefined;
  return {
    name: name || path.basename(head.path),
    base: bf,
    head: hf,
    symbols,
    symbolsSkipped,
    dynamic,
    build: bi && hi ? diffBuildInfo(bi, hi) : [],
    behavior,
  };
}
