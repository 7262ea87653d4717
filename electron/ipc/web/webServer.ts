/**
 * The browser mode's transport: an HTTP server on 127.0.0.1 only, at a free port, serving the built
 * renderer and the contract's channels at `POST /api/<channel>`.
 *
 * The per-run token travels in the URL's fragment (`/#token=…`), which browsers never send to servers
 * nor put in Referer headers; the page keeps it and sends it as `Authorization: Bearer` on every call.
 * A custom header also means a cross-site page cannot send the request without a CORS preflight, which
 * this server never grants.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp.js';
import { isChannelName } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { channelWire } from '../../../shared/wire/wireCodec.js';
import { dispatch, type Handlers } from '../dispatch.js';
import { bearerToken, hostAllowed, originAllowed, tokenMatches } from './requestGuard.js';
import { readStatic } from './staticFiles.js';

export interface WebServerOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (imports carry whole files). */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The largest request body. The window sends files in 1 MiB chunks (uploads.*), so no request of the
 * page comes near this; a bigger body — a whole file through profiles.import — is refused before it is
 * read, and cannot get past the uploads' memory bounds that way.
 */
export const DEFAULT_MAX_BODY = 24 * 1024 * 1024;

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', Buffer.from('Internal error'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      return sendError(res, 403, new AppError('E_INVALID_REQUEST', 'badHost', { host: String(req.headers.host ?? '') }));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', Buffer.from('Method not allowed'));
    const file = readStatic(options.rendererDir, url.pathname);
    send(res, file.status, file.type, req.method === 'HEAD' ? Buffer.alloc(0) : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', Buffer.from('Method not allowed'));
    if (!originAllowed(req.headers.origin, port)) {
      return sendError(res, 403, new AppError('E_INVALID_REQUEST', 'badHost', { host: String(req.headers.origin) }));
    }
    if (!tokenMatches(token, bearerToken(req.headers.authorization))) {
      return sendError(res, 401, new AppError('E_INVALID_REQUEST', 'unauthorized'));
    }
    const body = await readBody(req, maxBody);
    if (body === null) return sendError(res, 413, new AppError('E_INVALID_REQUEST', 'requestTooLarge', { limit: maxBody }));
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, new AppError('E_INVALID_REQUEST', 'invalidRequest', { issues: 'the body is not JSON' }));
    }
    // Byte fields arrive as base64 and leave as base64: the handlers see and answer Uint8Array (wireCodec.ts).
    const name = decodeURIComponent(channel);
    const wire = isChannelName(name) ? channelWire(name) : null;
    const envelope = await dispatch(options.handlers, name, wire ? wire.request.fromWire(request) : request);
    const answer = wire && envelope.ok ? { ok: true, value: wire.response.toWire(envelope.value) } : envelope;
    send(res, 200, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(answer)));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads the body, or null as soon as it passes `limit` (the rest is not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': body.length });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, error: AppError): void {
  send(res, status, 'application/json; charset=utf-8', Buffer.from(JSON.stringify({ ok: false, error: error.toShape() })));
}
