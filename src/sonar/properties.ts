// sonar-project.properties: read what the user set, add what the Go reports need, keep theirs.
// Only sonar.exclusions is extended (never replaced) so excluded generated/newer files still apply.

export interface PropertyMerge {
  text: string;
  /** Keys we wanted to set but the user had set: key → their value (kept). */
  kept: Map<string, string>;
  added: string[];
  /** Entries appended to the user's sonar.exclusions. */
  extendedExclusions: string[];
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
    c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[c] ?? c,
  );
}

function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/^\s/, (c) => `\\${c}`);
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Adds `wanted` keys the user has not set. `exclusions` are appended to sonar.exclusions whether
 * or not the user set it, skipping ones already present.
 */
export function mergeProperties(existing: string, wanted: ReadonlyMap<string, string>, exclusions: readonly string[]): PropertyMerge {
  const have = parseProperties(existing);
  const kept = new Map<string, string>();
  const added: string[] = [];
  const lines: string[] = [];
  for (const [k, v] of wanted) {
    if (k === 'sonar.exclusions') continue;
    if (have.has(k)) {
      if (have.get(k) !== v) kept.set(k, have.get(k)!);
      continue;
    }
    added.push(k);
    lines.push(`${k}=${escapeValue(v)}`);
  }
  const userExcl = have.get('sonar.exclusions');
  const base = userExcl !== undefined ? splitList(userExcl) : splitList(wanted.get('sonar.exclusions') ?? '');
  const extendedExclusions = exclusions.filter((e) => !base.includes(e));
  const allExcl = [...base, ...extendedExclusions];
  let text = existing;
  if (userExcl !== undefined && extendedExclusions.length > 0) {
    // Later keys win in Java properties: restate the user's list with ours appended at the end.
    lines.push(`# sonar-go-compat: the exclusions above plus ${extendedExclusions.length} added (see the job summary)`);
    lines.push(`sonar.exclusions=${escapeValue(allExcl.join(','))}`);
  } else if (userExcl === undefined && allExcl.length > 0) {
    added.push('sonar.exclusions');
    lines.push(`sonar.exclusions=${escapeValue(allExcl.join(','))}`);
  }
  if (lines.length > 0) {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    text += `# Added by go-ci-kit sonar-go-compat\n${lines.join('\n')}\n`;
  }
  return { text, kept, added, extendedExclusions: userExcl !== undefined ? extendedExclusions : [] };
}
