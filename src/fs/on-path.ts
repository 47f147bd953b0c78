// Finds a program on PATH as the OS does for a command run without a shell: the PATH entries in
// order (`:` on Unix, `;` on Windows, where the variable may be spelled `Path`), the first regular
// file that is executable by us on Unix or that carries one of PATHEXT's extensions on Windows.
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

export interface PathSearch {
  /** Windows rules (`;`, PATHEXT, no execute bit); else Unix rules. */
  windows: boolean;
  env?: NodeJS.ProcessEnv;
  /** Windows: the extensions to try, in order (default: the name as given, then PATHEXT's). */
  extensions?: readonly string[];
  /** Joins a PATH entry and a file name (default: this host's path.join; a test of another OS passes its own). */
  join?: (dir: string, file: string) => string;
}

/** The file `name` resolves to on PATH, or undefined when there is none. */
export function findOnPath(name: string, search: PathSearch): string | undefined {
  const env = search.env ?? process.env;
  const pathext = (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean);
  const exts = search.windows ? (search.extensions ?? ['', ...pathext.map((e) => e.toLowerCase())]) : [''];
  const join = search.join ?? ((dir: string, file: string) => path.join(dir, file));
  for (const dir of (env.PATH ?? env.Path ?? '').split(search.windows ? ';' : ':')) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = join(dir, name + ext);
      try {
        if (!statSync(file).isFile()) continue;
        if (!search.windows) accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
