// Owns the Go behaviour changes report of abi-diff: which GODEBUG defaults differ between the base
// and head builds, for packages the binary links. The settings come from the head Go's own
// GOROOT/src/internal/godebugs/table.go (Go 1.21+), never from a table of ours; each side's value
// comes from its build info (Go version, DefaultGODEBUG) and, when known, its go.mod go line.
import * as path from 'node:path';
import { parseGoVersion } from '../go/go-version.js';
import type { BuildInfo } from './buildinfo.js';
import { byText } from './diff.js';
import { godebugTablePath, readGodebugTable, type GoDebugTable, type GodebugSetting } from './godebug-table.js';

/** What one side's build tells about its GODEBUG defaults. */
export interface GodebugSide {
  /** The Go that built it, as build info says: `go1.23.5`. */
  goVersion: string;
  /** The main module's go line (`1.19`), when the caller read the go.mod; build info does not record it. */
  goLine?: string;
  /**
   * The DefaultGODEBUG build setting. '' when the build info has none but the Go that built it
   * records one (1.21+: nothing differed from that Go's defaults); undefined when not known.
   */
  defaultGodebug?: string;
}

/** The DefaultGODEBUG facts of a binary's build info. The go line is not in build info: pass it when the go.mod was read. */
export function godebugSide(info: BuildInfo, goLine?: string): GodebugSide {
  const recorded = info.settings.get('DefaultGODEBUG');
  return { goVersion: info.goVersion, goLine, defaultGodebug: recorded ?? (recordsDefaults(info.goVersion) ? '' : undefined) };
}

/** Go 1.21 began deriving GODEBUG defaults from the go line and recording them as DefaultGODEBUG. */
const firstGoLineMinor = 21;

function minorOf(v: string | undefined): number | undefined {
  const p = v ? parseGoVersion(v) : undefined;
  return p && p.major === 1 ? p.minor : undefined;
}

function recordsDefaults(goVersion: string): boolean {
  return (minorOf(goVersion) ?? 0) >= firstGoLineMinor;
}

export function parseDefaultGodebug(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const kv of text.split(',')) {
    const eq = kv.indexOf('=');
    if (eq > 0) out.set(kv.slice(0, eq).trim(), kv.slice(eq + 1).trim());
  }
  return out;
}

/**
 * The value a changed setting has after the change. The table only records the old value; every
 * changed setting in 1.21–1.23 is a 0/1 switch, so the new default is the other one. '' (the
 * package's built-in default) when the old value is not a switch.
 */
export function newDefault(s: GodebugSetting): string {
  return s.old === '1' ? '0' : s.old === '0' ? '1' : '';
}

export interface SideView {
  side: GodebugSide;
  minor: number | undefined;
  recorded: Map<string, string> | undefined;
}

/** How a side's value of one setting is decided; the first rule that answers wins. */
export interface ValueRule {
  id: 'toolchain-predates' | 'default-godebug' | 'go-line' | 'toolchain-default';
  why: string;
  /** A real case (verified builds, test/integration/abi-godebug.test.ts): this side's `setting` has `value` by this rule. */
  example: { side: GodebugSide; setting: string; value: string };
  value(s: GodebugSetting, v: SideView): string | undefined;
}

export const valueRules: readonly ValueRule[] = [
  {
    id: 'toolchain-predates',
    why: 'The Go that built this side is older than the release that changed the default, so it has the old behaviour whatever its go line says.',
    example: { side: { goVersion: 'go1.19.8', goLine: '1.19' }, setting: 'asynctimerchan', value: '1' },
    value: (s, v) => (s.changed !== undefined && v.minor !== undefined && v.minor < s.changed ? s.old : undefined),
  },
  {
    id: 'default-godebug',
    why: 'The go command (1.21+) records in DefaultGODEBUG every default it moved back for an older go line, and every //go:debug or go.mod godebug line: that is what the binary runs with.',
    example: {
      side: {
        goVersion: 'go1.23.5',
        defaultGodebug:
          'asynctimerchan=1,gotypesalias=0,httplaxcontentlength=1,httpmuxgo121=1,httpservecontentkeepheaders=1,panicnil=1,tls10server=1,tls3des=1,tlskyber=0,tlsrsakex=1,tlsunsafeekm=1,winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1',
      },
      setting: 'httpmuxgo121',
      value: '1',
    },
    value: (s, v) => v.recorded?.get(s.name),
  },
  {
    id: 'go-line',
    why: 'DefaultGODEBUG unknown (no build info): a Go 1.21+ build with a go line older than the change gets the old value (cmd/go/internal/load/godebug.go).',
    example: { side: { goVersion: 'go1.23.5', goLine: '1.22' }, setting: 'asynctimerchan', value: '1' },
    value: (s, v) => {
      const line = minorOf(v.side.goLine);
      return v.recorded === undefined &&
        s.changed !== undefined &&
        line !== undefined &&
        (v.minor ?? 0) >= firstGoLineMinor &&
        line < s.changed
        ? s.old
        : undefined;
    },
  },
  {
    id: 'toolchain-default',
    why: 'Nothing moved the setting back: the building Go’s own default applies (before 1.21 the go line never mattered).',
    example: { side: { goVersion: 'go1.23.5', goLine: '1.23', defaultGodebug: '' }, setting: 'asynctimerchan', value: '0' },
    value: (s) => (s.changed !== undefined ? newDefault(s) : ''),
  },
];

export interface SideValue {
  /** '' means the package's built-in default (a setting whose default never changed, not overridden). */
  value: string;
  rule: ValueRule['id'];
}

function view(side: GodebugSide): SideView {
  return {
    side,
    minor: minorOf(side.goVersion),
    recorded: side.defaultGodebug === undefined ? undefined : parseDefaultGodebug(side.defaultGodebug),
  };
}

/** One side's value of one setting, and the rule that decided it. */
export function sideValue(s: GodebugSetting, side: GodebugSide): SideValue {
  return valueOf(s, view(side));
}

function valueOf(s: GodebugSetting, v: SideView): SideValue {
  for (const rule of valueRules) {
    const value = rule.value(s, v);
    if (value !== undefined) return { value, rule: rule.id };
  }
  return { value: '', rule: 'toolchain-default' };
}

export interface BehaviorChange {
  name: string;
  package: string;
  /** `1.23` when the table records the release that changed the default. */
  changedIn?: string;
  base: SideValue;
  head: SideValue;
  /** How to keep the base behaviour in the head build; undefined when base had the package default (drop the head's override instead). */
  restore?: { goDebugDirective: string; goModLine: string };
  docUrl: string;
}

export interface BehaviorReport {
  /** The Go whose table was read (`go1.23.5`), undefined when none could be. */
  tableGo?: string;
  changes: BehaviorChange[];
  notes: string[];
}

export interface BehaviorInput {
  base: GodebugSide;
  head: GodebugSide;
  /**
   * Packages the head binary links (SymbolTable.packageSizes keys). Undefined when not known (a
   * stripped binary): every setting is then listed, and the report says why.
   */
  linkedPackages?: ReadonlySet<string>;
  /** The target GOOS (build info GOOS): on other systems, the Windows-only settings are left out. */
  goos?: string;
}

/** go.dev/doc/godebug's history has one section per release, `### Go 1.23`, rendered with the anchor `#go-123`. */
export function godebugDocUrl(changed?: number): string {
  return `https://go.dev/doc/godebug${changed === undefined ? '#history' : `#go-1${changed}`}`;
}

/** Settings whose name says they only change Windows behaviour (doc/godebug.md: reparse points, volumes). */
const windowsOnly = /^win/;

/** The settings whose effective default differs between the sides, for linked packages only (pure). */
export function computeBehaviorChanges(table: readonly GodebugSetting[], input: BehaviorInput): BehaviorChange[] {
  const [b, h] = [view(input.base), view(input.head)];
  const out: BehaviorChange[] = [];
  for (const s of table) {
    if (input.linkedPackages && !input.linkedPackages.has(s.package)) continue;
    if (input.goos && input.goos !== 'windows' && windowsOnly.test(s.name)) continue;
    const base = valueOf(s, b);
    const head = valueOf(s, h);
    if (base.value === head.value) continue;
    out.push({
      name: s.name,
      package: s.package,
      changedIn: s.changed === undefined ? undefined : `1.${s.changed}`,
      base,
      head,
      restore:
        base.value === ''
          ? undefined
          : { goDebugDirective: `//go:debug ${s.name}=${base.value}`, goModLine: `godebug ${s.name}=${base.value}` },
      docUrl: godebugDocUrl(s.changed),
    });
  }
  return out.sort((x, y) => byText(x.package, y.package) || byText(x.name, y.name));
}

/**
 * The go line range a DefaultGODEBUG implies (a Go 1.21+ build): a changed setting recorded with
 * its old value means the line is older than that release; one not recorded means it is not.
 * Undefined when the side says nothing (no DefaultGODEBUG known, or built before 1.21).
 */
export function impliedGoLine(table: readonly GodebugSetting[], side: GodebugSide): { atLeast?: number; below?: number } | undefined {
  const v = view(side);
  if (!v.recorded || v.minor === undefined || v.minor < firstGoLineMinor) return undefined;
  let atLeast: number | undefined;
  let below: number | undefined;
  for (const s of table) {
    if (s.changed === undefined || s.changed > v.minor) continue;
    if (v.recorded.get(s.name) === s.old) below = Math.min(below ?? s.changed, s.changed);
    else if (!v.recorded.has(s.name)) atLeast = Math.max(atLeast ?? s.changed, s.changed);
  }
  return { atLeast, below };
}

function describeGoLine(table: readonly GodebugSetting[], label: string, side: GodebugSide): string {
  const line = side.goLine ? `go line ${side.goLine} (from go.mod), ` : '';
  if (!recordsDefaults(side.goVersion))
    return `${label}: ${line}built by ${side.goVersion}, older than Go 1.21, so its GODEBUG defaults are that Go’s own and the go line did not matter`;
  if (line) return `${label}: ${line}built by ${side.goVersion}`;
  const r = impliedGoLine(table, side);
  if (!r || (r.atLeast === undefined && r.below === undefined))
    return `${label}: built by ${side.goVersion}; go line not known${side.defaultGodebug === undefined ? ' (no build info)' : ''}`;
  const range = [r.atLeast !== undefined ? `≥ 1.${r.atLeast}` : '', r.below !== undefined ? `< 1.${r.below}` : '']
    .filter(Boolean)
    .join(' and ');
  return `${label}: built by ${side.goVersion}; its DefaultGODEBUG implies a go line ${range}`;
}

export interface BehaviorRequest extends BehaviorInput {
  /** GOROOT of the head Go (gorootOf the head GoTool). */
  headGoroot: string;
}

/** Reads the head Go's GODEBUG table and reports the changes; a head Go without a table (before 1.21) gets a note instead. */
export function behaviorChanges(req: BehaviorRequest): BehaviorReport {
  return behaviorReport(readGodebugTable(req.headGoroot), req);
}

/** The changes against a head Go's table already read (one read serves every pair of a run). */
export function behaviorReport(read: GoDebugTable, req: BehaviorInput): BehaviorReport {
  const { goroot: headGoroot, goVersion: tableGo, settings: table } = read;
  if (!table) {
    const old = (minorOf(tableGo ?? req.head.goVersion) ?? 0) < firstGoLineMinor;
    return {
      tableGo,
      changes: [],
      notes: [
        old
          ? `Go behaviour changes not listed: the head Go (${tableGo ?? req.head.goVersion}) predates Go 1.21, which introduced the GODEBUG table (internal/godebugs) and go-line-based defaults; set head-go to 1.21 or newer to get this report`
          : `Go behaviour changes not listed: ${path.join(headGoroot, godebugTablePath)} is missing (a GOROOT without src?); give head-go a complete Go installation`,
      ],
    };
  }
  const notes = [describeGoLine(table, 'base', req.base), describeGoLine(table, 'head', req.head)];
  const headMinor = minorOf(req.head.goVersion);
  if (tableGo && headMinor !== undefined && minorOf(tableGo) !== headMinor)
    notes.push(`the GODEBUG table was read from ${tableGo} (${headGoroot}) but head was built by ${req.head.goVersion}`);
  if (!req.linkedPackages)
    notes.push('the packages head links are not known (no symbol table: stripped?), so settings of every package are listed');
  const known = new Set(table.map((s) => s.name));
  for (const [label, side] of [
    ['base', req.base],
    ['head', req.head],
  ] as const) {
    const unknown = [...parseDefaultGodebug(side.defaultGodebug ?? '').keys()].filter((k) => !known.has(k));
    if (unknown.length)
      notes.push(`${label} DefaultGODEBUG has settings ${tableGo ?? 'the head Go'} does not know (removed?): ${unknown.join(', ')}`);
  }
  return { tableGo, changes: computeBehaviorChanges(table, req), notes };
}
