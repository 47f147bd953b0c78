// Owns suppression specs: one `pattern reason...` per line (pattern = glob or /regex/), matched
// against a finding's subject (a normalized symbol, `lib:<soname>`, `import:<symbol>`, `setting:<name>`, `module:<path>`).
export interface Suppression {
  pattern: string;
  reason: string;
  line: number;
  test(subject: string): boolean;
}

export class SuppressionError extends Error {
  override name = 'SuppressionError';
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Parses a suppressions file; `source` names it in errors. Every pattern needs a reason. */
export function parseSuppressions(text: string, source: string): Suppression[] {
  const out: Suppression[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let pattern: string;
    let reason: string;
    let re: RegExp;
    if (line.startsWith('/')) {
      const end = line.indexOf('/ ', 1) >= 0 ? line.indexOf('/ ', 1) : line.endsWith('/') && line.length > 1 ? line.length - 1 : -1;
      if (end <= 0)
        throw new SuppressionError(
          `${source}:${i + 1}: regex "${line}" has no closing "/" followed by a reason; write: /pattern/ why it is fine`,
        );
      pattern = line.slice(0, end + 1);
      reason = line.slice(end + 1).trim();
      try {
        re = new RegExp(line.slice(1, end));
      } catch (e) {
        throw new SuppressionError(`${source}:${i + 1}: ${pattern} is not a valid regular expression: ${(e as Error).message}`);
      }
    } else {
      const sp = line.search(/\s/);
      pattern = sp < 0 ? line : line.slice(0, sp);
      reason = sp < 0 ? '' : line.slice(sp).trim();
      re = globToRegExp(pattern);
    }
    if (!reason)
      throw new SuppressionError(
        `${source}:${i + 1}: "${pattern}" has no reason; write the pattern, a space, then why the change is accepted`,
      );
    out.push({ pattern, reason, line: i + 1, test: (s) => re.test(s) });
  });
  return out;
}

export function findSuppression(list: readonly Suppression[], subject: string): Suppression | undefined {
  return list.find((s) => s.test(subject));
}
