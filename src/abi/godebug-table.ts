// Owns a Go installation's table of known GODEBUG settings (GOROOT/src/internal/godebugs/table.go,
// Go 1.21+): parsing it and reading it from a GOROOT.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gorootVersionLine } from '../go/go-command.js';

/** One entry of internal/godebugs.All (fields as Go names them). */
export interface GodebugSetting {
  name: string;
  /** The package whose behaviour the setting controls ("net/http", "time", "crypto/tls"). */
  package: string;
  /** Minor version whose default changed (23 means Go 1.23); undefined when the default never changed. */
  changed?: number;
  /** The value that restores the behaviour from before `changed`. */
  old?: string;
  opaque: boolean;
}

/** Where the table lives in a GOROOT (added in Go 1.21). */
export const godebugTablePath = path.join('src', 'internal', 'godebugs', 'table.go');

const entryRe = /^\s*\{([^{}]*)\},?\s*(?:\/\/.*)?$/;
const fieldRe = /(\w+):\s*("(?:[^"\\]|\\.)*"|\d+|true|false)/g;

/**
 * Parses the `var All = []Info{...}` literal of table.go. Commented-out entries
 * (`//{Name: "multipartfiles", ...}` in 1.23) are skipped; unknown fields are ignored so a newer
 * table (e.g. one with a Removed field) still parses.
 */
export function parseGodebugTable(source: string): GodebugSetting[] {
  const start = source.search(/^var All = \[\]Info\{/m);
  if (start < 0)
    throw new Error('no `var All = []Info{` in the GODEBUG table source; expected GOROOT/src/internal/godebugs/table.go of Go 1.21+');
  const out: GodebugSetting[] = [];
  for (const line of source.slice(start).split('\n').slice(1)) {
    if (/^\}/.test(line)) break;
    const m = entryRe.exec(line);
    if (!m) continue;
    const f = new Map<string, string>();
    for (const [, key, raw] of m[1]!.matchAll(fieldRe)) f.set(key!, raw!.startsWith('"') ? (JSON.parse(raw!) as string) : raw!);
    const name = f.get('Name');
    if (!name) continue;
    const changed = f.get('Changed');
    out.push({
      name,
      package: f.get('Package') ?? '',
      changed: changed ? Number(changed) : undefined,
      old: f.get('Old') || undefined,
      opaque: f.get('Opaque') === 'true',
    });
  }
  return out;
}

export interface GoDebugTable {
  goroot: string;
  /** `go1.23.5` from GOROOT/VERSION; undefined when there is none (a source checkout). */
  goVersion?: string;
  /** Undefined when the GOROOT has no table.go (Go before 1.21, or a tree without src/). */
  settings?: GodebugSetting[];
}

export function readGodebugTable(goroot: string): GoDebugTable {
  const version = gorootVersionLine(goroot);
  let source: string | undefined;
  try {
    source = readFileSync(path.join(goroot, godebugTablePath), 'utf8');
  } catch {
    source = undefined;
  }
  return {
    goroot,
    goVersion: version?.startsWith('go') ? version : undefined,
    settings: source === undefined ? undefined : parseGodebugTable(source),
  };
}
