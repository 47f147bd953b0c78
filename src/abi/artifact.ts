// Owns recognising what a base/head path is: a Go executable, a Go archive, or something else
// (said plainly: ELF non-Go, C archive, shell script, text), and pairing directories by relative path.
import { closeSync, openSync, statSync } from 'node:fs';
import { listFiles } from '../fs/tree.js';
import { hasSection, isElfMagic, readElfInfo, readFully, type ElfInfo } from './elf.js';

export type ArtifactKind = 'go-executable' | 'go-archive' | 'executable';

export interface Artifact {
  path: string;
  kind: ArtifactKind;
  /** Present for ELF files. */
  elf?: ElfInfo;
  /** ELF without .symtab: `-s -w` (or strip) removed the symbols nm reads. */
  stripped: boolean;
  /** From a Go archive header (`go object linux amd64 go1.23.5`). */
  goos?: string;
  goarch?: string;
  goVersion?: string;
  bytes: number;
}

export class NotGoOutput extends Error {
  override name = 'NotGoOutput';
}

const elfTypes: Record<number, string> = { 1: 'relocatable object', 2: 'executable', 3: 'shared object or PIE executable', 4: 'core dump' };

function head(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readFully(fd, buf, 0));
  } finally {
    closeSync(fd);
  }
}

/** Says what a non-Go file is, for the error message. */
export function describeContent(buf: Buffer): string {
  if (buf.length === 0) return 'an empty file';
  if (buf.toString('latin1', 0, 2) === '#!') return `a script (${buf.toString('latin1', 0, Math.min(buf.length, 80)).split('\n')[0]})`;
  if (buf.toString('latin1', 0, 8) === '!<arch>\n') return 'an ar archive that is not a Go archive (a C static library?)';
  if (buf[0] === 0x1f && buf[1] === 0x8b) return 'a gzip file';
  if (buf.toString('latin1', 0, 4) === 'PK\x03\x04') return 'a zip file';
  const sample = buf.subarray(0, 512);
  const binary = sample.some((b) => b === 0 || (b < 9 && b !== 0));
  return binary ? 'a binary file of unknown format' : 'a text file';
}

/** Parses the `go object <goos> <goarch> <version>` line that opens a Go archive's __.PKGDEF member. */
export function parseGoObjectHeader(buf: Buffer): { goos: string; goarch: string; goVersion: string } | undefined {
  const text = buf.toString('latin1');
  const m = /go object (\S+) (\S+) (go\S+)/.exec(text);
  return m ? { goos: m[1]!, goarch: m[2]!, goVersion: m[3]! } : undefined;
}

/** Inspects one file; throws NotGoOutput (saying what the file is) when it is not a Go build output. */
export async function inspectArtifact(file: string): Promise<Artifact> {
  const st = statSync(file);
  // A FIFO or device would block the read below (or never end): only regular files are build outputs.
  if (!st.isFile())
    throw new NotGoOutput(`is ${st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file'}`);
  const buf = head(file, 4096);
  if (isElfMagic(buf)) {
    const elf = await readElfInfo(file);
    const goMarkers = ['.go.buildinfo', '.gopclntab', '.note.go.buildid', '.gosymtab'];
    if (!goMarkers.some((m) => hasSection(elf, m))) {
      throw new NotGoOutput(
        `is an ELF ${elfTypes[elf.type] ?? `file (type ${elf.type})`} for ${elf.goarch} that was not built by Go (no .go.buildinfo or .gopclntab section)`,
      );
    }
    return { path: file, kind: 'go-executable', elf, stripped: !hasSection(elf, '.symtab'), goarch: elf.goarch, bytes: st.size };
  }
  if (buf.toString('latin1', 0, 8) === '!<arch>\n' || buf.toString('latin1', 0, 10) === 'go object ') {
    const hdr = parseGoObjectHeader(buf);
    if (!hdr) throw new NotGoOutput(`is ${describeContent(buf)}`);
    return { path: file, kind: 'go-archive', stripped: false, ...hdr, bytes: st.size };
  }
  // Mach-O (feedface/feedfacf, either order) and PE (MZ): go tool nm reads them; the dynamic section check is ELF-only.
  const magic = buf.length >= 4 ? buf.readUInt32BE(0) : 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic) || buf.toString('latin1', 0, 2) === 'MZ') {
    return { path: file, kind: 'executable', stripped: false, bytes: st.size };
  }
  throw new NotGoOutput(`is ${describeContent(buf)}, not a Go executable or archive`);
}

export interface Pairing {
  /** Relative paths present on both sides. */
  pairs: string[];
  onlyBase: string[];
  onlyHead: string[];
}

/** Regular files under dir, relative, sorted. Hidden directories (.git) are skipped. */
export async function listArtifactFiles(dir: string): Promise<string[]> {
  return listFiles(dir, { skip: (name, _dir, isDirectory) => isDirectory && name.startsWith('.') });
}

export function pairByRelativePath(base: readonly string[], head: readonly string[]): Pairing {
  const h = new Set(head);
  const b = new Set(base);
  return { pairs: base.filter((f) => h.has(f)), onlyBase: base.filter((f) => !h.has(f)), onlyHead: head.filter((f) => !b.has(f)) };
}
