// Readers for go vet text and golangci-lint checkstyle/JSON output, and the path rewrite that makes
// their file names relative to the project base dir.
import type { Resolution } from './project-paths.js';
import { printable } from './text.js';

export interface LintIssue {
  /** File name as the tool printed it; rewritten in place by rewriteIssues. */
  file: string;
  line: number;
  column?: number;
  message: string;
  /** go vet: "govet"; golangci-lint: the linter (FromLinter / checkstyle source). */
  linter: string;
  severity: string;
}

export class LintReportError extends Error {
  override name = 'LintReportError';
}

const vetLine = /^(.+?\.go):(\d+)(?::(\d+))?: (.*)$/;

/** go vet's text (stderr): `file:line:col: message`; `# pkg` headers and other lines are skipped. */
export function parseVetText(text: string): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const line of text.split('\n')) {
    const m = vetLine.exec(line.trimEnd());
    if (!m) continue;
    issues.push({
      file: m[1]!,
      line: Number(m[2]),
      ...(m[3] ? { column: Number(m[3]) } : {}),
      message: m[4]!,
      linter: 'govet',
      severity: 'warning',
    });
  }
  return issues;
}

const xmlEntities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);|&#(\d+);|&#x([0-9a-f]+);/gi, (all, _n, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (xmlEntities[all] ?? all),
  );
}

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** golangci-lint `--out-format checkstyle` / v2 `--output.checkstyle.path`. */
export function parseCheckstyle(xml: string, source: string): LintIssue[] {
  if (!/<checkstyle[\s>]/.test(xml))
    throw new LintReportError(`golangci-lint report ${source} is not checkstyle XML (no <checkstyle> element) nor JSON`);
  const issues: LintIssue[] = [];
  for (const f of xml.matchAll(/<file\b([^>]*?)(?:\/>|>([\s\S]*?)<\/file>)/g)) {
    const name = attrs(f[1]!).get('name');
    if (!name) continue;
    for (const e of (f[2] ?? '').matchAll(/<error\b([^>]*?)\/?>/g)) {
      const a = attrs(e[1]!);
      const col = Number(a.get('column') ?? '0');
      issues.push({
        file: name,
        line: Number(a.get('line') ?? '1') || 1,
        ...(col > 0 ? { column: col } : {}),
        message: a.get('message') ?? '',
        linter: a.get('source') ?? 'golangci-lint',
        severity: a.get('severity') ?? 'warning',
      });
    }
  }
  return issues;
}

interface GolangciJson {
  Issues?: { FromLinter?: string; Text?: string; Severity?: string; Pos?: { Filename?: string; Line?: number; Column?: number } }[] | null;
}

/** golangci-lint `--out-format json` / v2 `--output.json.path`. */
export function parseGolangciJson(text: string, source: string): LintIssue[] {
  let doc: GolangciJson;
  try {
    doc = JSON.parse(text) as GolangciJson;
  } catch (e) {
    throw new LintReportError(
      `golangci-lint report ${source} is not valid JSON (${printable((e as Error).message)}); expected the output of golangci-lint run --out-format json`,
    );
  }
  return (doc.Issues ?? []).map((i) => ({
    file: i.Pos?.Filename ?? '',
    line: i.Pos?.Line ?? 1,
    ...(i.Pos?.Column ? { column: i.Pos.Column } : {}),
    message: i.Text ?? '',
    linter: i.FromLinter ?? 'golangci-lint',
    severity: i.Severity || 'warning',
  }));
}

/** Checkstyle or JSON, by content. */
export function parseGolangci(text: string, source: string): LintIssue[] {
  const t = text.trimStart();
  if (t === '') return [];
  return t.startsWith('{') ? parseGolangciJson(t, source) : parseCheckstyle(t, source);
}

/** Rewrites file names; issues whose file maps nowhere are returned apart (with why), suffix matches listed. */
export function rewriteIssues(
  issues: readonly LintIssue[],
  resolve: (file: string) => Resolution,
): { kept: LintIssue[]; unmapped: Map<string, string>; bySuffix: Map<string, string> } {
  const kept: LintIssue[] = [];
  const unmapped = new Map<string, string>();
  const bySuffix = new Map<string, string>();
  for (const i of issues) {
    const r = resolve(i.file);
    if (r.ok) kept.push({ ...i, file: r.rel });
    else unmapped.set(i.file, r.why);
    if (r.ok && r.bySuffix) bySuffix.set(i.file, r.rel);
  }
  return { kept, unmapped, bySuffix };
}
