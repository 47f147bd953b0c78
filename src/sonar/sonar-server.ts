// Reads the installed Go plugin version from a SonarQube server (GET api/plugins/installed).
export class SonarServerError extends Error {
  override name = 'SonarServerError';
}

interface InstalledPlugins {
  plugins?: { key?: string; version?: string; name?: string }[];
}

/** Version of the plugin with key `go`, e.g. "1.18.0.240 (build 240)". */
export async function installedGoPlugin(hostUrl: string, token: string, timeoutMs = 15000): Promise<string> {
  let url: URL;
  try {
    url = new URL('api/plugins/installed', hostUrl.endsWith('/') ? hostUrl : `${hostUrl}/`);
  } catch {
    throw new SonarServerError(`input "sonar-host-url" is "${hostUrl}", which is not a URL; expected e.g. https://sonar.example.com`);
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Basic auth with the token as user name works on every SonarQube version (Bearer needs 10.0+).
  if (token !== '') headers.Authorization = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    throw new SonarServerError(`cannot reach the SonarQube server at ${url.origin} (${cause})`);
  }
  if (res.status === 401 || res.status === 403) {
    throw new SonarServerError(
      `SonarQube at ${url.origin} answered ${res.status} to GET ${url.pathname}; check input "sonar-token" (a user token with Browse permission)`,
    );
  }
  if (!res.ok) throw new SonarServerError(`SonarQube at ${url.origin} answered ${res.status} ${res.statusText} to GET ${url.pathname}`);
  let body: InstalledPlugins;
  try {
    body = (await res.json()) as InstalledPlugins;
  } catch {
    throw new SonarServerError(
      `SonarQube at ${url.origin} did not answer GET ${url.pathname} with JSON; is sonar-host-url the server's base URL?`,
    );
  }
  const go = (body.plugins ?? []).find((p) => p.key === 'go');
  if (!go?.version)
    throw new SonarServerError(`SonarQube at ${url.origin} has no Go plugin (key "go") installed; Go files will not be analyzed`);
  return go.version;
}
