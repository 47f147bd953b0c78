// Owns reading the parts of an ELF file abi-diff needs, in TypeScript over positioned reads:
// header, section table, DT_NEEDED libraries and undefined dynamic symbols. Memory is bounded by
// the section table, .dynstr and one chunk of .dynsym at a time; the file is never read whole.
// The reads are synchronous: a few small reads of a local file cost less than a thread-pool round
// trip each (and node:fs/promises ~10 ms to load); compare.ts makes them after spawning nm, while
// the process would otherwise wait for its listings.
import { closeSync, openSync, readSync } from 'node:fs';

export interface ElfSection {
  name: string;
  type: number;
  offset: number;
  size: number;
  link: number;
  entsize: number;
}

export interface ElfInfo {
  class: 32 | 64;
  littleEndian: boolean;
  /** ET_REL 1, ET_EXEC 2, ET_DYN 3. */
  type: number;
  machine: number;
  /** GOARCH spelling of e_machine, or `machine-<n>` when Go has no port for it. */
  goarch: string;
  sections: ElfSection[];
  interpreter: string;
}

export interface DynamicInfo {
  needed: string[];
  /** Undefined dynamic symbols: what the binary imports from shared libraries (malloc, dlopen, getaddrinfo...). */
  imports: string[];
}

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const DT_NEEDED = 1;
const PT_INTERP = 3;
const machines: Record<number, string> = {
  3: '386',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  62: 'amd64',
  183: 'arm64',
  243: 'riscv64',
  258: 'loong64',
};
/** Cap on one table read: real .dynstr/.shstrtab are KBs; this stops a corrupt header from allocating GBs. */
const maxTable = 64 * 1024 * 1024;

export class ElfError extends Error {
  override name = 'ElfError';
}

/** Positioned, bounds-checked reads in the file's byte order (shared with go-sections.ts). */
export class Reader {
  constructor(
    readonly fd: number,
    readonly le: boolean,
    readonly is64: boolean,
  ) {}
  bytes(offset: number, length: number): Buffer {
    if (length < 0 || length > maxTable) throw new ElfError(`ELF table of ${length} bytes at ${offset} is not plausible`);
    const buf = Buffer.allocUnsafe(length);
    const got = readFully(this.fd, buf, offset);
    if (got < length) throw new ElfError(`ELF file is truncated (wanted ${length} bytes at ${offset})`);
    return buf;
  }
  u16(b: Buffer, o: number): number {
    return this.le ? b.readUInt16LE(o) : b.readUInt16BE(o);
  }
  u32(b: Buffer, o: number): number {
    return this.le ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  /** 64-bit field; offsets and sizes fit in a double for any real file. (Two 32-bit reads: no BigInt in cold code.) */
  u64(b: Buffer, o: number): number {
    return this.le ? b.readUInt32LE(o) + b.readUInt32LE(o + 4) * 0x1_0000_0000 : b.readUInt32BE(o) * 0x1_0000_0000 + b.readUInt32BE(o + 4);
  }
  /** Word-sized (address/offset) field of this ELF class. */
  word(b: Buffer, o: number): number {
    return this.is64 ? this.u64(b, o) : this.u32(b, o);
  }
}

export function isElfMagic(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF';
}

/** Reads buf.length bytes at `position` (fewer at the end of the file); returns how many were read. */
export function readFully(fd: number, buf: Buffer, position: number): number {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function cString(buf: Buffer, at: number): string {
  if (at >= buf.length) return '';
  const end = buf.indexOf(0, at);
  return buf.toString('utf8', at, end < 0 ? buf.length : end);
}

/** Opens an ELF file, reads its header and section table, runs fn, and closes the file. */
export async function withElf<T>(file: string, fn: (r: Reader, info: ElfInfo) => T | Promise<T>): Promise<T> {
  const fd = openSync(file, 'r');
  try {
    const ident = Buffer.alloc(64);
    const bytesRead = readFully(fd, ident, 0);
    if (bytesRead < 52 || !isElfMagic(ident)) throw new ElfError('not an ELF file');
    const is64 = ident[4] === 2;
    const r = new Reader(fd, ident[5] !== 2, is64);
    const h = ident;
    const type = r.u16(h, 16);
    const machine = r.u16(h, 18);
    const phoff = r.word(h, is64 ? 32 : 28);
    const shoff = r.word(h, is64 ? 40 : 32);
    const phentsize = r.u16(h, is64 ? 54 : 42);
    const phnum = r.u16(h, is64 ? 56 : 44);
    const shentsize = r.u16(h, is64 ? 58 : 46);
    const shnum = r.u16(h, is64 ? 60 : 48);
    const shstrndx = r.u16(h, is64 ? 62 : 50);
    const sections: ElfSection[] = [];
    if (shoff > 0 && shnum > 0) {
      const table = r.bytes(shoff, shnum * shentsize);
      const raw = [];
      for (let i = 0; i < shnum; i++) {
        const o = i * shentsize;
        raw.push({
          nameOff: r.u32(table, o),
          type: r.u32(table, o + 4),
          offset: r.word(table, is64 ? o + 24 : o + 16),
          size: r.word(table, is64 ? o + 32 : o + 20),
          link: r.u32(table, is64 ? o + 40 : o + 24),
          entsize: r.word(table, is64 ? o + 56 : o + 36),
        });
      }
      const strtab = raw[shstrndx];
      const names = strtab ? r.bytes(strtab.offset, strtab.size) : Buffer.alloc(0);
      for (const s of raw)
        sections.push({ name: cString(names, s.nameOff), type: s.type, offset: s.offset, size: s.size, link: s.link, entsize: s.entsize });
    }
    let interpreter = '';
    if (phoff > 0 && phnum > 0) {
      const ph = r.bytes(phoff, phnum * phentsize);
      for (let i = 0; i < phnum; i++) {
        const o = i * phentsize;
        if (r.u32(ph, o) !== PT_INTERP) continue;
        const off = r.word(ph, is64 ? o + 8 : o + 4);
        const size = r.word(ph, is64 ? o + 32 : o + 16);
        interpreter = cString(r.bytes(off, Math.min(size, 4096)), 0);
      }
    }
    const info: ElfInfo = {
      class: is64 ? 64 : 32,
      littleEndian: r.le,
      type,
      machine,
      goarch: machines[machine] ?? `machine-${machine}`,
      sections,
      interpreter,
    };
    return await fn(r, info);
  } finally {
    closeSync(fd);
  }
}

export function readElfInfo(file: string): Promise<ElfInfo> {
  return withElf(file, (_r, info) => info);
}

/** DT_NEEDED entries of .dynamic and the undefined symbols of .dynsym, both sorted and unique. */
export function readDynamic(file: string): Promise<DynamicInfo> {
  return withElf(file, (r, info) => {
    const needed = new Set<string>();
    const imports = new Set<string>();
    const dyn = info.sections.find((s) => s.type === SHT_DYNAMIC);
    if (dyn) {
      const strsec = info.sections[dyn.link];
      const dynstr = strsec ? r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
      const ent = r.is64 ? 16 : 8;
      const body = r.bytes(dyn.offset, dyn.size);
      for (let o = 0; o + ent <= body.length; o += ent) {
        const tag = r.word(body, o);
        if (tag === 0) break;
        if (tag === DT_NEEDED) needed.add(cString(dynstr, r.word(body, o + ent / 2)));
      }
    }
    const dynsym = info.sections.find((s) => s.type === SHT_DYNSYM);
    if (dynsym) {
      const strsec = info.sections[dynsym.link];
      const dynstr = strsec ? r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
      const ent = dynsym.entsize || (r.is64 ? 24 : 16);
      const perChunk = Math.max(1, Math.floor(65536 / ent));
      const total = Math.floor(dynsym.size / ent);
      for (let first = 0; first < total; first += perChunk) {
        const n = Math.min(perChunk, total - first);
        const chunk = r.bytes(dynsym.offset + first * ent, n * ent);
        for (let i = 0; i < n; i++) {
          const o = i * ent;
          const nameOff = r.u32(chunk, o);
          const shndx = r.u16(chunk, r.is64 ? o + 6 : o + 14);
          if (nameOff !== 0 && shndx === 0) imports.add(cString(dynstr, nameOff));
        }
      }
    }
    return { needed: [...needed].sort(), imports: [...imports].sort() };
  });
}

export function hasSection(info: ElfInfo, name: string): boolean {
  return info.sections.some((s) => s.name === name);
}
