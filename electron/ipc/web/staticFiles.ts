/**
 * Serves the built renderer read-only. Paths are decoded, normalized and must stay inside the root
 * (no `..`, no absolute paths, no NUL), and so must the file itself once symlinks are followed; unknown
 * paths without an extension get index.html (the app is a single page).
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface StaticFile {
  status: number;
  type: string;
  body: Buffer;
}

/** Resolves a URL path to a file inside `root`, or null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, '.' + normalize('/' + decoded));
  return isInside(rootAbs, target) ? target : null;
}

const isInside = (rootAbs: string, target: string): boolean => target === rootAbs || target.startsWith(rootAbs + sep);

export function readStatic(root: string, urlPath: string): StaticFile {
  const path = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (path === null) return { status: 400, type: 'text/plain', body: Buffer.from('Bad path') };
  const file = isFile(path) ? path : extname(path) === '' ? join(resolve(root), 'index.html') : null;
  if (file === null || !isFile(file)) return { status: 404, type: 'text/plain', body: Buffer.from('Not found') };
  // A symlink inside the folder may lead out of it: the real path must be inside the real root too.
  if (!isInside(realpathSync(resolve(root)), realpathSync(file)))
    return { status: 404, type: 'text/plain', body: Buffer.from('Not found') };
  return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
