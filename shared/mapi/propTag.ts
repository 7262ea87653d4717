/**
 * Property tags: tag = (id << 16) | type (MAPIDefS.h PROP_TAG). In the registry a section's value is
 * named `%04x%04x` of (type, id) — the halves swapped, lowercase (docs/file-formats.md §3.1).
 */
export const propType = (tag: number): number => tag & 0xffff;
export const propId = (tag: number): number => tag >>> 16;
export const makeTag = (id: number, type: number): number => ((id << 16) | type) >>> 0;

/** `0x3001001F` → `001f3001`. */
export function valueNameOfTag(tag: number): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(propType(tag)) + hex(propId(tag));
}

/** `001f3001` → `0x3001001F`; null for a name that is not a property (`Service UID`, `S001e67f1`…). */
export function tagOfValueName(name: string): number | null {
  if (!/^[0-9a-fA-F]{8}$/.test(name)) return null;
  const type = parseInt(name.slice(0, 4), 16);
  const id = parseInt(name.slice(4), 16);
  return makeTag(id, type);
}

/** `0x3001001F` → `0x3001001F` formatted as 8 uppercase hex digits with 0x. */
export const formatTag = (tag: number): string => '0x' + (tag >>> 0).toString(16).toUpperCase().padStart(8, '0');
