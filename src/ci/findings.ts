// Findings an action wants a CI system to show beside the code (API breaks, newer Go syntax, ...),
// and the two report formats GitLab renders them from: Code Quality JSON (a JSON array of
// CodeClimate-style issues; this is the one place that format is defined) and JUnit XML.
// Pure functions; FileRuntime writes the files, GitHub shows the same findings as annotations.
import { sha256Hex } from '../process/sha256.js';

export type FindingSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: FindingSeverity;
  location: { path: string; lines: { begin: number } };
}

export interface Finding {
  /** Stable rule name, e.g. "abi/removed" or "sonar/newer-syntax". */
  check: string;
  message: string;
  severity: FindingSeverity;
  /** Path relative to the project dir (GitLab links it in merge requests). */
  file?: string;
  line?: number;
  /** What makes this finding the same one across runs when its message carries changing details
   * (sizes, signatures); the message itself when absent. */
  identity?: string;
}

/** Same finding → same fingerprint across runs, so GitLab can tell new findings from old ones. */
export function fingerprint(f: Finding): string {
  return sha256Hex(`${f.check}\0${f.file ?? ''}\0${f.identity ?? f.message}`);
}

export function codeQuality(findings: readonly Finding[]): CodeQualityIssue[] {
  return findings.map((f) => ({
    description: f.message,
    check_name: f.check,
    fingerprint: fingerprint(f),
    severity: f.severity,
    // Code Quality needs a location; findings about a whole build point at the project root.
    location: { path: f.file ?? '.', lines: { begin: f.line ?? 1 } },
  }));
}

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One test case per finding; blocker/critical/major fail, minor/info pass with their text as output. */
export function junitXml(suite: string, findings: readonly Finding[]): string {
  const failing = (f: Finding): boolean => ['blocker', 'critical', 'major'].includes(f.severity);
  const failures = findings.filter(failing).length;
  const cases = findings.map((f) => {
    const name = xmlEscape(`${f.check}${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}`);
    const body = failing(f)
      ? `<failure type="${xmlEscape(f.severity)}" message="${xmlEscape(f.message)}"/>`
      : `<system-out>${xmlEscape(f.message)}</system-out>`;
    return `    <testcase classname="${xmlEscape(suite)}" name="${name}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${findings.length}" failures="${failures}">`,
    `  <testsuite name="${xmlEscape(suite)}" tests="${findings.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
