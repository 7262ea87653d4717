/** The `.reg` format: read (parseReg → RegFile → toSnapshot) and write (writeReg). docs/file-formats.md §4. */
export { parseReg, DEFAULT_MAX_REG_BYTES } from './regReader.js';
export type { ParseRegOptions } from './regReader.js';
export { toSnapshot } from './regSnapshot.js';
export { writeReg } from './regWriter.js';
export type { WriteRegOptions } from './regWriter.js';
export type { RegEncoding } from './regText.js';
export type { RegDeleteValue, RegEntry, RegFile, RegKeyDeletion, RegKeyEntry, RegSetValue, RegValueOp, RegVersion } from './regFile.js';
