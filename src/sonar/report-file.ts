// Writes a report file so that readers never see half of it and a good report is never replaced
// by an empty or a worse one: stream to a temp file beside the target, then rename.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The existing report was kept: the new one was empty, or worse by `keepExisting`. */
export class EmptyReportError extends Error {
  override name = 'EmptyReportError';
}

export interface ReportWrite {
  /** Entries (blocks, events, issues) in the new report, known once the content is consumed; 0 = nothing. */
  entries: number | (() => number);
  /** What the report is, for messages: "coverage report". */
  what: string;
  /** Where its content came from, for messages. */
  from: string;
  /**
   * Asked once the new content is written, when a non-empty report exists at the target: a reason
   * to keep that one (e.g. the new one comes from a truncated stream and holds fewer events).
   */
  keepExisting?: (existing: string) => string | undefined;
}

export async function writeReportFile(target: string, content: Iterable<string> | AsyncIterable<string>, w: ReportWrite): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(content), createWriteStream(temp));
    const entries = typeof w.entries === 'number' ? w.entries : w.entries();
    const existing = existsSync(target) && statSync(target).size > 0;
    if (entries === 0 && existing) {
      throw new EmptyReportError(
        `refusing to replace ${w.what} ${target} (${statSync(target).size} bytes) with an empty one from ${w.from}; the previous report is kept — check that the inputs hold data`,
      );
    }
    const keep = existing ? w.keepExisting?.(target) : undefined;
    if (keep !== undefined) throw new EmptyReportError(keep);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
