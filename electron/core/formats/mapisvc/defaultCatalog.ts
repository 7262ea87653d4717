/**
 * The catalog shipped with the app (defaultCatalog.inf beside this file, docs/mapi-profiles.md §13.2): MSEMS,
 * MSPST MS, MSUPST MS, MSPST AB, CONTAB and EMABLT. Vite's `?raw` import inlines the file's text at build
 * time, so the bundled main process and the CLI need no file at run time and the text is kept once.
 */
import type { ServiceCatalog } from './catalogTypes.js';
import { parseMapiSvc } from './parseMapiSvc.js';
import catalogText from './defaultCatalog.inf?raw';

/** The text of defaultCatalog.inf. */
export const DEFAULT_CATALOG_TEXT: string = catalogText;

/** The default catalog, parsed (strictly) on each call, so callers own what they get. */
export function loadDefaultCatalog(): ServiceCatalog {
  return parseMapiSvc(DEFAULT_CATALOG_TEXT);
}
