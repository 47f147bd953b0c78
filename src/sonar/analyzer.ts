// Which Go the user's analyzer understands: analyzer-go-version, else sonar-go-version through the
// table, else the plugin installed on sonar-host-url. Undefined = no feature check.
import { analyzerGoForSonarGo, parseGoLang, type AnalyzerGo } from './analyzer-versions.js';
import { parseSonarHost, plainHttpWarning } from './sonar-host.js';
import { installedGoPlugin } from './sonar-server.js';
import { printable } from './text.js';

export interface AnalyzerSource {
  analyzerGoVersion: string;
  sonarGoVersion: string;
  sonarHostUrl: string;
  sonarToken: string;
}

export async function resolveAnalyzerGo(
  s: AnalyzerSource,
  warn: (message: string) => void = () => undefined,
): Promise<AnalyzerGo | undefined> {
  if (s.analyzerGoVersion !== '') {
    const lang = parseGoLang(s.analyzerGoVersion);
    if (!lang)
      throw new Error(
        `input "analyzer-go-version" is "${printable(s.analyzerGoVersion)}", which is not a Go version; expected e.g. "1.21" or "1.23.4"`,
      );
    return { lang, source: `analyzer-go-version ${s.analyzerGoVersion}` };
  }
  if (s.sonarGoVersion !== '') {
    const a = analyzerGoForSonarGo(s.sonarGoVersion);
    if (!a)
      throw new Error(
        `input "sonar-go-version" is "${printable(s.sonarGoVersion)}", which is not a plugin version; expected e.g. "1.18" or "1.18.0.240" (Administration > Marketplace > Installed, "Go")`,
      );
    return a;
  }
  if (s.sonarHostUrl !== '') {
    const host = parseSonarHost(s.sonarHostUrl);
    const plain = plainHttpWarning(host, s.sonarToken);
    if (plain) warn(plain);
    const version = await installedGoPlugin(host, s.sonarToken);
    const a = analyzerGoForSonarGo(version);
    if (!a)
      throw new Error(
        `the Go plugin on ${host.display} reports version "${printable(version)}", which is not a version this action can read; set sonar-go-version or analyzer-go-version`,
      );
    return { ...a, source: `${a.source} (installed on ${host.display})` };
  }
  return undefined;
}
