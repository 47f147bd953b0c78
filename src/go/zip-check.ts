// Reads a .zip's central directory (the list of members at the end of the file) and says whether
// it is safe to hand to an extractor: the Go release .zip for windows goes to @actions/tool-cache's
// extractZip (PowerShell on Windows, unzip elsewhere), which extracts whatever the list holds. So
// before it runs, this refuses what tar-guard.ts refuses for .tar.gz: absolute or `..` names
// (`/x`, `\x`, `C:x`, `a/../../x`), symlinks, devices, FIFOs, setuid/setgid modes, and a list over
// the limits (members, bytes of one member, bytes in all). A file whose directory cannot be read
// (not a zip, cut short, ZIP64, which no Go release needs) is refused as corrupt.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { TarLimits } from '../process/tar-guard.js';

const EOCD_SIG = 0x06054b50;
const ENTRY_SIG = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const EOCD_SEARCH = 22 + 0xffff;

export interface ZipMember {
  name: string;
  size: number;
  /** Unix mode from the upper half of the external attributes (0 when the zip was made elsewhere). */
  mode: number;
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, b, got, length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return b.subarray(0, got);
}

/** The members a zip's central directory lists; throws an Error saying why it cannot be read. */
export function listZip(file: string): ZipMember[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - EOCD_SEARCH);
    const tail = readAt(fd, tailStart, size - tailStart);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new Error('no end of central directory record: not a zip, or cut short');
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw new Error('a ZIP64 archive, which no Go release is');
    if (dirOffset + dirSize > tailStart + at) throw new Error('the central directory lies past the end of the file: cut short');
    const dir = readAt(fd, dirOffset, dirSize);
    const members: ZipMember[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== ENTRY_SIG)
        throw new Error(`central directory entry ${n + 1} of ${count} is damaged`);
      const madeBy = dir.readUInt8(p + 5);
      const nameLen = dir.readUInt16LE(p + 28);
      const extraLen = dir.readUInt16LE(p + 30);
      const commentLen = dir.readUInt16LE(p + 32);
      const external = dir.readUInt32LE(p + 38);
      const sizeField = dir.readUInt32LE(p + 24);
      if (sizeField === 0xffffffff) throw new Error('a ZIP64 member, which no Go release has');
      const name = dir.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      // 3 = made on Unix: the mode sits in the upper 16 bits of the external attributes.
      members.push({ name, size: sizeField, mode: madeBy === 3 ? external >>> 16 : 0 });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return members;
  } finally {
    closeSync(fd);
  }
}

const S_IFMT = 0o170000;
const kinds: Record<number, string> = {
  0o120000: 'a symlink',
  0o020000: 'a character device',
  0o060000: 'a block device',
  0o010000: 'a FIFO',
  0o140000: 'a socket',
};

/** Why a member may not be extracted; undefined when it may. */
export function refuseZipMember(m: ZipMember, limits: TarLimits): string | undefined {
  const name = JSON.stringify(m.name);
  if (/^([/\\]|[A-Za-z]:)/.test(m.name)) return `${name} is an absolute path`;
  if (m.name.split(/[/\\]/).includes('..')) return `${name} has a ".." part, which can lead outside the tree`;
  const kind = kinds[m.mode & S_IFMT];
  if (kind) return `${name} is ${kind}`;
  if (m.mode & 0o6000) return `${name} is setuid or setgid`;
  if (m.size > limits.maxFileBytes) return `${name} is ${m.size} bytes, over the ${limits.maxFileBytes}-byte limit for one file`;
  return undefined;
}

/** '' when the zip may be extracted, else what is wrong (`refused: ...` or `corrupt: ...`). */
export function checkZip(file: string, limits: TarLimits): string {
  let members: ZipMember[];
  try {
    members = listZip(file);
  } catch (e) {
    return `corrupt: ${(e as Error).message}`;
  }
  if (members.length > limits.maxMembers) return `refused: ${members.length} members, over the limit of ${limits.maxMembers}`;
  let total = 0;
  for (const m of members) {
    const why = refuseZipMember(m, limits);
    if (why) return `refused: ${why}`;
    total += m.size;
    if (total > limits.maxTotalBytes) return `refused: the members hold more than ${limits.maxTotalBytes} bytes in all`;
  }
  return '';
}
