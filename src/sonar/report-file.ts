// Writes a report file so that readers never see half of it and a good report is never replaced
// by an empty one: stream to a temp file beside the target, then rename.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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
}

export async function writeReportFile(target: string, content: Iterable<string> | AsyncIterable<string>, w: ReportWrite): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(content), createWriteStream(temp));
    const entries = typeof w.entries === 'number' ? w.entries : w.entries();
    if (entries === 0 && existsSync(target) && statSync(target).size > 0) {
      throw new EmptyReportError(
        `refusing to replace ${w.what} ${target} (${statSync(target).size} bytes) with an empty one from ${w.from}; the previous report is kept — check that the inputs hold data`,
      );
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
