// Reads the `go` and `toolchain` directives of a go.mod or go.work file (pure).

export interface Directive {
  /** The directive's version as written, prefix dropped: "1.22", "1.23.4", "1.21rc1". */
  version: string;
  /** 1-based line number. */
  line: number;
  /** The line as written, trimmed (for messages). */
  text: string;
}

export interface GoModDirectives {
  go?: Directive;
  toolchain?: Directive;
}

export function parseGoModDirectives(content: string): GoModDirectives {
  const out: GoModDirectives = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.replace(/\/\/.*$/, '').trim();
    const m = /^(go|toolchain)\s+(\S+)$/.exec(text);
    if (!m) continue;
    // Custom toolchain names ("go1.23.4-bigcorp") keep their Go version before the suffix.
    const version = m[2]!.replace(/^go(?=\d)/, '').replace(/[-+].*$/, '');
    out[m[1] as 'go' | 'toolchain'] ??= { version, line: i + 1, text };
  }
  return out;
}

/** The module path a go.mod declares (its `module` line), if any. */
export function parseModulePath(content: string): string | undefined {
  return /^\s*module\s+"?([^\s"]+)"?/m.exec(content)?.[1];
}
