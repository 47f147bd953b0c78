// Owns Finding, the one shape every change takes in reports, and turning a pair's symbol,
// typed-API, dynamic-section and build-info differences into findings.
import type { ApiChange } from './api-diff.js';
import type { BuildChange } from './buildinfo.js';
import type { BehaviorReport } from './godebug.js';
import type { SymbolDiff } from './diff.js';
import type { DynamicInfo } from './elf.js';

export type FindingCategory = 'symbol' | 'api' | 'dynamic' | 'build' | 'artifact' | 'behavior';
export type FindingChange = 'added' | 'removed' | 'changed';

export interface Finding {
  /** The compared file (relative path in directory mode, file name otherwise). */
  artifact: string;
  category: FindingCategory;
  change: FindingChange;
  /** What a suppression matches: a normalized symbol, `lib:<soname>`, `import:<sym>`, `setting:<k>`, `module:<path>`, `go`, `artifact:<path>`. */
  subject: string;
  /** Group for tables: Go package, or the category name. */
  group: string;
  /** One line for humans, e.g. `D, 4 → 8 bytes`. */
  detail: string;
  breaking: boolean;
  /** Typed API findings only: whether the change keeps clients compiling (apidiff's rules, api-diff.ts). */
  compatible?: boolean;
  /** Reason of the suppression that matched. */
  suppressed?: string;
  /** Typed API findings: `file:line` of the declaration from export data (ApiChange.pos). */
  pos?: string;
}

export interface DynamicDiff {
  libs: { added: string[]; removed: string[] };
  imports: { added: string[]; removed: string[] };
}

function setDiff(a: readonly string[], b: readonly string[]): { added: string[]; removed: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: b.filter((x) => !sa.has(x)), removed: a.filter((x) => !sb.has(x)) };
}

export function diffDynamic(base: DynamicInfo, head: DynamicInfo): DynamicDiff {
  return { libs: setDiff(base.needed, head.needed), imports: setDiff(base.imports, head.imports) };
}

function finding(artifact: string, f: Omit<Finding, 'artifact' | 'breaking'>): Finding {
  return { artifact, breaking: false, ...f };
}

const fmtSize = (kind: string | undefined, size: number | undefined): string => `${kind ?? '?'} ${size ?? 0} B`;

export function symbolFindings(artifact: string, diff: SymbolDiff): Finding[] {
  return diff.findings.map((s) => {
    const change: FindingChange = s.change === 'added' || s.change === 'removed' ? s.change : 'changed';
    const detail =
      s.change === 'added'
        ? `added (${fmtSize(s.headKind, s.headSize)})`
        : s.change === 'removed'
          ? `removed (was ${fmtSize(s.baseKind, s.baseSize)})`
          : s.change === 'kind'
            ? `kind ${s.baseKind} → ${s.headKind}`
            : `size ${s.baseSize} → ${s.headSize} B (${s.baseKind}: the variable's type changed)`;
    return finding(artifact, { category: 'symbol', change, subject: s.key, group: s.pkg || '(no package)', detail });
  });
}

/** Typed API changes of one archive: subjects are the names go tool nm prints, so suppressions match both layers. */
export function apiFindings(artifact: string, pkg: string, changes: readonly ApiChange[]): Finding[] {
  return changes.map((c) =>
    finding(artifact, {
      category: 'api',
      change: c.change,
      subject: c.subject,
      group: pkg,
      detail: `${c.compatible ? 'compatible' : 'incompatible'} (${c.rule}): ${c.detail}`,
      compatible: c.compatible,
      ...(c.pos ? { pos: c.pos } : {}),
    }),
  );
}

/**
 * Symbol findings the typed layer explains: an exported name of `pkg` (`pkg.F`, `pkg.T.M`,
 * `pkg.(*T).M`, `pkg.G[...]`) in `artifact`. When the typed layer read both sides, its findings say
 * the same with signatures, so these symbol findings are dropped instead of reported twice.
 */
export function explainedByApi(f: Finding, artifact: string, pkg: string): boolean {
  if (f.category !== 'symbol' || f.artifact !== artifact || !f.subject.startsWith(`${pkg}.`)) return false;
  const rest = f.subject.slice(pkg.length + 1).replace(/^\(\*/, '');
  return /^\p{Lu}/u.test(rest);
}

/** The four ways a dynamic section can differ, in report order. */
const dynamicChanges: readonly {
  items: (d: DynamicDiff) => readonly string[];
  change: FindingChange;
  subject: 'lib' | 'import';
  group: string;
  detail: (name: string) => string;
}[] = [
  { items: (d) => d.libs.added, change: 'added', subject: 'lib', group: 'dynamic libraries', detail: (n) => `new DT_NEEDED ${n}` },
  { items: (d) => d.libs.removed, change: 'removed', subject: 'lib', group: 'dynamic libraries', detail: (n) => `no longer needs ${n}` },
  { items: (d) => d.imports.added, change: 'added', subject: 'import', group: 'dynamic imports', detail: (n) => `imports ${n}` },
  {
    items: (d) => d.imports.removed,
    change: 'removed',
    subject: 'import',
    group: 'dynamic imports',
    detail: (n) => `no longer imports ${n}`,
  },
];

export function dynamicFindings(artifact: string, d: DynamicDiff): Finding[] {
  return dynamicChanges.flatMap((k) =>
    k
      .items(d)
      .map((n) =>
        finding(artifact, { category: 'dynamic', change: k.change, subject: `${k.subject}:${n}`, group: k.group, detail: k.detail(n) }),
      ),
  );
}

export function buildFindings(artifact: string, changes: readonly BuildChange[]): Finding[] {
  return changes.map((c) => {
    const change: FindingChange = c.base === '' ? 'added' : c.head === '' ? 'removed' : 'changed';
    const subject = c.what === 'go' ? 'go' : `${c.what}:${c.name}`;
    const detail = `${c.what === 'go' ? 'Go version' : c.name}: ${c.base || '(none)'} → ${c.head || '(none)'}`;
    return finding(artifact, { category: 'build', change, subject, group: c.what === 'module' ? 'modules' : 'build settings', detail });
  });
}

export function artifactFindings(onlyBase: readonly string[], onlyHead: readonly string[]): Finding[] {
  return [
    ...onlyBase.map((p) =>
      finding(p, {
        category: 'artifact',
        change: 'removed',
        subject: `artifact:${p}`,
        group: 'artifacts',
        detail: `${p} exists in base only`,
      }),
    ),
    ...onlyHead.map((p) =>
      finding(p, {
        category: 'artifact',
        change: 'added',
        subject: `artifact:${p}`,
        group: 'artifacts',
        detail: `${p} exists in head only`,
      }),
    ),
  ];
}

/**
 * One finding per GODEBUG default that differs between the sides for a package head links: run-time
 * behaviour, not API, so it breaks only when fail-on names behavior-changes (or is any).
 */
export function behaviorFindings(artifact: string, r: BehaviorReport): Finding[] {
  return r.changes.map((c) =>
    finding(artifact, {
      category: 'behavior',
      change: 'changed',
      subject: `godebug:${c.name}`,
      group: `Go behaviour (GODEBUG, ${c.package})`,
      detail: `default ${c.base.value || '(package default)'} → ${c.head.value || '(package default)'}${c.changedIn ? ` (changed in Go ${c.changedIn})` : ''}${c.restore ? `; keep the base behaviour with ${c.restore.goDebugDirective}` : ''}; ${c.docUrl}`,
    }),
  );
}
