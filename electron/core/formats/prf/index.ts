/** PRF files (docs/file-formats.md §5): reader, resolver through the file's own mapping tables, writer. */
export { parsePrf } from './parsePrf.js';
export { resolvePrf, convertPrfValue } from './resolvePrf.js';
export type { PrfConversion } from './resolvePrf.js';
export { writePrf } from './writePrf.js';
export { readIni, decodeIniText, parseIniLines, findSection, DEFAULT_MAX_INI_BYTES } from './iniText.js';
export type { IniDocument, IniEncoding, IniEntry, IniFormat, IniSection, ReadIniOptions } from './iniText.js';
export type * from './prfTypes.js';
