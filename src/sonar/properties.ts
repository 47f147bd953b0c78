// sonar-project.properties: read what the user set, add what the Go reports need, keep theirs.
// Exclusion lists are extended (never replaced) so excluded generated/newer files still apply.

export interface PropertyMerge {
  text: string;
  /** Keys we wanted to set but the user had set: key → their value (kept). */
  kept: Map<string, string>;
  added: string[];
  /** Entries appended to list keys the user had set (sonar.exclusions...). */
  extended: Map<string, string[]>;
  /** Keys removed because they named a report of ours that this run did not write. */
  dropped: string[];
}

/** Java-properties reading, as far as sonar-project.properties files use it. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    const m = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(line) ?? /^((?:\\.|[^=:\s\\])+)$/.exec(line);
    if (!m) continue;
    out.set(unescape(m[1]!), unescape(m[2] ?? ''));
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length === 5
      ? String.fromCharCode(parseInt(c.slice(1), 16))
      : (({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[c] ?? c),
  );
}

function escapeValue(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/^\s/, (c) => `\\${c}`);
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Adds `wanted` keys the user has not set. List keys in `appends` (sonar.exclusions,
 * sonar.test.exclusions) are extended whether or not the user set them, skipping entries present.
 */
export function mergeProperties(
  existing: string,
  wanted: ReadonlyMap<string, string>,
  appends: ReadonlyMap<string, readonly string[]>,
  /** key → value: a line setting exactly this (one of our reports, not written this run) is removed. */
  drop: ReadonlyMap<string, string> = new Map(),
): PropertyMerge {
  const dropped: string[] = [];
  existing = existing
    .split('\n')
    .filter((line) => {
      const m = /^\s*([^=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
      const gone = m !== null && drop.get(m[1]!) === m[2];
      if (gone) dropped.push(m[1]!);
      return !gone;
    })
    .join('\n');
  const have = parseProperties(existing);
  const kept = new Map<string, string>();
  const added: string[] = [];
  const extended = new Map<string, string[]>();
  const lines: string[] = [];
  for (const [k, v] of wanted) {
    if (appends.has(k)) continue;
    if (have.has(k)) {
      if (have.get(k) !== v) kept.set(k, have.get(k)!);
      continue;
    }
    added.push(k);
    lines.push(`${k}=${escapeValue(v)}`);
  }
  for (const [k, entries] of appends) {
    const user = have.get(k);
    const base = user !== undefined ? splitList(user) : [];
    const extra = [...new Set(entries)].filter((e) => !base.includes(e));
    if (extra.length === 0) continue;
    if (user !== undefined) {
      // Later keys win in Java properties: restate the user's list with ours appended at the end.
      extended.set(k, extra);
      lines.push(`# sonar-go-compat: your ${k} plus ${extra.length} entries (see the job summary)`);
    } else added.push(k);
    lines.push(`${k}=${escapeValue([...base, ...extra].join(','))}`);
  }
  let text = existing;
  if (lines.length > 0) {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    text += `# Added by go-ci-kit sonar-go-compat\n${lines.join('\n')}\n`;
  }
  return { text, kept, added, extended, dropped };
}
