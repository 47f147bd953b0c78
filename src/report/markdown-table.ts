// Owns small Markdown building blocks for summaries and report files: tables and collapsible sections.

/** Escapes a cell: pipes and newlines would break the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cols: readonly string[]): string => `| ${cols.map(cell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A `<details>` block; GitHub renders Markdown inside when blank lines surround it. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
