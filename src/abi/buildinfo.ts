// Owns `go version -m` output: parsing it into BuildInfo and diffing two of them (Go version,
// build settings such as CGO_ENABLED, -ldflags, GOAMD64, and module versions).
import { run } from '../process/run.js';
import { readGoBuildInfo } from './go-sections.js';

export interface BuildInfo {
  goVersion: string;
  path: string;
  /** The main module's path (the `mod` line), '' when unknown. */
  mainModule: string;
  /** Main module and dependencies: module path → version (replacements as `=> path version`). */
  modules: Map<string, string>;
  settings: Map<string, string>;
}

export function parseBuildInfo(text: string): BuildInfo | undefined {
  const lines = text.split('\n');
  const first = /^.*: (go\S+)\s*$/.exec(lines[0] ?? '');
  if (!first) return undefined;
  const info: BuildInfo = { goVersion: first[1]!, path: '', mainModule: '', modules: new Map(), settings: new Map() };
  for (const line of lines.slice(1)) {
    const f = line.replace(/^\t/, '').split('\t');
    const [kind, a = '', b = ''] = f;
    if (kind === 'path') info.path = a;
    else if (kind === 'mod' || kind === 'dep') {
      info.modules.set(a, b);
      if (kind === 'mod') info.mainModule = a;
    } else if (kind === '=>') {
      const last = [...info.modules.keys()].pop();
      if (last) info.modules.set(last, `${info.modules.get(last)} => ${a} ${b}`.trim());
    } else if (kind === 'build') {
      const eq = a.indexOf('=');
      if (eq > 0) info.settings.set(a.slice(0, eq), a.slice(eq + 1));
    }
  }
  return info;
}

/**
 * Reads build info: from an ELF's .go.buildinfo directly (no process), else with `go version -m`.
 * Undefined when the file carries none (not a Go executable).
 */
export async function readBuildInfo(goBin: string, file: string, env?: NodeJS.ProcessEnv, isElf = false): Promise<BuildInfo | undefined> {
  const raw = isElf ? await readGoBuildInfo(file) : undefined;
  if (raw) {
    const lines = raw.modinfo
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `\t${l}`);
    return parseBuildInfo([`${file}: ${raw.version}`, ...lines].join('\n'));
  }
  const r = await run(goBin, ['version', '-m', file], { env, check: false });
  return parseBuildInfo(r.stdout);
}

export interface BuildChange {
  /** `go`, `setting`, or `module`. */
  what: 'go' | 'setting' | 'module';
  name: string;
  base: string;
  head: string;
}

/** vcs.* stamps change with every commit: they are not findings. */
const ignoredSettings = /^vcs(\.|$)/;

function diffMaps(what: BuildChange['what'], a: Map<string, string>, b: Map<string, string>, skip?: RegExp): BuildChange[] {
  const out: BuildChange[] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (skip?.test(name)) continue;
    const x = a.get(name) ?? '';
    const y = b.get(name) ?? '';
    if (x !== y) out.push({ what, name, base: x, head: y });
  }
  return out;
}

export function diffBuildInfo(base: BuildInfo, head: BuildInfo): BuildChange[] {
  const out: BuildChange[] = [];
  if (base.goVersion !== head.goVersion) out.push({ what: 'go', name: 'go', base: base.goVersion, head: head.goVersion });
  out.push(...diffMaps('setting', base.settings, head.settings, ignoredSettings));
  out.push(...diffMaps('module', base.modules, head.modules));
  return out;
}
