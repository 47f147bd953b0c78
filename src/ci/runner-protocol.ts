// Owns the GitHub runner's protocol as an action speaks it: workflow commands on stdout
// (`::name key=value,...::data`, with the runner's percent escapes) and the file commands appended
// to GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STATE (`name<<delimiter` blocks).
//
// Why not @actions/core: it imports its OIDC client at load, and with it @actions/http-client and
// undici, ~85 % of a bundle that needs none of them (no action of ours asks for an ID token). Node
// parses and runs all of that before the first line of an action: ~25-60 ms per step (abi-diff's
// whole run is measured against node start plus two nm runs in bench/abi.ts). What is kept from
// it is the wire format, which the runner defines: these functions write the same bytes.
import { appendFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';

export interface CommandProperties {
  [name: string]: string | number | undefined;
}

/** Data of a command: %, CR and LF are escaped so the message stays on one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, plus the separators of the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line (with its line end). */
export function commandLine(name: string, properties: CommandProperties, data: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${os.EOL}`;
}

export function issue(name: string, properties: CommandProperties, data: string): void {
  process.stdout.write(commandLine(name, properties, data));
}

/**
 * 128 random bits as lowercase hex that occur in none of `texts`, in any letter case (the runner
 * ends a stop-commands span on its token case-insensitively; a file-command delimiter is compared
 * exactly). What keeps a block or span closed is this check, made against the very text it
 * encloses, not the token's secrecy: even one predicted from tokens printed earlier in the log is
 * refused when the text holds it. So Math.random is enough, and node:crypto (whose OpenSSL set-up
 * costs ~10 ms per step on a runner) is not loaded for it.
 */
export function tokenNotIn(...texts: string[]): string {
  const lower = texts.map((t) => t.toLowerCase());
  for (;;) {
    let token = '';
    for (let i = 0; i < 4; i++)
      token += Math.floor(Math.random() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, '0');
    if (!lower.some((t) => t.includes(token))) return token;
  }
}

/**
 * A `name<<delimiter` block for a file command. The delimiter is drawn per block and appears in
 * neither the name nor the value (either would end the block early and let the rest of the value
 * set other names).
 */
export function fileCommandBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${tokenNotIn(name, value)}`;
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
}

/** Appends to the runner file named by env var `fileVar` (GITHUB_OUTPUT ...); false when the runner set none. */
export function appendToRunnerFile(fileVar: string, text: string): boolean {
  const file = process.env[fileVar];
  if (!file) return false;
  if (!existsSync(file)) throw new Error(`${fileVar} names ${file}, which does not exist; the runner creates it for each step`);
  appendFileSync(file, text, 'utf8');
  return true;
}
