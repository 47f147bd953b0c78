// Owns writing a JSON report file: Maps and Sets become objects/arrays, output is stable and indented.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  return value;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, replacer, 2)}\n`;
}

export function writeJsonReport(file: string, value: unknown): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, toJson(value));
  return file;
}
