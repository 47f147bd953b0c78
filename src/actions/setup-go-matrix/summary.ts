// The job summary row of one leg (each step writes its own table; the runner shows them in order).
// The time covers resolving, installing/proving, isolating and restoring caches.
import type { GoLeg } from '../../go/leg.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function summaryRow(leg: GoLeg, source: string, ms: number): string {
  const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  // Leading blank line: a table written right after another step's (or the cache's) table would
  // otherwise continue it.
  return [
    '',
    '| Go | source | GOROOT | time |',
    '| --- | --- | --- | --- |',
    `| ${cell(leg.version)} | ${cell(source)} | \`${cell(leg.goroot)}\` | ${took} |`,
    '',
  ].join('\n');
}
