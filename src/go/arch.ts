// The one mapping between architecture spellings: Go's (amd64, arm64) as used by go.dev file names,
// GOARCH and our isolation dirs, and Node's/the runner's (x64, X64, ARM64) as used by the tool
// cache layout (hosted runners pre-install Go under go/<semver>/x64, so we use the same folder).
import * as os from 'node:os';

export interface Arch {
  /** GOARCH spelling: amd64, arm64, 386, armv6l ... (go.dev's `arch` field). */
  go: string;
  /** Tool cache folder spelling (Node's process.arch): x64, arm64, x86 ... */
  toolCache: string;
}

const table: readonly { go: string; toolCache: string; aliases: readonly string[] }[] = [
  { go: 'amd64', toolCache: 'x64', aliases: ['amd64', 'x64', 'x86_64', 'x86-64'] },
  { go: 'arm64', toolCache: 'arm64', aliases: ['arm64', 'aarch64'] },
  { go: '386', toolCache: 'x86', aliases: ['386', 'x86', 'ia32', 'i386', 'i686'] },
  { go: 'armv6l', toolCache: 'arm', aliases: ['arm', 'armv6l', 'armv7l'] },
  { go: 'ppc64le', toolCache: 'ppc64', aliases: ['ppc64le', 'ppc64'] },
  { go: 's390x', toolCache: 's390x', aliases: ['s390x'] },
  { go: 'riscv64', toolCache: 'riscv64', aliases: ['riscv64'] },
  { go: 'loong64', toolCache: 'loong64', aliases: ['loong64'] },
];

/** Parses any accepted spelling (case-insensitive); undefined when unknown. */
export function parseArch(text: string): Arch | undefined {
  const t = text.trim().toLowerCase();
  const row = table.find((r) => r.aliases.includes(t));
  return row ? { go: row.go, toolCache: row.toolCache } : undefined;
}

export function knownArchSpellings(): string[] {
  return table.flatMap((r) => r.aliases);
}

/** The architecture this process runs on. */
export function hostArch(): Arch {
  const a = parseArch(os.arch());
  if (!a) throw new Error(`this machine's architecture "${os.arch()}" has no Go download`);
  return a;
}

/** GOARCH as Go reports it (GOHOSTARCH): armv6l downloads report "arm". */
export function goarchOf(arch: Arch): string {
  return arch.go === 'armv6l' ? 'arm' : arch.go;
}
