// Owns how the Go behaviour changes report reads in a step summary: one table of the GODEBUG
// defaults that differ, the lines that keep the base behaviour, and the notes on how each side was read.
import { code, details, table } from '../report/markdown-table.js';
import type { BehaviorChange, BehaviorReport, SideValue } from './godebug.js';

const ruleLabel: Record<SideValue['rule'], string> = {
  'toolchain-predates': 'built before the change',
  'default-godebug': 'DefaultGODEBUG',
  'go-line': 'go line',
  'toolchain-default': 'Go default',
};

function shown(name: string, v: SideValue): string {
  return `${v.value === '' ? 'package default' : code(`${name}=${v.value}`)} (${ruleLabel[v.rule]})`;
}

function restoreBlocks(changes: readonly BehaviorChange[]): string {
  const keep = changes.filter((c) => c.restore);
  if (keep.length === 0) return '';
  const directives = keep.map((c) => c.restore!.goDebugDirective).join('\n');
  const gomod = ['godebug (', ...keep.map((c) => `\t${c.restore!.goModLine.replace(/^godebug /, '')}`), ')'].join('\n');
  return [
    'To keep the base behaviour, add to a file of the main package, above `package main` (Go 1.21+):',
    '```go',
    directives,
    '```',
    'or to the main module’s go.mod (Go 1.23+; older Go rejects the block):',
    '```',
    gomod,
    '```',
  ].join('\n');
}

/** The Markdown section for one artifact's behaviour report (`title` names the artifact when there are several). */
export function behaviorMarkdown(r: BehaviorReport, title = 'Go behaviour changes'): string {
  const out: string[] = [`#### ${title} (GODEBUG defaults${r.tableGo ? `, table of ${r.tableGo}` : ''})`];
  if (r.changes.length === 0) {
    out.push(r.tableGo || r.notes.length === 0 ? 'No GODEBUG default differs between base and head for a package this binary links.' : '');
  } else {
    out.push(
      table(
        ['Setting', 'Package', 'Changed in', 'Base', 'Head', 'Docs'],
        r.changes.map((c) => [
          code(c.name),
          code(c.package),
          c.changedIn ? `Go ${c.changedIn}` : '',
          shown(c.name, c.base),
          shown(c.name, c.head),
          `[godebug${c.changedIn ? ` ${c.changedIn}` : ''}](${c.docUrl})`,
        ]),
      ),
    );
    const keep = restoreBlocks(r.changes);
    if (keep) out.push(details(`Keep the base behaviour (${r.changes.filter((c) => c.restore).length} setting(s))`, keep));
  }
  if (r.notes.length > 0) out.push(r.notes.map((n) => `- ${n}`).join('\n'));
  return `${out.filter(Boolean).join('\n\n')}\n`;
}
