// Finds the go.mod that governs a directory: the nearest one at or above it, as the go command
// looks for it. abi-diff reads the go line there (behaviour report) and the module path (mapping
// -trimpath positions back to files).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface GoModFile {
  /** Absolute directory of the go.mod. */
  dir: string;
  content: string;
}

/** The nearest go.mod at or above dir that `accept` takes (default: the nearest), if any. */
export function nearestGoMod(dir: string, accept: (content: string) => boolean = () => true): GoModFile | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      const content = readFileSync(path.join(d, 'go.mod'), 'utf8');
      if (accept(content)) return { dir: d, content };
    } catch {
      // no go.mod here: look one directory up
    }
    if (path.dirname(d) === d) return undefined;
  }
}
