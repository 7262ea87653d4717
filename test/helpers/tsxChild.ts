/**
 * How tests start a TypeScript file of ours in a child Node process: tsx for TypeScript, plus a loader
 * hook that gives `?raw` imports the file's text as vite does at build time (the core imports
 * defaultCatalog.inf that way).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RAW_LOADER = pathToFileURL(resolve(import.meta.dirname, 'rawImportHooks.mjs')).href;

/** Node arguments that run `file` (a .ts) with `args`. */
export const tsxArgs = (file: string, ...args: string[]): string[] => ['--import', 'tsx', '--import', RAW_LOADER, file, ...args];
