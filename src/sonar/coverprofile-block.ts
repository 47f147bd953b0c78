// One coverprofile block line, "name:startLine.startCol,endLine.endCol statements count", read
// from bytes right to left (file names may hold ':' and ' '), with no string or object per line.

/** The block last parsed by parseBlock (module scope: no object per line). */
export const b = { colon: 0, sl: 0, sc: 0, el: 0, ec: 0, stmts: 0, count: 0 };

/**
 * "name:l.c,l.c stmts count" in buf[start, end), parsed from the right (names may hold ':' and ' ')
 * into `b`. One loop with locals: this runs once per block.
 */
export function parseBlock(buf: Buffer, start: number, end: number): boolean {
  // Fields right to left, each ended on its left by: ' ', ' ', '.', ',', '.', ':'.
  let field = 0;
  let v = 0;
  let mul = 1;
  let digits = 0;
  for (let i = end - 1; i > start; i--) {
    const c = buf[i]!;
    if (c >= 48 && c <= 57) {
      v += (c - 48) * mul;
      mul *= 10;
      digits++;
      continue;
    }
    if (digits === 0) return false;
    switch (field) {
      case 0:
        if (c !== 32) return false;
        b.count = v;
        break;
      case 1:
        if (c !== 32) return false;
        b.stmts = v;
        break;
      case 2:
        if (c !== 46) return false;
        b.ec = v;
        break;
      case 3:
        if (c !== 44) return false;
        b.el = v;
        break;
      case 4:
        if (c !== 46) return false;
        b.sc = v;
        break;
      default:
        if (c !== 58) return false;
        b.sl = v;
        b.colon = i;
        return true;
    }
    field++;
    v = 0;
    mul = 1;
    digits = 0;
  }
  return false;
}
