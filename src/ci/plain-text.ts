// Owns how Markdown summaries and outputs read in a plain job log (GitLab, a terminal): tables
// with aligned columns, headings as lines, no HTML and no code backticks. The Markdown itself stays
// in the summary file for artifacts; only the log gets this rendering. Pure functions.

/** Longest cell shown in the log; the summary file keeps the whole text. */
const maxCell = 100;

function clip(text: string, max = maxCell): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Inline Markdown and HTML to plain text: `code`, **bold**, [text](url), <tags>, entities. */
export function plainInline(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\\|/g, '|')
    .trim();
}

/** Splits a Markdown table row on unescaped pipes. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => plainInline(c));
}

/** Rows as aligned columns, two spaces apart. */
export function alignedTable(rows: readonly (readonly string[])[]): string[] {
  const clipped = rows.map((r) => r.map((c) => clip(c)));
  const widths: number[] = [];
  for (const r of clipped) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return clipped.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

const isSeparator = (line: string): boolean => /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?\|?\s*$/.test(line);

/** A Markdown summary as plain log lines: headings and paragraphs as text, tables aligned, HTML dropped. */
export function markdownToPlain(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().startsWith('|') && isSeparator(lines[i + 1] ?? '')) {
      const rows = [cells(line)];
      for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
      i--;
      out.push(...alignedTable(rows).map((l) => `  ${l}`));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const text = plainInline(heading ? heading[1]! : line);
    if (text === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(text);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n') + '\n';
}

/** Outputs as a two-column table (multi-line values on their first line, marked). */
export function outputsTable(outputs: ReadonlyMap<string, string>): string {
  if (outputs.size === 0) return '';
  const rows = [...outputs].map(([k, v]) => [k, v.includes('\n') ? `${v.split('\n')[0]!} (+${v.split('\n').length - 1} lines)` : v]);
  return ['outputs:', ...alignedTable([['name', 'value'], ...rows]).map((l) => `  ${l}`)].join('\n') + '\n';
}

/** GitLab's collapsible log sections: names allow [A-Za-z0-9_.-] only. */
export function sectionName(title: string, n: number): string {
  return `gck_${n}_${title
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '_')
    .slice(0, 40)}`;
}

export function sectionStart(name: string, header: string, at: Date = new Date()): string {
  return `\u001b[0Ksection_start:${Math.floor(at.getTime() / 1000)}:${name}[collapsed=true]\r\u001b[0K${header}\n`;
}

export function sectionEnd(name: string, at: Date = new Date()): string {
  return `\u001b[0Ksection_end:${Math.floor(at.getTime() / 1000)}:${name}\r\u001b[0K\n`;
}
