// Markdown tables for the job summary: one row per cache, for restore (main) and save (post).
import type { CacheEntryState } from './state.js';

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '–';
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}

export function formatMs(ms: number | undefined): string {
  return ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function restoreTable(goVersion: string, backend: string, rows: readonly CacheEntryState[]): string {
  const lines = [
    `### Go ${goVersion} caches restored (${backend})`,
    '',
    '| cache | key | result | restored from | archive size | restore time |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | \`${cell(r.key)}\` | ${r.match} | ${r.matchedKey ? `\`${cell(r.matchedKey)}\`` : '–'} | ${formatBytes(r.archiveBytes)} | ${formatMs(r.restoreMs)} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

export interface SaveRow {
  kind: string;
  key: string;
  result: string;
  bytes?: number;
  ms?: number;
  /** Build cache: GOCACHE bytes before and after trimming. */
  trimmed?: { before: number; after: number };
}

export function saveTable(backend: string, rows: readonly SaveRow[]): string {
  const lines = [
    `### Go caches saved (${backend})`,
    '',
    '| cache | key | result | archive size | save time | GOCACHE before → after trim |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | \`${cell(r.key)}\` | ${cell(r.result)} | ${formatBytes(r.bytes)} | ${formatMs(r.ms)} | ${r.trimmed ? `${formatBytes(r.trimmed.before)} → ${formatBytes(r.trimmed.after)}` : '–'} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}
