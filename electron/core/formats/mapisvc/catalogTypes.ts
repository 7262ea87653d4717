/**
 * A service catalog read from MAPISVC.INF (docs/mapi-profiles.md §13): what `create-service` needs to build a
 * service, its providers and its extra sections without the service's own DLL.
 */
import type { IniEncoding } from '../prf/iniText.js';

/** A typed INF value: PT_LONG/PT_I2 → number, PT_BOOLEAN → boolean, strings, PT_BINARY → bytes, MV → arrays. */
export type CatalogValue = number | boolean | string | Uint8Array | readonly string[] | readonly number[] | readonly Uint8Array[];

/** A property entry: `PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY` or `66090003=0C000000`. */
export interface CatalogProperty {
  /** The key as written (`PR_DISPLAY_NAME`, `66090003`). */
  key: string;
  /** Full tag, id << 16 | type. */
  tag: number;
  value: CatalogValue;
  raw: string;
  line: number;
}

/** An entry kept as text: a non-MAPI key (`WIZARD_ENTRY_NAME`), an unknown symbol, or (lenient) a bad value. */
export interface CatalogRawEntry {
  key: string;
  value: string;
  line: number;
}

export interface CatalogSection {
  /** The INF section name (`EMS_MDB_private`). */
  name: string;
  line: number;
  properties: CatalogProperty[];
  raw: CatalogRawEntry[];
}

export interface CatalogProvider extends CatalogSection {
  /** PR_RESOURCE_TYPE (`MAPI_STORE_PROVIDER` = 0x21…), when given. */
  resourceType?: number;
  /** PR_RESOURCE_FLAGS as STATUS_* bits, when given. */
  resourceFlags?: number;
}

/** A `Sections=` section. `uid` fixes the MAPIUID of the section MAPI creates for it. */
export interface CatalogExtraSection extends CatalogSection {
  /** `UID=`: 32 hex digits in byte order, lower-cased (the registry key name of the section). */
  uid?: string;
}

export interface CatalogService extends CatalogSection {
  /** The `[Services]` value: `MSEMS=Microsoft Exchange Server`. The key (`name`) becomes PR_SERVICE_NAME. */
  displayName: string;
  /** PR_RESOURCE_FLAGS as SERVICE_* bits (0 when absent). */
  resourceFlags: number;
  /** SERVICE_SINGLE_COPY is set: a profile may hold one such service only (docs/mapi-profiles.md §6.5). */
  singleCopy: boolean;
  /** Listed in `[Default Services]`. */
  isDefault: boolean;
  providers: CatalogProvider[];
  sections: CatalogExtraSection[];
}

/** A `name=value` line of `[Services]`, `[Default Services]` or `[Help File Mappings]`. */
export interface CatalogListEntry {
  name: string;
  value: string;
  line: number;
}

/** Something the reader kept but that MAPI would probably not use as the author meant. */
export interface CatalogWarning {
  section: string;
  key?: string;
  line: number;
  message: string;
}

export interface ServiceCatalog {
  /** In `[Services]` order. */
  services: CatalogService[];
  defaultServices: CatalogListEntry[];
  helpFileMappings: CatalogListEntry[];
  /** Sections nothing refers to, kept as raw entries. */
  otherSections: CatalogSection[];
  warnings: CatalogWarning[];
  encoding: IniEncoding;
}

export interface ParseMapiSvcOptions {
  /**
   * Keep a value that does not parse as its type as a raw entry plus a warning, instead of throwing.
   * Structural errors (a missing provider or extra section, a bad `UID=`) throw in both modes.
   */
  lenient?: boolean;
  /** Files larger than this are refused before decoding (default DEFAULT_MAX_INI_BYTES, 64 MiB). */
  maxBytes?: number;
}
