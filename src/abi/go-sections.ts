// Owns reading the Go-specific sections of an ELF executable, in TypeScript over elf.ts's positioned
// reads: the build info (.go.buildinfo: Go version, module info) and the pclntab function name table
// (.gopclntab: every function compiled out of line or inlined).
import { withElf } from './elf.js';

const buildInfoMagic = Buffer.from('\xff Go buildinf:', 'latin1');

function uvarint(buf: Buffer, at: number): [number, number] {
  let x = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i]!;
    x += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [x, i + 1];
    shift += 7;
  }
  return [-1, at];
}

/**
 * The Go version and module info string that `go version -m` prints, read from .go.buildinfo
 * (Go 1.18+ inline format, as debug/buildinfo does). Undefined for older pointer-based layouts:
 * callers fall back to `go version -m`.
 */
export function readGoBuildInfo(file: string): Promise<{ version: string; modinfo: string } | undefined> {
  return withElf(file, (r, info) => {
    const sec = info.sections.find((s) => s.name === '.go.buildinfo');
    if (!sec || sec.size < 32) return undefined;
    const data = r.bytes(sec.offset, sec.size);
    if (!data.subarray(0, 14).equals(buildInfoMagic) || (data[15]! & 2) === 0) return undefined;
    const [vlen, vat] = uvarint(data, 32);
    if (vlen < 0 || vat + vlen > data.length) return undefined;
    const version = data.toString('utf8', vat, vat + vlen);
    const [mlen, mat] = uvarint(data, vat + vlen);
    let modinfo = mlen > 0 && mat + mlen <= data.length ? data.toString('utf8', mat, mat + mlen) : '';
    // Module info is framed by 16-byte sentinels (cmd/go/internal/modload.infoStart/infoEnd).
    modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : '';
    return version ? { version, modinfo } : undefined;
  });
}

// pclntab header magics (runtime/symtab.go): Go 1.16–1.17, 1.18–1.19, 1.20+. Older layouts have
// no separate function name table.
const pclnMagic116 = 0xfffffffa;
const pclnMagic118 = 0xfffffff0;
const pclnMagic120 = 0xfffffff1;

/**
 * The executable's pclntab function name table (.gopclntab, Go 1.16+): NUL-terminated names of the
 * functions compiled out of line and, through the inlining tables, of those that exist only inlined
 * into others. Undefined when the file has none (not a Go executable, Go < 1.16, an unknown layout).
 */
export function readFuncNameTable(file: string): Promise<Buffer | undefined> {
  return withElf(file, (r, info) => {
    const sec = info.sections.find((s) => s.name === '.gopclntab');
    if (!sec || sec.size < 64) return undefined;
    const head = r.bytes(sec.offset, 64);
    const magic = r.u32(head, 0);
    const ptr = head[7]!;
    if (ptr !== 4 && ptr !== 8) return undefined;
    const field = (i: number): number => (ptr === 8 ? r.u64(head, 8 + 8 * i) : r.u32(head, 8 + 4 * i));
    // After nfunc and nfiles: 1.18+ has textStart, then funcnameOffset and cuOffset (where the names end).
    const at = magic === pclnMagic116 ? 2 : magic === pclnMagic118 || magic === pclnMagic120 ? 3 : -1;
    if (at < 0) return undefined;
    const from = field(at);
    const to = field(at + 1);
    if (!(from > 0 && to > from && to <= sec.size)) return undefined;
    return r.bytes(sec.offset + from, to - from);
  });
}
