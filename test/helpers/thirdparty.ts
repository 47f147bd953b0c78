// thirdparty: a module-based Go program that imports about twenty real third-party modules and
// builds offline with every tested Go (1.19 on). The modules are Debian's golang-*-dev sources
// under /usr/share/gocode/src (installed by scripts/install-go-toolchains.sh); each is copied
// beside the program with a go.mod that keeps its module path and go directive but no
// requirements (Debian ships some without go.mod, and their requirements name modules Debian does
// not ship), and the program's go.mod replaces every module with its copy: no proxy, no GOPATH.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { goBin, type TestedMinor } from './go.js';
import { repoRoot } from './runner.js';

export const gocodeRoot = '/usr/share/gocode/src';

/** Module path → its directory under gocodeRoot (they differ for major-version modules). */
export const thirdPartyModules: Readonly<Record<string, string>> = {
  'github.com/BurntSushi/toml': 'github.com/BurntSushi/toml',
  'github.com/cespare/xxhash/v2': 'github.com/cespare/xxhash',
  'github.com/davecgh/go-spew': 'github.com/davecgh/go-spew',
  'github.com/dustin/go-humanize': 'github.com/dustin/go-humanize',
  'github.com/fatih/color': 'github.com/fatih/color',
  'github.com/go-chi/chi/v5': 'github.com/go-chi/chi',
  'github.com/gofrs/uuid': 'github.com/gofrs/uuid',
  'github.com/golang/snappy': 'github.com/golang/snappy',
  'github.com/google/go-cmp': 'github.com/google/go-cmp',
  'github.com/google/uuid': 'github.com/google/uuid',
  'github.com/gorilla/mux': 'github.com/gorilla/mux',
  'github.com/gorilla/websocket': 'github.com/gorilla/websocket',
  'github.com/hashicorp/golang-lru': 'github.com/hashicorp/golang-lru',
  'github.com/julienschmidt/httprouter': 'github.com/julienschmidt/httprouter',
  'github.com/mattn/go-colorable': 'github.com/mattn/go-colorable',
  'github.com/mattn/go-isatty': 'github.com/mattn/go-isatty',
  'github.com/mitchellh/mapstructure': 'github.com/mitchellh/mapstructure',
  'github.com/pkg/errors': 'github.com/pkg/errors',
  'github.com/pmezard/go-difflib': 'github.com/pmezard/go-difflib',
  'github.com/sirupsen/logrus': 'github.com/sirupsen/logrus',
  'github.com/spf13/cobra': 'github.com/spf13/cobra',
  'github.com/spf13/pflag': 'github.com/spf13/pflag',
  'github.com/stretchr/testify': 'github.com/stretchr/testify',
  'golang.org/x/sys': 'golang.org/x/sys',
  'golang.org/x/text': 'golang.org/x/text',
  'gopkg.in/yaml.v3': 'gopkg.in/yaml.v3',
};

/** The third-party packages test/fixtures/thirdparty/main.go imports: each is also built as a `.a` archive. */
export const thirdPartyPackages: readonly string[] = [
  'github.com/BurntSushi/toml',
  'github.com/cespare/xxhash/v2',
  'github.com/davecgh/go-spew/spew',
  'github.com/dustin/go-humanize',
  'github.com/fatih/color',
  'github.com/go-chi/chi/v5',
  'github.com/gofrs/uuid',
  'github.com/golang/snappy',
  'github.com/google/go-cmp/cmp',
  'github.com/google/uuid',
  'github.com/gorilla/mux',
  'github.com/gorilla/websocket',
  'github.com/hashicorp/golang-lru',
  'github.com/julienschmidt/httprouter',
  'github.com/mattn/go-isatty',
  'github.com/mitchellh/mapstructure',
  'github.com/pkg/errors',
  'github.com/pmezard/go-difflib/difflib',
  'github.com/sirupsen/logrus',
  'github.com/spf13/cobra',
  'github.com/spf13/pflag',
  'github.com/stretchr/testify/assert',
  'golang.org/x/text/cases',
  'golang.org/x/text/language',
  'gopkg.in/yaml.v3',
];

/** A version the module path accepts (`/v2` and `gopkg.in/x.v3` need their major); the replace makes it moot. */
const pseudoVersion = (module: string): string => `v${/(?:\/v|\.v)(\d+)$/.exec(module)?.[1] ?? '0'}.0.0`;

/** Writes the module under dir (once) and returns its directory. Throws when a Debian source is missing. */
export function thirdPartyModule(dir: string): string {
  const mod = path.join(dir, 'thirdparty-module');
  if (existsSync(path.join(mod, 'go.mod'))) return mod;
  rmSync(mod, { recursive: true, force: true });
  const replaces: string[] = [];
  const requires: string[] = [];
  for (const [module, rel] of Object.entries(thirdPartyModules)) {
    const src = path.join(gocodeRoot, rel);
    if (!existsSync(src)) throw new Error(`${src} (module ${module}) is missing; run scripts/install-go-toolchains.sh`);
    const copy = path.join(mod, 'third_party', module);
    cpSync(src, copy, { recursive: true, dereference: true });
    const goMod = path.join(src, 'go.mod');
    const goLine = existsSync(goMod) ? /^go \d+\.\d+\s*$/m.exec(readFileSync(goMod, 'utf8'))?.[0].trim() : undefined;
    writeFileSync(path.join(copy, 'go.mod'), `module ${module}\n${goLine ? `\n${goLine}\n` : ''}`);
    requires.push(`\t${module} ${pseudoVersion(module)}`);
    replaces.push(`\t${module} => ./third_party/${module}`);
  }
  mkdirSync(path.join(mod, 'cmd', 'thirdparty'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'thirdparty', 'main.go'), path.join(mod, 'cmd', 'thirdparty', 'main.go'));
  writeFileSync(
    path.join(mod, 'go.mod'),
    `module example.com/thirdparty\n\ngo 1.19\n\nrequire (\n${requires.join('\n')}\n)\n\nreplace (\n${replaces.join('\n')}\n)\n`,
  );
  return mod;
}

/** A change to one file of a copied module: each `[from, to]` replaces the one occurrence of `from`. */
export interface SourceEdit {
  module: string;
  /** Relative to the module's root. */
  file: string;
  replace: readonly (readonly [string, string])[];
}

/**
 * Applies edits to the module copies of mod (thirdPartyModule's directory). Throws when a `from` is
 * not there exactly once: a Debian source update must fail the test, not silently change nothing.
 */
export function editThirdParty(mod: string, edits: readonly SourceEdit[]): void {
  for (const e of edits) {
    const file = path.join(mod, 'third_party', e.module, e.file);
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of e.replace) {
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0)
        throw new Error(
          `${e.module}/${e.file}: expected exactly one ${JSON.stringify(from)} (${at < 0 ? 'none' : 'several'}); did the Debian source change?`,
        );
      text = text.slice(0, at) + to + text.slice(at + from.length);
    }
    writeFileSync(file, text);
  }
}

/** Where buildThirdParty puts a package's archive, relative to its output directory. */
export const archiveOf = (pkg: string): string => path.join('archives', `${pkg}.a`);

/**
 * Builds cmd/thirdparty (out/thirdparty) and every package of thirdPartyPackages (out/archives/<path>.a)
 * with a Debian Go, -trimpath, offline; resolves with out. Reuses out when it is complete.
 */
export async function buildThirdParty(minor: TestedMinor, mod: string, out: string, gocache: string): Promise<string> {
  // Beside out, not in it: out holds only build outputs (abi-diff's directory mode lists everything).
  const done = `${out}.complete`;
  if (existsSync(done)) return out;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOCACHE: gocache,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
  };
  const go = (args: string[]) => promisify(execFile)(goBin(minor), args, { cwd: mod, env });
  mkdirSync(path.join(out, 'archives'), { recursive: true });
  await go(['build', '-trimpath', '-o', path.join(out, 'thirdparty'), './cmd/thirdparty']);
  // The executable's build compiled every package: these only link each one's archive from the cache.
  for (const pkg of thirdPartyPackages) {
    const a = path.join(out, archiveOf(pkg));
    mkdirSync(path.dirname(a), { recursive: true });
    await go(['build', '-trimpath', '-o', a, pkg]);
  }
  writeFileSync(done, '');
  return out;
}
