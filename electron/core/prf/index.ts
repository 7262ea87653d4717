/** PRF ↔ profile (docs/file-formats.md §5): import a PRF as Outlook would, export a profile as a PRF. */
export { importPrf, type PrfImport } from './importPrf.js';
export { exportPrf, type PrfExport } from './exportPrf.js';
export { DEFAULT_MAPPING_TEXT, defaultMappingSections } from './defaultMappings.js';
export { propertyHome, type PropertyHome } from './propertyHome.js';
