/**
 * The browser mode's perimeter (issue 9), beyond test/ipc/web/webServer.test.ts: bound to loopback only,
 * the token compared in constant time and accepted only as a Bearer header, Host and Origin checks against
 * the tricky spellings (DNS rebinding, look-alike hosts, `null` origins, other ports and schemes), no CORS
 * grant ever, body limits whether declared or streamed, and static serving that never leaves its folder —
 * double encoding, overlong UTF-8, backslashes, absolute and drive paths, NUL, and symlinks inside the
 * folder that point outside it.
 */
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/ipc/web/webServer.js';
import { resolveInside } from '../../electron/ipc/web/staticFiles.js';
import { realHandlers } from '../ipc/testContext.js';

// The real compare, watched: the token tests check it is what decides (requestGuard.ts).
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP/1.1 request (Host, Origin, paths sent exactly as given). */
function raw(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] },
): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    if (opts.chunks) for (const c of opts.chunks) req.write(c);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Bytes sent as they are on a socket: request lines Node's client would refuse to send. */
function rawSocket(port: number, text: string): Promise<string> {
  return new Promise((resolvePromise) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('close', () => resolvePromise(out));
    socket.on('error', () => resolvePromise(out));
  });
}

const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
let server: WebServer;
let root: string;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'mpe-browser-mode-'));
  root = join(base, 'renderer');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(outside, 'secret.js'), SECRET);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  // Symlinks inside the served folder that lead out of it: to a file, and to a folder.
  symlinkSync(join(outside, 'secret.js'), join(root, 'assets', 'linked.js'));
  symlinkSync(outside, join(root, 'assets', 'out'));
  // and to a file beside the root (a system file would make the test depend on the machine).
  symlinkSync(join(base, 'secret.txt'), join(root, 'beside.txt'));
  server = await startWebServer({ handlers: realHandlers().handlers, rendererDir: root, maxBodyBytes: LIMIT });
});
afterAll(() => server.close());

const host = () => `127.0.0.1:${server.port}`;
const api = (headers: Record<string, string>, body = '{}', channel = 'app.info') =>
  raw(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { Host: host(), Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('loopback only', () => {
  it('is reachable on 127.0.0.1 and on no other address of this machine', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const reach = (address: string) =>
      new Promise<boolean>((done) => {
        const s = connect({ host: address, port: server.port, timeout: 1000 }, () => (s.destroy(), done(true)));
        s.on('error', () => done(false));
        s.on('timeout', () => (s.destroy(), done(false)));
      });
    expect(await reach('127.0.0.1')).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address.split('%')[0]!);
    for (const address of [...others, '::1']) expect(await reach(address), address).toBe(false);
  });
});

describe('the token', () => {
  it('is refused when wrong at the same length: one character changed, or another token of that length', async () => {
    const t = server.token;
    const flipped = t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A');
    const other = randomBytes(64).toString('base64url').slice(0, t.length);
    for (const wrong of [flipped, other, 'A'.repeat(t.length)]) {
      expect(wrong).toHaveLength(t.length);
      expect(wrong).not.toBe(t);
      expect((await api({ Authorization: `Bearer ${wrong}` })).status, wrong).toBe(401);
    }
    expect((await api({})).status).toBe(200);
  });

  it('is decided by a constant-time compare of equal-length digests, whatever the length given', async () => {
    const t = server.token;
    const compare = vi.mocked(timingSafeEqual);
    for (const given of [t, t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A'), 'x', `${t}${t}`]) {
      compare.mockClear();
      await api({ Authorization: `Bearer ${given}` });
      // Exactly one compare per request, of two buffers of one length (so neither the given token's
      // length nor its content shortens it).
      expect(compare, given).toHaveBeenCalledTimes(1);
      const [a, b] = compare.mock.calls[0]! as [Buffer, Buffer];
      expect(a.length, given).toBe(b.length);
      expect(a.length, given).toBe(32);
      expect(a.equals(Buffer.from(t)) || b.equals(Buffer.from(t)), 'the raw token is never compared').toBe(false);
    }
    // The compare alone decides: forced false, the right token is refused; forced true, a wrong one of
    // the same length gets in (so no `===` on the token decides before or beside it).
    compare.mockReturnValueOnce(false);
    expect((await api({})).status).toBe(401);
    compare.mockReturnValueOnce(true);
    expect((await api({ Authorization: `Bearer ${'A'.repeat(t.length)}` })).status).toBe(200);
    expect((await api({})).status).toBe(200);
  });

  it('is accepted only as "Authorization: Bearer <token>" — not in the query, a cookie, another scheme or case', async () => {
    const t = server.token;
    const tries: { path?: string; headers: Record<string, string> }[] = [
      { path: `/api/app.info?token=${t}`, headers: {} },
      { path: `/api/app.info#token=${t}`, headers: {} },
      { headers: { Cookie: `token=${t}` } },
      { headers: { Authorization: `bearer ${t}` } },
      { headers: { Authorization: `Basic ${Buffer.from(`x:${t}`).toString('base64')}` } },
      { headers: { Authorization: `Bearer  ${t}` } },
      { headers: { Authorization: `Bearer ${t.toUpperCase()}` } },
      { headers: { Authorization: `Bearer ${t.slice(0, -1)}` } },
      { headers: { Authorization: `Bearer ${t}x` } },
      { headers: { 'X-Token': t } },
    ];
    for (const { path, headers } of tries) {
      const r = await raw(server.port, {
        method: 'POST',
        path: path ?? '/api/app.info',
        headers: { Host: host(), ...headers },
        body: '{}',
      });
      expect(r.status, JSON.stringify({ path, headers })).toBe(401);
    }
  });
});

describe('Host and Origin', () => {
  it('refuses DNS-rebinding and look-alike Host headers, on the API and on static files', async () => {
    const p = server.port;
    for (const h of [
      `attacker.example:${p}`,
      `127.0.0.1.attacker.example:${p}`,
      `localhost.attacker.example:${p}`,
      `127.0.0.1:${p + 1}`,
      `127.0.0.1`,
      `localhost.:${p}`,
      `[::1]:${p}`,
      `0.0.0.0:${p}`,
      `127.1:${p}`,
      `2130706433:${p}`,
      `x@127.0.0.1:${p}`,
      '',
    ]) {
      expect((await api({ Host: h })).status, `API Host ${h}`).toBe(403);
      expect((await raw(p, { path: '/', headers: { Host: h } })).status, `static Host ${h}`).toBe(403);
    }
    // No Host at all (HTTP/1.0 allows it).
    const noHost = await rawSocket(p, `GET / HTTP/1.0\r\n\r\n`);
    expect(noHost).toMatch(/^HTTP\/1\.[01] 403/);
  });

  it('refuses cross-site, null, look-alike, other-port and other-scheme Origins even with the token', async () => {
    const p = server.port;
    for (const o of [
      'null',
      'https://attacker.example',
      `http://127.0.0.1:${p}.attacker.example`,
      `http://127.0.0.1:${p + 1}`,
      `https://127.0.0.1:${p}`,
      `http://localhost:${p}/`,
      'file://',
      `http://attacker.example@127.0.0.1:${p}`,
      '',
    ]) {
      expect((await api({ Origin: o })).status, `Origin ${JSON.stringify(o)}`).toBe(403);
    }
    expect((await api({ Origin: `http://localhost:${p}` })).status).toBe(200);
  });

  it('never grants CORS: a preflight is refused and no answer carries Access-Control-Allow-*', async () => {
    const pre = await raw(server.port, {
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: {
        Host: host(),
        Origin: 'https://attacker.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(pre.status).toBe(405);
    for (const r of [pre, await api({}), await raw(server.port, { path: '/', headers: { Host: host() } })]) {
      expect(Object.keys(r.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('request size limits', () => {
  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const reply = await rawSocket(
      server.port,
      `POST /api/app.info HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${1024 * 1024 * 1024}\r\nConnection: close\r\n\r\n{}`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain('requestTooLarge');
  });

  it('refuses a chunked body that grows past the limit, and an oversized header block', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(LIMIT / 4, 0x20));
    const r = await raw(server.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: host(), Authorization: `Bearer ${server.token}`, 'Transfer-Encoding': 'chunked' },
      chunks,
    });
    expect(r.status).toBe(413);
    const big = await rawSocket(server.port, `GET / HTTP/1.1\r\nHost: ${host()}\r\nX-Pad: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431/);
  });
});

describe('static files never leave their folder', () => {
  const get = (path: string) => raw(server.port, { path, headers: { Host: host() } });

  it.each([
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%c0%af..%c0%afsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%5c%5c..%5c..%5csecret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:/Windows/win.ini',
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.js',
    '/assets/app.js%00',
    '/..%00/secret.txt',
    '/assets/linked.js',
    '/assets/out/secret.txt',
    '/assets/out/secret.js',
    '/beside.txt',
    `/${'../'.repeat(50)}etc/passwd`,
  ])('%s', async (path) => {
    const r = await get(path);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toMatch(/root:.*:0:0:/);
    expect([200, 400, 403, 404]).toContain(r.status);
    // Either refused, or the app's own page (the single-page fallback), never another file.
    if (r.status === 200) expect(r.body).toBe('<!doctype html><title>app</title>');
  });

  it('still serves the real files, and resolveInside keeps every path under the root', async () => {
    expect((await get('/assets/app.js')).body).toBe('console.log("app")');
    for (const p of ['../x', '/../../x', '%2e%2e/x', '..\\x', 'a/../../x', '/\0']) {
      const target = resolveInside(root, p);
      expect(target === null || target.startsWith(root), p).toBe(true);
    }
  });
});
