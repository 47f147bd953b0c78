// Whether the module (or workspace) a leg builds asks for a newer Go than the leg runs. Without
// this check a `toolchain` line silently switches a 1.21 leg to 1.23 (GOTOOLCHAIN=auto), and a
// `go` line makes the go command stop with a message that does not say how to fix the matrix.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareGoVersions, formatGoVersion, parseGoVersion, type GoVersion } from './go-version.js';
import { parseGoModDirectives } from './gomod.js';

export interface NewerRequirement {
  file: string;
  line: number;
  directive: 'go' | 'toolchain';
  required: string;
  leg: string;
  message: string;
}

function describe(file: string, line: number, directive: 'go' | 'toolchain', text: string, required: GoVersion, leg: GoVersion): string {
  const legText = formatGoVersion(leg);
  const minor = `${leg.major}.${leg.minor}`;
  const effect =
    directive === 'go'
      ? `requires Go ${formatGoVersion(required)} or newer, but this matrix leg runs Go ${legText}; the go command will stop with "go: ${path.basename(file)} requires go >= ${formatGoVersion(required)} (running go ${legText}; GOTOOLCHAIN=local)"`
      : `asks for Go ${formatGoVersion(required)}, but this matrix leg runs Go ${legText} (only GOTOOLCHAIN=local keeps it; under the default GOTOOLCHAIN=auto the go command would switch to go${formatGoVersion(required)} and the leg would not test Go ${minor} at all)`;
  return (
    `${file}:${line}: "${text}" ${effect}. ` +
    `Fix the matrix: drop Go ${minor} from it (or compute it with versions-range: go.mod..stable), ` +
    `or lower the ${directive} line if the module really supports Go ${minor}.`
  );
}

/** go.work and go.mod of `dir` (those present), checked against the leg's version. */
export function findNewerRequirements(dir: string, legVersion: string, displayBase = process.cwd()): NewerRequirement[] {
  const leg = parseGoVersion(legVersion);
  if (!leg) return [];
  const found: NewerRequirement[] = [];
  for (const name of ['go.work', 'go.mod']) {
    const abs = path.join(dir, name);
    if (!existsSync(abs)) continue;
    const shown = path.relative(displayBase, abs) || abs;
    const d = parseGoModDirectives(readFileSync(abs, 'utf8'));
    for (const directive of ['go', 'toolchain'] as const) {
      const hit = d[directive];
      const required = hit && parseGoVersion(hit.version);
      if (!hit || !required || compareGoVersions(required, leg) <= 0) continue;
      found.push({
        file: shown,
        line: hit.line,
        directive,
        required: formatGoVersion(required),
        leg: legVersion,
        message: describe(shown, hit.line, directive, hit.text, required, leg),
      });
    }
  }
  return found;
}
