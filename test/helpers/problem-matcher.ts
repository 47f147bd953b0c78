// Reads a problem matcher file as the GitHub runner does and applies it to a log: one annotation
// per line its (single-line) pattern matches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { goMatcherFile } from '../../src/actions/setup-go-matrix/problem-matcher.js';

interface MatcherPattern {
  regexp: string;
  file: number;
  line: number;
  column?: number;
  message: number;
  loop?: boolean;
}
interface MatcherFile {
  problemMatcher: { owner: string; severity?: string; pattern: MatcherPattern[] }[];
}

export interface Annotation {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export function loadMatcher(file: string): { owner: string; pattern: MatcherPattern; re: RegExp } {
  const json = JSON.parse(readFileSync(file, 'utf8')) as MatcherFile;
  assert.equal(json.problemMatcher.length, 1);
  const m = json.problemMatcher[0]!;
  // One single-line pattern: the runner applies it to each line on its own.
  assert.equal(m.pattern.length, 1);
  return { owner: m.owner, pattern: m.pattern[0]!, re: new RegExp(m.pattern[0]!.regexp) };
}

/** What the runner would annotate in a log (one annotation per matching line). */
export function annotate(log: string, file = goMatcherFile()): Annotation[] {
  const { pattern, re } = loadMatcher(file);
  return log.split(/\r?\n/).flatMap((line) => {
    const m = re.exec(line);
    if (!m) return [];
    const column = pattern.column !== undefined && m[pattern.column] ? Number(m[pattern.column]) : undefined;
    return [{ file: m[pattern.file]!, line: Number(m[pattern.line]), ...(column ? { column } : {}), message: m[pattern.message]! }];
  });
}
