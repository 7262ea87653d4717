/**
 * End-to-end harness: the real browser mode (handlers over a real store in a temp dir, the built
 * renderer) driven in Debian's Chromium by playwright-core. The e2e files run inside
 * `describeWith(['chromium'], …)`: skipped with a message without Chromium, a failure in CI.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import { openContext, type HandlerContext } from '../../electron/ipc/handlers/context.js';
import { startWebServer, type WebServer } from '../../electron/ipc/web/webServer.js';
import { CHROMIUM } from '../helpers/peerTools.js';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '__screenshots__');

export interface Session {
  server: WebServer;
  browser: Browser;
  page: Page;
  storeDir: string;
  /** The handlers' context behind the page (its store, its staged uploads). */
  context: HandlerContext;
  close(): Promise<void>;
}

/** Starts the browser mode on a fresh store (or `storeDir`) and opens its URL in a new Chromium. */
export async function openSession(
  options: { storeDir?: string; locale?: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is not built: run npm run build first');
  const storeDir = options.storeDir ?? mkdtempSync(join(tmpdir(), 'mpe-e2e-'));
  const context = openContext({ shell: 'web', storeDir });
  const server = await startWebServer({ handlers: createHandlers(context), rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const browserContext = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await browserContext.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  return {
    server,
    browser,
    page,
    storeDir,
    context,
    async close() {
      await browser.close();
      await server.close();
      if (errors.length) throw new Error('errors in the page: ' + errors.join('; '));
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
