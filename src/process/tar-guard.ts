// Reads a tar stream on its way from the decompressor to `tar -x` (src/process/pipeline.ts puts
// it in the middle) and lets through only what is safe to extract: every header is checked BEFORE
// tar sees it, so a refused member never touches the disk. Refused: device nodes, FIFOs, sparse
// and other special members, setuid/setgid modes, absolute or `..` names and link targets,
// names another reader could take for another path (a NUL, a backslash, an empty or "." part),
// symlinks (all of them, or, with symlinks "inside", those whose target is absolute or has a `..`
// part: such a target can only lead deeper into the tree, never out of it), and any member that
// takes the stream over its size limits. A stream that is not tar (bad header checksum, no end
// marker) is corrupt. Parsed: ustar headers with octal or base-256 sizes, pax `x` headers (path,
// linkpath, size) and GNU long names (`L`, `K`), which is what GNU tar and Go's archive/tar write.
import { Transform, type TransformCallback } from 'node:stream';

export interface TarLimits {
  /** Most bytes the extracted tree may hold (each member also counts one 512-byte block). */
  maxTotalBytes: number;
  /** Most bytes one file may hold. */
  maxFileBytes: number;
  /** Most members (files, directories, links). */
  maxMembers: number;
}

export interface TarRules {
  /** "none": any symlink is refused; "inside": only targets that cannot leave the tree. */
  symlinks: 'none' | 'inside';
  limits: TarLimits;
  /** Names (as stored, without a leading "./") whose content is kept for the caller, e.g. a manifest; at most 64 KiB each; the first member of a name counts. */
  capture?: readonly string[];
  /**
   * Every member reaches tar with this mtime (seconds since the epoch) instead of its own: the
   * header field is rewritten and pax mtime/atime/ctime records are set to it too. This is how a
   * tar without --mtime (bsdtar) still gets back-dated build caches: on the way in, not at save.
   * The guard then rewrites the chunks it is given in place (no copy of a 174 MB stream): its
   * input must be a stream nobody else reads (a decompressor's output).
   */
  mtime?: number;
}

/** Why a stream was refused: poisoned (a member we never extract), too-big (a limit), corrupt (not a valid tar stream). */
export type TarRefusal = 'poisoned' | 'too-big' | 'corrupt';

export class TarRefused extends Error {
  override name = 'TarRefused';
  constructor(
    readonly reason: TarRefusal,
    message: string,
    /** Raised when the stream ended early: then a failing producer is the cause, not this. */
    readonly atEnd = false,
  ) {
    super(message);
  }
}

const BLOCK = 512;
const CAPTURE_MAX = 64 * 1024;
const TYPES: Record<string, string> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  S: 'a sparse file',
  V: 'a volume label',
  M: 'a multi-volume continuation',
  N: 'an old GNU long-name member',
  D: 'a GNU dump directory',
};

function text(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const nul = s.indexOf(0);
  return (nul < 0 ? s : s.subarray(0, nul)).toString('utf8');
}

function octal(b: Buffer, start: number, len: number): number {
  if (b[start]! & 0x80) {
    // base-256 (GNU): big-endian two's complement; a negative size is corrupt.
    if (b[start]! & 0x40) return NaN;
    let n = b[start]! & 0x3f;
    for (let i = 1; i < len; i++) n = n * 256 + b[start + i]!;
    return n;
  }
  const s = text(b, start, len).trim();
  return s === '' ? 0 : /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}

function checksumOk(h: Buffer): boolean {
  const want = octal(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 0x20 : h[i]!;
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  return want === unsigned || want === signed;
}

/** pax records: "<len> <key>=<value>\n"... */
function paxRecords(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const sp = data.indexOf(0x20, at);
    if (sp < 0) break;
    const len = Number(data.subarray(at, sp).toString());
    if (!(len > 0) || at + len > data.length) throw new TarRefused('corrupt', 'a pax header record has a bad length');
    const rec = data.subarray(sp + 1, at + len - 1).toString('utf8');
    const eq = rec.indexOf('=');
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    at += len;
  }
  return out;
}

const clean = (name: string) => name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
const escapes = (p: string) => p.startsWith('/') || p.split('/').includes('..');
/**
 * A name that means something else to another reader: a NUL (C cuts the name there), a backslash
 * (a separator to bsdtar on Windows runners), or an empty or "." part inside ("a//b", "a/./b": Go
 * never writes one). "." and "./" alone are the root.
 */
const ambiguous = (p: string) => p !== '.' && p !== '' && (/[\0\\]/.test(p) || p.split('/').some((part) => part === '' || part === '.'));

/** keepFor: 'pax', 'global', 'L', 'K' (headers that describe the next member) or `capture:<name>`. */
type State = { kind: 'header' } | { kind: 'data'; left: number; pad: number; keep?: Buffer[]; keepFor?: string; held?: Buffer };

const TIMES = new Set(['mtime', 'atime', 'ctime']);

/**
 * Sets every mtime/atime/ctime record of pax data to seconds without changing any record's
 * length: "1764633600.123456789" becomes "1000000000.000000000". False, with nothing changed,
 * when a value is too short for that or a record is malformed (the caller rebuilds the header).
 */
function retimeInPlace(data: Buffer, seconds: number): boolean {
  const want = String(seconds);
  const spots: [number, number][] = [];
  let at = 0;
  while (at < data.length) {
    const sp = data.indexOf(0x20, at);
    if (sp < 0 || sp - at > 20) return false;
    const len = Number(data.toString('latin1', at, sp));
    if (!(len > 0) || at + len > data.length || data[at + len - 1] !== 0x0a) return false;
    const eq = data.indexOf(0x3d, sp);
    if (eq < 0 || eq >= at + len) return false;
    if (TIMES.has(data.toString('latin1', sp + 1, eq))) {
      const room = at + len - 1 - (eq + 1);
      if (room !== want.length && room < want.length + 2) return false;
      spots.push([eq + 1, room]);
    }
    at += len;
  }
  for (const [start, room] of spots)
    data.write(room === want.length ? want : `${want}.${'0'.repeat(room - want.length - 1)}`, start, 'latin1');
  return true;
}

/** One pax record: its length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(body);
  let len = bytes + 1;
  while (String(len).length + bytes !== len) len = String(len).length + bytes;
  return Buffer.from(`${len}${body}`);
}

/** Writes an octal field (NUL-terminated) into a header. */
function setOctal(h: Buffer, start: number, len: number, value: number): void {
  h.write(value.toString(8).padStart(len - 1, '0') + '\0', start, len, 'latin1');
}

function setChecksum(h: Buffer): void {
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i]!;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
}

export class TarGuard extends Transform {
  private pending = Buffer.alloc(0);
  private state: State = { kind: 'header' };
  private pax = new Map<string, string>();
  private longName?: string;
  private longLink?: string;
  private zeroBlocks = 0;
  /** What the current input chunk lets through so far (pass). */
  private outgoing: Buffer[] = [];
  private ended = false;
  private total = 0;
  private members = 0;
  /** Captured contents by name (see TarRules.capture). */
  readonly captured = new Map<string, Buffer>();

  constructor(private readonly rules: TarRules) {
    // A decompressor hands over 64 KiB and more at a time: room for a few such chunks each side.
    super({ readableHighWaterMark: 1024 * 1024, writableHighWaterMark: 1024 * 1024 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      // What one input chunk lets through goes out as one buffer (see pass).
      const out = this.checkChunk(chunk);
      if (out.length === 1) this.push(out[0]);
      else if (out.length > 1) this.push(Buffer.concat(out));
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.checkEnd();
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  /**
   * The guard without the stream (a relay, relay.ts): checks one chunk and returns what goes on to
   * tar, pieces of the chunk itself where they pass unchanged; throws TarRefused. Nothing returned
   * or kept refers to the chunk after the call, so the caller may read into it again once the
   * pieces are written.
   */
  checkChunk(chunk: Buffer): Buffer[] {
    this.consume(chunk);
    const out = this.outgoing;
    this.outgoing = [];
    return out;
  }

  /** At the end of the stream: throws TarRefused (atEnd) when it stopped before its end marker. */
  checkEnd(): void {
    if (!this.ended) throw new TarRefused('corrupt', 'the archive ends before its end-of-archive marker (truncated)', true);
  }

  private consume(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.ended) {
        // Trailing zero padding after the end marker goes through untouched.
        this.pass(chunk.subarray(at));
        return;
      }
      if (this.state.kind === 'data') {
        const s = this.state;
        const n = Math.min(chunk.length - at, s.left + s.pad);
        const part = chunk.subarray(at, at + n);
        if (s.keep) {
          const body = part.subarray(0, Math.max(0, Math.min(n, s.left)));
          if (body.length) s.keep.push(Buffer.from(body));
        }
        // A held pax header goes out rewritten once its data is complete (finishData).
        if (!s.held) this.pass(part);
        const fromBody = Math.min(n, s.left);
        s.left -= fromBody;
        s.pad -= n - fromBody;
        at += n;
        if (s.left === 0 && s.pad === 0) this.finishData(s);
        continue;
      }
      if (this.pending.length === 0 && chunk.length - at >= BLOCK) {
        // The whole header is in this chunk: read (and with rules.mtime, rewritten) where it lies,
        // so what passes stays one piece of the chunk.
        const header = chunk.subarray(at, at + BLOCK);
        at += BLOCK;
        this.header(header, chunk.subarray(at));
        continue;
      }
      const need = BLOCK - this.pending.length;
      const take = chunk.subarray(at, at + need);
      at += take.length;
      this.pending = this.pending.length ? Buffer.concat([this.pending, take]) : Buffer.from(take);
      if (this.pending.length < BLOCK) return;
      const header = this.pending;
      this.pending = Buffer.alloc(0);
      this.header(header);
    }
  }

  /**
   * Queues bytes for tar. What one input chunk lets through goes out as one buffer (pieces that
   * lie side by side in memory are joined without a copy): a write per header and per member
   * would cost tar a wake-up each, which on a cache of small files is most of the restore's CPU.
   */
  private pass(b: Buffer): void {
    if (b.length === 0) return;
    const last = this.outgoing[this.outgoing.length - 1];
    if (last && last.buffer === b.buffer && last.byteOffset + last.length === b.byteOffset)
      this.outgoing[this.outgoing.length - 1] = Buffer.from(last.buffer, last.byteOffset, last.length + b.length);
    else this.outgoing.push(b);
  }

  private finishData(s: Extract<State, { kind: 'data' }>): void {
    this.state = { kind: 'header' };
    if (!s.keep || s.keepFor === undefined) return;
    const data = Buffer.concat(s.keep);
    if (s.keepFor === 'pax' || s.keepFor === 'global') {
      const recs = paxRecords(data);
      for (const k of recs.keys()) {
        if (k.startsWith('GNU.sparse')) throw new TarRefused('poisoned', 'the archive holds a sparse file (pax GNU.sparse)');
        if (s.keepFor === 'global' && ['path', 'linkpath', 'size'].includes(k))
          throw new TarRefused('poisoned', `the archive has a global pax header that sets ${k} for every member`);
      }
      if (s.keepFor === 'pax') this.pax = recs;
      if (s.held) this.pushWithoutTimes(s.held, recs);
    } else if (s.keepFor === 'L') this.longName = text(data, 0, data.length);
    else if (s.keepFor === 'K') this.longLink = text(data, 0, data.length);
    else {
      const name = s.keepFor.slice('capture:'.length);
      if (!this.captured.has(name)) this.captured.set(name, data);
    }
  }

  /** Sends a held pax header on with its time records dropped (the member's own header carries the mtime). */
  private pushWithoutTimes(header: Buffer, recs: Map<string, string>): void {
    const data = Buffer.concat([...recs].filter(([k]) => !TIMES.has(k)).map(([k, v]) => paxRecord(k, v)));
    const h = Buffer.from(header);
    setOctal(h, 124, 12, data.length);
    setChecksum(h);
    this.pass(h);
    if (data.length) this.pass(Buffer.concat([data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)]));
  }

  private refuse(reason: TarRefusal, message: string): never {
    throw new TarRefused(reason, message);
  }

  /** h: one header block; rest: what follows it in the same input chunk, when h came whole from one. */
  private header(h: Buffer, rest?: Buffer): void {
    if (h.every((b) => b === 0)) {
      if (++this.zeroBlocks === 2) this.ended = true;
      this.pass(h);
      return;
    }
    if (this.zeroBlocks) this.refuse('corrupt', 'a zero block is followed by more members');
    if (!checksumOk(h)) this.refuse('corrupt', `a header has a bad checksum after ${this.members} members (not a tar stream, or damaged)`);
    const type = String.fromCharCode(h[156]!);
    let size = octal(h, 124, 12);
    if (Number.isNaN(size)) this.refuse('corrupt', 'a header has an unreadable size');
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (size > CAPTURE_MAX) this.refuse('too-big', `a ${type} header of ${size} bytes`);
      // Back-dating a pax header: its time values are rewritten where they lie when its records
      // are in this chunk and each value has room; else it is held and sent on rebuilt.
      const hold =
        this.rules.mtime !== undefined &&
        (type === 'x' || type === 'g') &&
        !(rest && rest.length >= size && retimeInPlace(rest.subarray(0, size), this.rules.mtime));
      if (!hold) this.pass(h);
      // A held header is a copy: the chunk it lies in may be read into again before its data is complete.
      this.startData(size, type === 'x' ? 'pax' : type === 'g' ? 'global' : type, hold ? Buffer.from(h) : undefined);
      return;
    }
    const prefix = h.subarray(257, 263).toString('latin1').startsWith('ustar') ? text(h, 345, 155) : '';
    const raw = this.pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${text(h, 0, 100)}` : text(h, 0, 100));
    const link = this.pax.get('linkpath') ?? this.longLink ?? text(h, 157, 100);
    if (this.pax.has('size')) size = Number(this.pax.get('size'));
    this.pax = new Map();
    this.longName = this.longLink = undefined;
    const name = clean(raw);
    const mode = octal(h, 100, 8);
    const what = `"${name}"`;
    if (TYPES[type]) this.refuse('poisoned', `${what} is ${TYPES[type]}`);
    if (!['0', '\0', '7', '1', '2', '5'].includes(type))
      this.refuse('poisoned', `${what} has the unknown tar type ${JSON.stringify(type)}`);
    if (escapes(name)) this.refuse('poisoned', `${what} is an absolute path or climbs out with ".."`);
    if (ambiguous(name)) this.refuse('poisoned', `${JSON.stringify(raw)} has a NUL, a backslash, or an empty or "." part`);
    if (mode & 0o6000) this.refuse('poisoned', `${what} is setuid or setgid (mode ${mode.toString(8)})`);
    if (type === '1' && escapes(clean(link))) this.refuse('poisoned', `${what} is a hard link to "${link}", outside the tree`);
    if (type === '1' && ambiguous(clean(link)))
      this.refuse('poisoned', `${what} is a hard link to ${JSON.stringify(link)}, which is not a plain name`);
    if (type === '2') {
      if (this.rules.symlinks === 'none') this.refuse('poisoned', `${what} is a symlink (to "${link}"); this tree never holds symlinks`);
      if (escapes(link)) this.refuse('poisoned', `${what} is a symlink to "${link}", which can lead outside the tree`);
    }
    const isFile = (type === '0' || type === '\0' || type === '7') && !raw.endsWith('/');
    // GNU tar and Go's archive/tar store no data for links and directories; one that claims some
    // could be skipped differently by tar than here, so it is refused rather than guessed at.
    if (!isFile && size !== 0) this.refuse('corrupt', `${what} is a link or directory that claims ${size} bytes of data`);
    if (++this.members > this.rules.limits.maxMembers)
      this.refuse('too-big', `the archive has more than ${this.rules.limits.maxMembers} members`);
    if (size > this.rules.limits.maxFileBytes)
      this.refuse('too-big', `${what} is ${size} bytes, over the ${this.rules.limits.maxFileBytes}-byte limit for one file`);
    this.total += size + BLOCK;
    if (this.total > this.rules.limits.maxTotalBytes)
      this.refuse('too-big', `the archive extracts to more than ${this.rules.limits.maxTotalBytes} bytes (at ${what})`);
    if (this.rules.mtime !== undefined) {
      setOctal(h, 136, 12, this.rules.mtime);
      setChecksum(h);
    }
    this.pass(h);
    const capture = isFile && this.rules.capture?.includes(name) && size <= CAPTURE_MAX ? `capture:${name}` : undefined;
    this.startData(size, capture);
  }

  private startData(size: number, keepFor?: string, held?: Buffer): void {
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) {
      if (keepFor !== undefined) this.finishData({ kind: 'data', left: 0, pad: 0, keep: [], keepFor, held });
      return;
    }
    this.state = { kind: 'data', left: size, pad, keep: keepFor !== undefined ? [] : undefined, keepFor, held };
  }
}
