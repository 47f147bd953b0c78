// Finds a program on PATH as it is found for a command run without a shell (Node's spawn, libuv):
// the PATH entries in order (`:` on Unix, `;` on Windows, where the variable may be spelled
// `Path`), the first regular file that is executable by us on Unix, or on Windows that is
// name.com or name.exe (or the name as given when it has an extension). PATHEXT (.cmd, .bat...) is
// cmd.exe's rule, not this one: Node refuses to run a .cmd or .bat without a shell.
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

export interface PathSearch {
  /** Windows rules (`;`, PATHEXT, no execute bit); else Unix rules. */
  windows: boolean;
  env?: NodeJS.ProcessEnv;
  /** Windows: the extensions to try, in order (default: .com, .exe; first the name as given when it has one). */
  extensions?: readonly string[];
  /** Joins a PATH entry and a file name (default: this host's path.join; a test of another OS passes its own). */
  join?: (dir: string, file: string) => string;
}

/** The file `name` resolves to on PATH, or undefined when there is none. */
export function findOnPath(name: string, search: PathSearch): string | undefined {
  const env = search.env ?? process.env;
  const exts = search.windows ? (search.extensions ?? [...(path.extname(name) ? [''] : []), '.com', '.exe']) : [''];
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
