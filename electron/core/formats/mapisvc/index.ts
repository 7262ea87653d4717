/** MAPISVC.INF (docs/mapi-profiles.md §13): the service catalog reader and the catalog shipped with the app. */
export { parseMapiSvc } from './parseMapiSvc.js';
export { parseInfValue } from './infValues.js';
export { tagOfSymbol, constantOf } from './infSymbols.js';
export { DEFAULT_CATALOG_TEXT, loadDefaultCatalog } from './defaultCatalog.js';
export type * from './catalogTypes.js';
