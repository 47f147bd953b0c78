// go-version-file: which Go a repository asks for. go.mod/go.work: the toolchain directive if
// present, else the go directive; .tool-versions: the `golang` (asdf) or `go` (mise) line;
// anything else (.go-version): the first non-comment line.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors/input-error.js';
import { parseGoModDirectives } from './gomod.js';

export interface VersionFromFile {
  /** The version text as found, ready for parseToolchainSpec. */
  spec: string;
  file: string;
  line: number;
  /** e.g. "toolchain directive", "go directive", "golang entry". */
  what: string;
}

export function readVersionFile(file: string, cwd = process.cwd()): VersionFromFile {
  const abs = path.resolve(cwd, file);
  if (!existsSync(abs)) {
    throw new InputError(`go-version-file "${file}" does not exist (looked at ${abs}); give a path relative to the workspace, e.g. go.mod`);
  }
  const content = readFileSync(abs, 'utf8');
  const base = path.basename(abs);
  if (base.endsWith('.mod') || base.endsWith('.work')) {
    const d = parseGoModDirectives(content);
    const hit = d.toolchain ?? d.go;
    if (!hit) throw new InputError(`go-version-file "${file}" has neither a toolchain nor a go directive; add e.g. "go 1.23" to it`);
    return { spec: hit.version, file, line: hit.line, what: d.toolchain ? 'toolchain directive' : 'go directive' };
  }
  const lines = content.split(/\r?\n/);
  if (base === '.tool-versions') {
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*(golang|go)\s+(\S+)/.exec(lines[i]!);
      if (m) return { spec: m[2]!, file, line: i + 1, what: `${m[1]} entry` };
    }
    throw new InputError(`go-version-file "${file}" has no "golang" line; add e.g. "golang 1.23.4"`);
  }
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t !== '' && !t.startsWith('#')) return { spec: t, file, line: i + 1, what: 'version' };
  }
  throw new InputError(`go-version-file "${file}" is empty; write a version such as 1.23.4 in it`);
}
