// The sonar-host-url input as something safe to use and to print. A URL may carry credentials
// (http://user:pass@host, ?token=...): they are taken out of the URL we request (sent as a Basic
// header instead), never shown in a message (display holds scheme, host, port and path only), and
// listed as secrets for the runtime to mask.
import { SonarServerError } from './sonar-server-error.js';

/** Query parameters whose values are credentials. */
const secretParams = /^(token|access_token|api[-_]?key|key|password|passwd|pass|secret|auth|login)$/i;

export interface SonarHost {
  /** What to request: the given URL without user:password. */
  url: URL;
  /** For messages: scheme://host[:port]/path, never credentials or the query. */
  display: string;
  /** user:password from the URL, sent as Basic auth when no token is given. */
  basic?: { user: string; password: string };
  /** Credentials in the query string (kept in the request URL). */
  queryCredentials: boolean;
}

/** The text of a sonar-host-url that is not a URL, with anything that may be a credential cut out. */
export function redactedUrlText(raw: string): string {
  return raw.replace(/\/\/[^/?#]*@/, '//***@').replace(/[?#].*$/, '?***');
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseSonarHost(raw: string): SonarHost {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SonarServerError(
      `input "sonar-host-url" is "${redactedUrlText(raw)}", which is not a URL; expected e.g. https://sonar.example.com`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SonarServerError(
      `input "sonar-host-url" is "${redactedUrlText(raw)}", which is not an http(s) URL; expected e.g. https://sonar.example.com`,
    );
  }
  const basic = url.username !== '' || url.password !== '' ? { user: decoded(url.username), password: decoded(url.password) } : undefined;
  url.username = '';
  url.password = '';
  const queryCredentials = [...url.searchParams.keys()].some((k) => secretParams.test(k));
  const display = `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
  return { url, display, ...(basic ? { basic } : {}), queryCredentials };
}

/**
 * Every value of sonar-host-url and sonar-token that must never be printed: the token, the URL's
 * password (and its user name when the password is empty: a token given as user, as Sonar tokens
 * are), credential query values, and the whole URL when it holds any of them. Raw and decoded.
 */
export function sonarSecrets(rawUrl: string, token: string): string[] {
  const out = new Set<string>();
  if (token !== '') out.add(token);
  let url: URL | undefined;
  try {
    url = new URL(rawUrl);
  } catch {
    // Not a URL: anything between // and @ and the query may still be a credential.
    const m = /\/\/([^/?#]*)@/.exec(rawUrl);
    if (m) out.add(m[1]!);
    const q = /\?(.*)$/.exec(rawUrl);
    if (q) out.add(q[1]!);
  }
  if (url) {
    const creds: string[] = [];
    if (url.password !== '') creds.push(url.password, decoded(url.password));
    else if (url.username !== '') creds.push(url.username, decoded(url.username));
    for (const [k, v] of url.searchParams) if (secretParams.test(k) && v !== '') creds.push(v, encodeURIComponent(v));
    for (const c of creds) out.add(c);
    if (creds.length > 0) {
      out.add(rawUrl);
      out.add(url.href);
    }
  }
  return [...out].filter((s) => s.length > 0);
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1';
}

/** A warning when a credential would go over plain http:// to a host that is not this machine. */
export function plainHttpWarning(host: SonarHost, token: string): string | undefined {
  if (host.url.protocol !== 'http:' || isLoopback(host.url.hostname)) return undefined;
  if (token === '' && !host.basic && !host.queryCredentials) return undefined;
  return `the Sonar token is sent to ${host.display} over plain http://, where anyone on the network path can read it; use the server's https:// URL`;
}
