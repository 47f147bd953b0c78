// Writers for lint findings in the formats SonarQube imports: go vet text, checkstyle XML (what
// sonar.go.golangci-lint.reportPaths reads) and the generic external-issues JSON of SonarQube 10.3+.
import type { LintIssue } from './lint-reports.js';

export function vetText(issues: readonly LintIssue[]): string {
  return issues.map((i) => `${i.file}:${i.line}:${i.column ? `${i.column}:` : ''} ${i.message}\n`).join('');
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function checkstyleXml(issues: readonly LintIssue[]): string {
  const byFile = new Map<string, LintIssue[]>();
  for (const i of issues) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="5.0">'];
  for (const [file, list] of byFile) {
    out.push(`  <file name="${xml(file)}">`);
    for (const i of list) {
      out.push(
        `    <error line="${i.line}"${i.column ? ` column="${i.column}"` : ''} severity="${xml(i.severity)}" message="${xml(i.message)}" source="${xml(i.linter)}"></error>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>', '');
  return out.join('\n');
}

/** The 10.3+ shape: rules carry the clean-code attribute and impacts; issues only reference them. */
export interface ExternalIssues {
  rules: {
    id: string;
    name: string;
    engineId: string;
    cleanCodeAttribute: string;
    impacts: { softwareQuality: string; severity: string }[];
  }[];
  issues: { ruleId: string; primaryLocation: { message: string; filePath: string; textRange: { startLine: number } } }[];
}

export function externalIssues(issues: readonly LintIssue[]): ExternalIssues {
  const rules = new Map<string, ExternalIssues['rules'][number]>();
  const out: ExternalIssues['issues'] = [];
  for (const i of issues) {
    const engineId = i.linter === 'govet' ? 'govet' : 'golangci-lint';
    const id = `${engineId}:${i.linter}`;
    if (!rules.has(id)) {
      const vet = engineId === 'govet';
      rules.set(id, {
        id,
        name: vet ? 'go vet' : `golangci-lint ${i.linter}`,
        engineId,
        cleanCodeAttribute: vet ? 'LOGICAL' : 'CONVENTIONAL',
        impacts: [{ softwareQuality: vet ? 'RELIABILITY' : 'MAINTAINABILITY', severity: i.severity === 'error' ? 'HIGH' : 'MEDIUM' }],
      });
    }
    // Columns are left out: Go counts bytes, Sonar counts characters, and a range past the line
    // end makes the whole import fail.
    out.push({ ruleId: id, primaryLocation: { message: i.message, filePath: i.file, textRange: { startLine: i.line } } });
  }
  return { rules: [...rules.values()], issues: out };
}
