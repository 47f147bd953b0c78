// Owns how an AbiReport reads to people: the job summary / Markdown report (headline, then
// tables by package, collapsed when long).
import { code, details, table } from '../report/markdown-table.js';
import { byText } from './diff.js';
import type { Finding } from './findings.js';
import { behaviorMarkdown } from './godebug-summary.js';
import type { AbiReport } from './run.js';

/** Groups with more rows than this are collapsed. */
const openRows = 15;

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function headline(r: AbiReport): string {
  const t = r.totals;
  const state = r.verdict.breaking ? '❌ breaking' : '✅ no breaking change';
  const sides = r.base.go === r.head.go ? r.head.go : `${r.base.go} → ${r.head.go}`;
  return `abi-diff (${r.scope}, ${sides}): ${state} — ${t.removed} removed, ${t.changed} changed, ${t.added} added${t.behavior ? `, ${t.behavior} Go behaviour change(s)` : ''}, size ${signed(t.sizeDelta)} B${t.module ? ` (module packages ${signed(t.module.head - t.module.base)} B)` : ''}${t.suppressed ? `, ${t.suppressed} suppressed` : ''}`;
}

/** Which checks a pair got: archives get the typed API layer, executables build info and the dynamic section instead. */
export function checksLine(p: AbiReport['pairs'][number]): string {
  if (p.base.kind === 'go-archive') {
    const api = p.api;
    if (!api) return 'checks: symbols (go tool nm); typed API not run';
    if (api.error) return `checks: symbols (go tool nm); ⚠️ ${api.error}`;
    const readers = api.readers && api.readers.base !== api.readers.head ? `${api.readers.base} / ${api.readers.head}` : api.readers?.base;
    return `checks: symbols (go tool nm), typed API from export data (${code(api.importPath)} from ${api.importPathFrom}, ${api.objects?.base ?? 0} → ${api.objects?.head ?? 0} exported objects, read by ${readers ?? '?'})`;
  }
  const elf = p.base.dynamic || p.head.dynamic ? ', ELF dynamic section' : '';
  return `checks: symbols (go tool nm), build info${elf}; no typed API (executables carry no export data)`;
}

function groupTable(rows: readonly Finding[]): string {
  return table(
    ['', 'Subject', 'Change', 'File'],
    rows.map((f) => [
      f.suppressed ? '🔇' : f.breaking ? '❌' : 'ℹ️',
      code(f.subject),
      f.suppressed ? `${f.detail} — suppressed: ${f.suppressed}` : f.detail,
      f.artifact,
    ]),
  );
}

export function markdownReport(r: AbiReport): string {
  const out: string[] = [`### ${headline(r)}`];
  if (r.verdict.reasons.length > 0) out.push(r.verdict.reasons.map((x) => `- ${x}`).join('\n'));
  for (const p of r.pairs) {
    const facts = [
      `base ${p.base.goVersion ?? '?'} ${p.base.target ?? ''} ${p.base.bytes} B`,
      `head ${p.head.goVersion ?? '?'} ${p.head.target ?? ''} ${p.head.bytes} B`,
    ];
    if (p.symbols)
      facts.push(
        `symbols ${p.symbols.baseSymbols} → ${p.symbols.headSymbols} (compared in scope: ${p.symbols.baseCompared} → ${p.symbols.headCompared})`,
      );
    if (p.symbols?.inlined.length)
      facts.push(
        `${p.symbols.inlined.length} function(s) compiled out of line in one build and only inlined in the other: not findings (listed in the JSON report)`,
      );
    if (p.symbols?.droppedVars.length)
      facts.push(
        `${p.symbols.droppedVars.length} variable(s) only in the executable linked by Go ≤1.20: the Go 1.21+ linker drops unreferenced statically initialized variables; not findings (listed in the JSON report)`,
      );
    if (p.symbolsSkipped) facts.push(`⚠️ ${p.symbolsSkipped}`);
    facts.push(checksLine(p));
    out.push(`**${code(p.name)}**: ${facts.join('; ')}`);
  }
  const groups = new Map<string, Finding[]>();
  // Behaviour changes get their own section below (with the lines that keep the base behaviour).
  for (const f of r.findings) if (f.category !== 'behavior') groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  if (groups.size === 0) out.push('No findings.');
  for (const [group, rows] of [...groups].sort((a, b) => byText(a[0], b[0]))) {
    const bad = rows.filter((f) => f.breaking).length;
    const title = `${group} — ${rows.length} finding(s)${bad ? `, ${bad} breaking` : ''}`;
    out.push(rows.length > openRows ? details(title, groupTable(rows)) : `#### ${title}\n\n${groupTable(rows)}`);
  }
  for (const p of r.pairs)
    if (p.behavior) out.push(behaviorMarkdown(p.behavior, r.pairs.length > 1 ? `Go behaviour changes: ${p.name}` : undefined));
  const sizes = r.pairs.flatMap((p) =>
    (p.symbols?.packages ?? []).filter((s) => s.delta !== 0).map((s) => [p.name, s.pkg, String(s.base), String(s.head), signed(s.delta)]),
  );
  if (sizes.length > 0)
    out.push(
      details(`Size by package (${sizes.length} changed)`, table(['File', 'Package', 'Base B', 'Head B', 'Delta'], sizes.slice(0, 200))),
    );
  if (r.ignored.length > 0)
    out.push(
      details(`${r.ignored.length} file(s) ignored (not Go build outputs)`, r.ignored.map((i) => `- ${code(i.path)} ${i.why}`).join('\n')),
    );
  return `${out.join('\n\n')}\n`;
}
