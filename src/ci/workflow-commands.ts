// Keeps text we print from being read as a workflow command by the GitHub runner. The runner reads
// its log line by line (a line ends at \n, \r\n or a lone \r) and runs any line that starts with
// `::name::` (after blanks) or holds `##[name]`. The data of the commands we write (annotations,
// debug) is escaped (runner-protocol.ts) but plain log lines are printed as given, so a path or URL with a newline in
// it (a GOROOT, go-download-base-url) could start a line with `::set-output` or `::warning::`.
// Such text is printed between ::stop-commands::<token> and ::<token>::, the runner's own way to
// show lines verbatim without running them; other text is printed as is.
import { tokenNotIn } from './runner-protocol.js';

const COMMAND_LIKE = /(^|[\r\n])[ \t]*::|##\[/;

/** The text, wrapped so the runner runs no command in it; unchanged when it holds none. */
export function commandSafe(text: string): string {
  if (!COMMAND_LIKE.test(text)) return text;
  const token = tokenNotIn(text);
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/** A path the runner would read as two (GITHUB_PATH is one path per line). */
export function hasLineBreak(text: string): boolean {
  return /[\r\n]/.test(text);
}
