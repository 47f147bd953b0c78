// Shared checks for sonar-go-compat tests: every path a converted report names must exist on disk.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './runner.js';

/** Copies test/fixtures/sonar/<name> to dest (tests never write into the repo). */
export function copySonarFixture(name: string, dest: string): string {
  cpSync(path.join(repoRoot, 'test', 'fixtures', 'sonar', name), dest, { recursive: true });
  return dest;
}

/** Asserts every block of the merged profile names an existing file; returns the distinct files. */
export function assertCoverageFilesExist(baseDir: string, report: string): string[] {
  const lines = readFileSync(path.join(baseDir, report), 'utf8').trim().split('\n');
  assert.match(lines[0]!, /^mode: (set|count|atomic)$/);
  const files = new Set<string>();
  for (const l of lines.slice(1)) {
    const file = l.slice(0, l.lastIndexOf(':'));
    assert.ok(!path.isAbsolute(file), `coverage path ${file} should be relative`);
    assert.ok(existsSync(path.join(baseDir, file)), `coverage path ${file} does not exist under ${baseDir}`);
    files.add(file);
  }
  return [...files].sort();
}

/** Asserts every event's Package is an existing dir under baseDir; returns the distinct packages. */
export function assertTestPackagesExist(baseDir: string, report: string): string[] {
  const pkgs = new Set<string>();
  for (const l of readFileSync(path.join(baseDir, report), 'utf8').trim().split('\n')) {
    const ev = JSON.parse(l) as { Package?: string };
    if (ev.Package === undefined) continue;
    const dir = path.join(baseDir, ev.Package);
    assert.ok(existsSync(dir) && statSync(dir).isDirectory(), `test Package ${ev.Package} is not a dir under ${baseDir}`);
    pkgs.add(ev.Package);
  }
  return [...pkgs].sort();
}
