import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/ipc/web/webServer.js';
import { realHandlers } from '../testContext.js';

/** A raw HTTP request, so Host and Origin can be set to anything (fetch forbids it). */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('the browser mode server', () => {
  let server: WebServer;
  let root: string;
  const { handlers, storeDir } = realHandlers();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mpe-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'mpe-secret.txt'), 'secret');
    server = await startWebServer({ handlers, rendererDir: root, maxBodyBytes: 1024 });
  });
  afterAll(() => server.close());

  const host = () => `127.0.0.1:${server.port}`;
  const api = (channel: string, headers: Record<string, string> = {}, body = '{}') =>
    raw(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { Host: host(), Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
      body,
    });

  it('listens on 127.0.0.1 only and prints the token in the URL fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call that carries the token', async () => {
    const r = await api('app.info');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { storeDir } });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${server.token}x`, server.token]) {
      const headers: Record<string, string> = { Host: host() };
      if (auth) headers.Authorization = auth;
      const r = await raw(server.port, { method: 'POST', path: '/api/app.info', headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { reason: 'unauthorized' } });
    }
  });

  it('refuses a foreign Host (DNS rebinding) even with the token', async () => {
    const r = await api('app.info', { Host: `evil.example:${server.port}` });
    expect(r.status).toBe(403);
    const s = await raw(server.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(s.status).toBe(403);
  });

  it('refuses a cross-site Origin even with the token', async () => {
    expect((await api('app.info', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('app.info', { Origin: `http://${host()}` })).status).toBe(200);
  });

  it('parses the request with the same schema as the Electron adapter', async () => {
    const r = await api('app.info', {}, '{"extra":true}');
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST' } });
    const notJson = await api('app.info', {}, '{nope');
    expect(notJson.status).toBe(400);
  });

  it('refuses a request body over the limit', async () => {
    const r = await api('app.info', {}, JSON.stringify({ pad: 'x'.repeat(2000) }));
    expect(r.status).toBe(413);
  });

  it('serves the renderer with the CSP and never outside its folder', async () => {
    const index = await raw(server.port, { path: '/', headers: { Host: host() } });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await raw(server.port, { path: '/assets/a.js', headers: { Host: host() } })).body).toContain('console.log');
    for (const path of [
      '/../mpe-secret.txt',
      '/%2e%2e/mpe-secret.txt',
      '/assets/..%2f..%2fmpe-secret.txt',
      '/..%5cmpe-secret.txt',
      '/%00',
    ]) {
      const r = await raw(server.port, { path, headers: { Host: host() } });
      expect(r.body, path).not.toContain('secret');
    }
  });

  it('only serves GET and HEAD outside the API', async () => {
    expect((await raw(server.port, { method: 'PUT', path: '/', headers: { Host: host() }, body: 'x' })).status).toBe(405);
    expect((await raw(server.port, { method: 'GET', path: '/api/app.info', headers: { Host: host() } })).status).toBe(405);
  });
});
