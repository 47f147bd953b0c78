// Reads the installed Go plugin version from a SonarQube server (GET api/plugins/installed).
import type { SonarHost } from './sonar-host.js';
import { SonarServerError } from './sonar-server-error.js';
import { printable } from './text.js';

export { SonarServerError };

interface InstalledPlugins {
  plugins?: { key?: string; version?: string; name?: string }[];
}

/** Version of the plugin with key `go`, e.g. "1.18.0.240 (build 240)". */
export async function installedGoPlugin(host: SonarHost, token: string, timeoutMs = 15000): Promise<string> {
  const base = new URL(host.url.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL('api/plugins/installed', base);
  url.search = host.url.search;
  const where = host.display;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Basic auth with the token as user name works on every SonarQube version (Bearer needs 10.0+).
  if (token !== '') headers.Authorization = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  else if (host.basic) headers.Authorization = `Basic ${Buffer.from(`${host.basic.user}:${host.basic.password}`).toString('base64')}`;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    // The cause is the network's word (ECONNREFUSED ...), never the URL we were given.
    throw new SonarServerError(`cannot reach the SonarQube server at ${where} (${printable(cause.split(url.href).join(where))})`);
  }
  if (res.status === 401 || res.status === 403) {
    throw new SonarServerError(
      `SonarQube at ${where} answered ${res.status} to GET ${url.pathname}; check input "sonar-token" (a user token with Browse permission)`,
    );
  }
  if (!res.ok)
    throw new SonarServerError(`SonarQube at ${where} answered ${res.status} ${printable(res.statusText)} to GET ${url.pathname}`);
  let body: InstalledPlugins;
  try {
    body = (await res.json()) as InstalledPlugins;
  } catch {
    throw new SonarServerError(
      `SonarQube at ${where} did not answer GET ${url.pathname} with JSON; is sonar-host-url the server's base URL?`,
    );
  }
  const go = (body.plugins ?? []).find((p) => p.key === 'go');
  if (!go?.version)
    throw new SonarServerError(`SonarQube at ${where} has no Go plugin (key "go") installed; Go files will not be analyzed`);
  return go.version;
}
