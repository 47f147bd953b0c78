// Text from user files on its way into a message, annotation or summary: control bytes (NUL, ESC,
// newlines that would start a runner command) are shown as escapes and long text is clipped, so a
// binary or hostile report can never write raw bytes into a log line.

function isControl(n: number): boolean {
  return n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0x2028 || n === 0x2029;
}

function escape(n: number): string {
  if (n === 9) return '\\t';
  if (n === 10) return '\\n';
  if (n === 13) return '\\r';
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** Control characters (C0, DEL, C1, line/paragraph separators) as \xNN / \uNNNN escapes. */
export function printable(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const n = s.charCodeAt(i);
    if (!isControl(n)) continue;
    out += s.slice(from, i) + escape(n);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** printable() of at most `max` characters (a coverprofile line, a noise line). */
export function clip(s: string, max = 120): string {
  return printable(s.length > max ? `${s.slice(0, max - 3)}...` : s);
}
