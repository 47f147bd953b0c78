// The job summary row of one leg (each step writes its own table; the runner shows them in order).
import type { GoLeg } from '../../go/leg.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function summaryRow(leg: GoLeg, source: string, ms: number): string {
  const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  return [
    '| Go | source | GOROOT | time |',
    '| --- | --- | --- | --- |',
    `| ${cell(leg.version)} | ${cell(source)} | \`${cell(leg.goroot)}\` | ${took} |`,
    '',
  ].join('\n');
}
