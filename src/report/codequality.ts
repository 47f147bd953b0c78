// Owns the GitLab Code Quality report format (a JSON array of CodeClimate-style issues).
import { createHash } from 'node:crypto';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/** Builds one issue; the fingerprint is stable for the same check, path and identity so GitLab can diff MRs. */
export function codeQualityIssue(
  check: string,
  description: string,
  severity: CodeQualitySeverity,
  file: string,
  identity: string,
  line = 1,
): CodeQualityIssue {
  const fingerprint = createHash('md5').update(`${check}\0${file}\0${identity}`).digest('hex');
  return { description, check_name: check, fingerprint, severity, location: { path: file, lines: { begin: line } } };
}
