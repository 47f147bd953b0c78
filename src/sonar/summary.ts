// The job summary of sonar-go-compat: per module coverage and tests, then the feature findings.
import * as path from 'node:path';
import type { CompatResult } from './compat.js';
import type { BadInput } from './convert.js';
import { printable } from './text.js';
import type { OnNewerSyntax } from './compat-config.js';
import { impactOf } from './features.js';
import { langString } from './analyzer-versions.js';
import { table } from '../report/markdown-table.js';

export interface ModuleRow {
  module: string;
  dir: string;
  statements: number;
  covered: number;
  passed: number;
  failed: number;
  skipped: number;
  findings: number;
}

/** Per-module figures, attributing files and packages to the deepest module that holds them. */
export function moduleRows(r: CompatResult): ModuleRow[] {
  const rows = new Map<string, ModuleRow>();
  for (const m of r.modules) {
    const dir = path.relative(r.paths.baseDir, m.dir).split(path.sep).join('/') || '.';
    rows.set(m.dir, { module: m.path, dir, statements: 0, covered: 0, passed: 0, failed: 0, skipped: 0, findings: 0 });
  }
  for (const [file, c] of r.coverage?.merge.fileCoverage() ?? []) {
    const row = rows.get(r.paths.moduleOf(file)?.dir ?? '');
    if (row) {
      row.statements += c.statements;
      row.covered += c.covered;
    }
  }
  for (const [pkg, c] of r.tests?.rewrite.perPackage ?? []) {
    const dir = r.paths.packageDir(pkg);
    const row = dir.ok ? rows.get(r.paths.moduleOf(dir.rel)?.dir ?? '') : undefined;
    if (row) {
      row.passed += c.passed;
      row.failed += c.failed;
      row.skipped += c.skipped;
    }
  }
  for (const c of r.checks) rows.get(c.module.dir)!.findings += c.findings.length;
  return [...rows.values()];
}

export function percent(covered: number, statements: number): string {
  return statements === 0 ? '–' : `${((100 * covered) / statements).toFixed(1)}%`;
}

export function sonarSummary(r: CompatResult, onNewer: OnNewerSyntax, rel: (abs: string) => string): string {
  const out: string[] = ['## sonar-go-compat', ''];
  out.push(
    `Go toolchain: ${r.go.version}. ${r.analyzer ? `Analyzer: Go ${langString(r.analyzer.lang)} (${r.analyzer.source}).` : `Feature check skipped: ${r.checkSkipped}.`}`,
    '',
  );
  const rows = moduleRows(r).map((m) => [
    m.module,
    m.dir,
    percent(m.covered, m.statements),
    String(m.passed),
    String(m.failed),
    String(m.skipped),
    r.analyzer ? String(m.findings) : '–',
  ]);
  out.push(table(['module', 'dir', 'coverage', 'tests passed', 'failed', 'skipped', 'newer features'], rows), '');
  const findings = r.checks.flatMap((c) => c.findings);
  if (r.analyzer && findings.length > 0) {
    out.push(`### Go features newer than the analyzer (Go ${langString(r.analyzer.lang)})`, '');
    const lang = r.analyzer.lang;
    out.push(
      table(
        ['file', 'line:col', 'feature', 'needs', 'effect in Sonar'],
        findings.map((f) => [rel(f.file), `${f.line}:${f.column}`, f.feature, `Go ${f.needs}`, impactOf(f.feature, lang)]),
      ),
      '',
    );
  } else if (r.analyzer) {
    out.push(`No Go feature newer than Go ${langString(r.analyzer.lang)} is used.`, '');
  }
  if (r.uncheckable.length > 0) {
    out.push(
      `⚠️ ${r.go.version} cannot detect ${r.uncheckable.join(', ')}: its type checker predates them. Run this step on a newer Go leg for a complete check.`,
      '',
    );
  }
  if (onNewer === 'exclude' && r.excludedForFeatures.length > 0) {
    out.push(`### Excluded from analysis (on-newer-syntax: exclude)`, '');
    out.push(
      `These files use Go features newer than the analyzer understands, so Sonar would analyze them without type information; they were added to sonar.exclusions (test files to sonar.test.exclusions):`,
      '',
    );
    for (const f of r.excludedForFeatures) out.push(`- \`${f}\``);
    out.push('');
  }
  if (r.bad.length > 0) {
    out.push('### Inputs that could not be used', '', 'Every other input was converted; the step fails because of these:', '');
    for (const b of r.bad) out.push(`- \`${b.input}\`${b.file ? ` ${printable(rel(b.file))}` : ''}: ${printable(b.message)}`);
    out.push('');
  }
  if (r.generated.length > 0) out.push(`Generated files excluded: ${r.generated.map((g) => `\`${g}\``).join(', ')}.`, '');
  if (r.properties) {
    const p = r.properties.merge;
    out.push(`Properties: ${rel(r.properties.file)} — added ${p.added.length ? p.added.join(', ') : 'nothing'}.`);
    if (p.kept.size > 0) out.push(`Kept your values for ${[...p.kept.keys()].join(', ')} (this action would have set them differently).`);
    for (const [k, extra] of p.extended) out.push(`Appended to your ${k}: ${extra.join(', ')}.`);
    if (p.dropped.length > 0) out.push(`Removed ${p.dropped.join(', ')}: it named a report this run did not write.`);
    out.push('');
  }
  out.push('Per-iteration loop variables (Go 1.22) change run-time semantics only, not syntax or types, so they are not reported.', '');
  return out.join('\n');
}

/** The step's verdict on bad inputs: which inputs, which files (undefined when there are none). */
export function badInputsVerdict(bad: readonly BadInput[], rel: (abs: string) => string): string | undefined {
  if (bad.length === 0) return undefined;
  const byInput = new Map<string, string[]>();
  for (const b of bad) {
    const files = byInput.get(b.input) ?? [];
    if (b.file && !files.includes(b.file)) files.push(b.file);
    byInput.set(b.input, files);
  }
  const parts = [...byInput].map(
    ([input, files]) => `input "${input}"${files.length ? `: ${files.map((f) => printable(rel(f))).join(', ')}` : ''}`,
  );
  return `${bad.length} problem(s) with ${parts.join('; ')} (see the errors above); every other input was converted`;
}
