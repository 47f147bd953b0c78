// A real S3 protocol server for the s3 cache store's tests: s3rver (npm) on 127.0.0.1 with a data
// directory, plus a loopback proxy in front of it that can answer like AWS where s3rver does not:
// injected 5xx/throttling replies (retry tests) and AWS's conditional writes (a PutObject or
// CompleteMultipartUpload with If-None-Match: * gets 412 when the key exists; s3rver ignores the
// header, so without the proxy the test sees the check-then-put fallback). Everything else is
// forwarded byte for byte, Host header included, so SigV4 signatures still verify upstream.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import S3rver from 's3rver';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';

/** s3rver's fixed credentials; any region works. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const BUCKET = 'gck-cache';

export interface S3Server {
  endpoint: string;
  /** Env for a step using the store: AWS credentials, and no profile files or instance metadata to fall back to. */
  env: NodeJS.ProcessEnv;
  client: S3Client;
  close(): Promise<void>;
}

/** The AWS environment a step gets: these keys only, no ~/.aws files, never the instance metadata service. */
export function awsEnv(credentials = S3RVER_CREDENTIALS): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export function s3Client(endpoint: string): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
}

export async function startS3Server(buckets: string[] = [BUCKET]): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gck-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3Client(endpoint);
  return {
    endpoint,
    env: awsEnv(),
    client,
    close: async () => {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface Fault {
  /** HTTP method to hit (GET, PUT, POST, HEAD); any when absent. */
  method?: string;
  /** Only requests whose URL contains this. */
  match?: string;
  status: 500 | 503 | 403;
  /** How many matching requests get the fault, then they pass. */
  times: number;
}

/** A GET whose answer is cut off: the headers (full Content-Length) and `after` bytes of the body, then the connection is dropped. */
export interface Cut {
  /** Only requests whose URL contains this. */
  match?: string;
  after: number;
  /** How many matching GETs are cut, then they pass. */
  times: number;
}

export interface S3Proxy {
  endpoint: string;
  /** "METHOD path?query → status", in arrival order (a ranged GET shows its Range). */
  log: string[];
  faults: Fault[];
  cuts: Cut[];
  close(): Promise<void>;
}

const FAULT_CODES: Record<Fault['status'], [string, string]> = {
  500: ['InternalError', 'We encountered an internal error. Please try again.'],
  503: ['SlowDown', 'Please reduce your request rate.'],
  403: ['AccessDenied', 'Access Denied'],
};

function errorXml(code: string, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${text}</Message><RequestId>gck</RequestId></Error>`;
}

/**
 * A loopback proxy in front of upstream; conditional: answer If-None-Match: * like AWS S3;
 * refuseConditional: answer it 501 NotImplemented, as a store without conditional writes may.
 */
export async function startS3Proxy(upstream: string, opts: { conditional?: boolean; refuseConditional?: boolean } = {}): Promise<S3Proxy> {
  const log: string[] = [];
  const faults: Fault[] = [];
  const cuts: Cut[] = [];
  const sockets = new Set<net.Socket>();
  const check = s3Client(upstream);
  const target = new URL(upstream);
  // Conditional writes of one key are decided one at a time, as the store would.
  const locks = new Map<string, Promise<unknown>>();

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body?: Buffer, cutAfter?: number): Promise<number> =>
    new Promise((resolve) => {
      const up = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          if (cutAfter === undefined) {
            answer.pipe(res);
            answer.on('end', () => resolve(answer.statusCode ?? 502));
            return;
          }
          let sent = 0;
          answer.on('data', (chunk: Buffer) => {
            if (sent >= cutAfter) return;
            const part = chunk.subarray(0, cutAfter - sent);
            sent += part.length;
            res.write(part, () => {
              if (sent < cutAfter) return;
              answer.destroy();
              res.socket?.destroy();
              resolve(answer.statusCode ?? 502);
            });
          });
        },
      );
      up.on('error', () => {
        res.writeHead(502).end();
        resolve(502);
      });
      if (body) up.end(body);
      else req.pipe(up);
    });

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const fault = faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && (!f.match || url.includes(f.match)));
      if (fault) {
        fault.times--;
        req.resume();
        const [code, text] = FAULT_CODES[fault.status];
        res.writeHead(fault.status, { 'content-type': 'application/xml' }).end(req.method === 'HEAD' ? undefined : errorXml(code, text));
        log.push(`${req.method} ${url} → ${fault.status} (injected)`);
        return;
      }
      const cut = req.method === 'GET' ? cuts.find((c) => c.times > 0 && (!c.match || url.includes(c.match))) : undefined;
      if (cut) {
        cut.times--;
        log.push(`GET ${url} → ${await forward(req, res, undefined, cut.after)} (cut after ${cut.after} bytes)`);
        return;
      }
      const u = new URL(url, 'http://x');
      const isWrite =
        (req.method === 'PUT' && !u.searchParams.has('partNumber')) || (req.method === 'POST' && u.searchParams.has('uploadId'));
      if (opts.refuseConditional && isWrite && req.headers['if-none-match']) {
        req.resume();
        res
          .writeHead(501, { 'content-type': 'application/xml' })
          .end(errorXml('NotImplemented', 'A header you provided implies functionality that is not implemented'));
        log.push(`${req.method} ${url} → 501 (conditional refused)`);
        return;
      }
      if (opts.conditional && isWrite && req.headers['if-none-match'] === '*') {
        const [bucket, ...rest] = u.pathname.slice(1).split('/');
        const key = decodeURIComponent(rest.join('/'));
        const prev = locks.get(key) ?? Promise.resolve();
        const turn = prev.then(async () => {
          const exists = await check.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
            () => true,
            () => false,
          );
          if (exists) {
            req.resume();
            res
              .writeHead(412, { 'content-type': 'application/xml' })
              .end(errorXml('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold'));
            return 412;
          }
          return forward(req, res);
        });
        locks.set(
          key,
          turn.catch(() => undefined),
        );
        log.push(`${req.method} ${url} → ${await turn}`);
        return;
      }
      const range = req.headers.range ? ` (${req.headers.range})` : '';
      log.push(`${req.method} ${url}${range} → ${await forward(req, res)}`);
    })();
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    log,
    faults,
    cuts,
    close: () =>
      new Promise((r) => {
        check.destroy();
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** An endpoint nothing listens on: a loopback port bound and released again. */
export async function deadEndpoint(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
