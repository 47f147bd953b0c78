// Generated Go files, by the convention the go command and linters use: a line
// `// Code generated ... DO NOT EDIT.` before the package clause.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const marker = /^\/\/ Code generated .* DO NOT EDIT\.$/;

export function isGenerated(source: string): boolean {
  for (const line of source.split('\n')) {
    const t = line.trimEnd();
    if (marker.test(t)) return true;
    if (/^package\s/.test(t)) return false;
  }
  return false;
}

/** Generated .go files in the given package dirs, sorted absolute paths. */
export function generatedFiles(dirs: Iterable<string>): string[] {
  const out: string[] = [];
  for (const dir of new Set(dirs)) {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isFile() && e.name.endsWith('.go') && isGenerated(readFileSync(path.join(dir, e.name), 'utf8')))
        out.push(path.join(dir, e.name));
    }
  }
  return out.sort();
}
