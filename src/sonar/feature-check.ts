// The feature check: compile the go/types helper with the toolchain in use (cached per toolchain
// and source), then pipe `go list -e -export -deps -test -json ./...` of each module into it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { buildGoHelper } from '../go/go-helper.js';
import { describeCommand } from '../process/run.js';
import { langString, type GoLang } from './analyzer-versions.js';
import { featureCheckSources } from './featurecheck-source.js';
import { classifyTypeError, type NewerFeature } from './features.js';
import type { GoCommand } from './go-command.js';
import type { GoModule } from './modules.js';

export interface ModuleCheck {
  module: GoModule;
  findings: NewerFeature[];
  packages: number;
  /** Type errors that are not version errors (cgo stand-ins, errors caused by a version error, ...). */
  otherErrors: { file?: string; line?: number; message: string; package: string }[];
}

/** Builds the helper once per toolchain+source into cacheDir; returns the binary path. */
export function buildFeatureChecker(go: GoCommand, cacheDir: string): Promise<string> {
  return buildGoHelper(
    { bin: go.bin, version: go.version, where: go.goroot, env: go.env },
    { name: 'featurecheck', files: featureCheckSources },
    cacheDir,
  );
}

interface HelperEvent {
  Kind: string;
  Package: string;
  File: string;
  Line: number;
  Column: number;
  Message: string;
}

const listArgs = [
  'list',
  '-e',
  '-export',
  '-deps',
  '-test',
  '-json=ImportPath,Dir,GoFiles,CgoFiles,Export,DepOnly,Standard,ForTest,ImportMap,Error',
  './...',
];

/** Type-checks every package (tests included) of one module at the analyzer's Go version. */
export async function checkModule(go: GoCommand, helper: string, mod: GoModule, analyzer: GoLang): Promise<ModuleCheck> {
  const env = { ...go.env, ...mod.env };
  const list = spawn(go.bin, listArgs, { cwd: mod.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const check = spawn(helper, ['-lang', `go${langString(analyzer)}`], { cwd: mod.dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
  list.stdout.pipe(check.stdin);
  let listErr = '';
  let checkErr = '';
  list.stderr.on('data', (b: Buffer) => (listErr += b.toString()));
  check.stderr.on('data', (b: Buffer) => (checkErr += b.toString()));
  const result: ModuleCheck = { module: mod, findings: [], packages: 0, otherErrors: [] };
  const exits = Promise.all([
    new Promise<number>((resolve, reject) => {
      list.on('error', reject);
      list.on('close', (c) => resolve(c ?? 1));
    }),
    new Promise<number>((resolve, reject) => {
      check.on('error', reject);
      check.on('close', (c) => resolve(c ?? 1));
    }),
  ]);
  for await (const line of createInterface({ input: check.stdout, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const ev = JSON.parse(line) as HelperEvent;
    if (ev.Kind === 'package') {
      result.packages++;
      continue;
    }
    const c = ev.Kind === 'error' ? classifyTypeError(ev.Message) : undefined;
    if (c && ev.File) {
      result.findings.push({
        file: ev.File,
        line: ev.Line,
        column: ev.Column,
        feature: c.feature,
        needs: c.needs,
        message: ev.Message,
        package: ev.Package,
      });
    } else {
      result.otherErrors.push({ ...(ev.File ? { file: ev.File, line: ev.Line } : {}), message: ev.Message, package: ev.Package });
    }
  }
  const [listCode, checkCode] = await exits;
  // go list -e reports package errors in its JSON; a non-zero exit means it could not list at all.
  if (listCode !== 0)
    throw new Error(
      `${describeCommand(go.bin, listArgs)} in ${mod.dir} exited with code ${listCode}:\n${listErr.trim().split('\n').slice(-20).join('\n')}`,
    );
  if (checkCode !== 0) throw new Error(`feature-check helper failed in ${mod.dir} (exit ${checkCode}):\n${checkErr.trim()}`);
  return result;
}
