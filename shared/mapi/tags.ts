/**
 * Property tags used by the engine (docs/mapi-profiles.md §11). The full name table for display is built
 * alongside (see tagTable.ts when present).
 */
export const PT = {
  UNSPECIFIED: 0x0000,
  NULL: 0x0001,
  I2: 0x0002,
  LONG: 0x0003,
  R4: 0x0004,
  DOUBLE: 0x0005,
  CURRENCY: 0x0006,
  APPTIME: 0x0007,
  ERROR: 0x000a,
  BOOLEAN: 0x000b,
  OBJECT: 0x000d,
  I8: 0x0014,
  STRING8: 0x001e,
  UNICODE: 0x001f,
  SYSTIME: 0x0040,
  CLSID: 0x0048,
  BINARY: 0x0102,
  MV_FLAG: 0x1000,
  MV_I2: 0x1002,
  MV_LONG: 0x1003,
  MV_R4: 0x1004,
  MV_DOUBLE: 0x1005,
  MV_CURRENCY: 0x1006,
  MV_APPTIME: 0x1007,
  MV_I8: 0x1014,
  MV_STRING8: 0x101e,
  MV_UNICODE: 0x101f,
  MV_SYSTIME: 0x1040,
  MV_CLSID: 0x1048,
  MV_BINARY: 0x1102,
} as const;

// Profile-section properties (MAPITags.h; docs/mapi-profiles.md §11.1–11.2).
export const PR_STORE_PROVIDERS = 0x3d000102;
export const PR_AB_PROVIDERS = 0x3d010102;
export const PR_TRANSPORT_PROVIDERS = 0x3d020102;
export const PR_AB_SEARCH_PATH = 0x3d051102;
export const PR_AB_DEFAULT_DIR = 0x3d060102;
export const PR_AB_DEFAULT_PAB = 0x3d070102;
export const PR_FILTERING_HOOKS = 0x3d080102;
export const PR_SERVICE_NAME = 0x3d09001e;
export const PR_SERVICE_NAME_W = 0x3d09001f;
export const PR_SERVICE_DLL_NAME_W = 0x3d0a001f;
export const PR_SERVICE_ENTRY_NAME = 0x3d0b001e;
export const PR_SERVICE_UID = 0x3d0c0102;
export const PR_SERVICE_EXTRA_UIDS = 0x3d0d0102;
export const PR_SERVICES = 0x3d0e0102;
export const PR_SERVICE_SUPPORT_FILES = 0x3d0f101e;
export const PR_SERVICE_DELETE_FILES = 0x3d10101e;
export const PR_AB_SEARCH_PATH_UPDATE = 0x3d110102;
export const PR_PROFILE_NAME = 0x3d12001e;
export const PR_SERVICE_INSTALL_ID = 0x3d13001f;
export const PR_EMSMDB_SECTION_UID = 0x3d150102;
export const PR_EMSABP_USER_UID = 0x3d1a0102;
export const PR_DISPLAY_NAME = 0x3001001e;
export const PR_DISPLAY_NAME_W = 0x3001001f;
export const PR_PROVIDER_DISPLAY_W = 0x3006001f;
export const PR_RESOURCE_FLAGS = 0x30090003;
export const PR_PROVIDER_DLL_NAME_W = 0x300a001f;
export const PR_SEARCH_KEY = 0x300b0102;
export const PR_RESOURCE_TYPE = 0x3e030003;
export const PR_ENTRYID = 0x0fff0102;
export const PR_RECORD_KEY = 0x0ff90102;
export const PR_STORE_RECORD_KEY = 0x0ffa0102;
export const PR_STORE_ENTRYID = 0x0ffb0102;
export const PR_MDB_PROVIDER = 0x34140102;
export const PR_AB_PROVIDER_ID = 0x36150102;
export const PR_PST_PATH = 0x6700001e;
export const PR_PST_PATH_W = 0x6700001f;
export const PR_PROFILE_OFFLINE_STORE_PATH = 0x6610001e;
export const PR_PROFILE_OFFLINE_STORE_PATH_W = 0x6610001f;

// More string variants and status properties (docs/mapi-profiles.md §11; names as in tagTable.ts).
export const PR_SERVICE_DLL_NAME = 0x3d0a001e;
export const PR_SERVICE_ENTRY_NAME_W = 0x3d0b001f;
export const PR_SERVICE_SUPPORT_FILES_W = 0x3d0f101f;
export const PR_SERVICE_DELETE_FILES_W = 0x3d10101f;
export const PR_EMSMDB_LEGACY = 0x3d18000b;
export const PR_DEFAULT_PROFILE = 0x3d04000b;
export const PR_PROVIDER_DISPLAY = 0x3006001e;
export const PR_PROVIDER_DLL_NAME = 0x300a001e;
export const PR_COMMENT = 0x3004001e;
export const PR_PROVIDER_UID = 0x300c0102;
export const PR_RESOURCE_METHODS = 0x3e020003;
export const PR_OWN_STORE_ENTRYID = 0x3e060102;
export const PR_PROVIDER_DISPLAY_NAME = 0x3418001e;
export const PR_PST_ENCRYPTION = 0x67020003;
export const PR_PST_CONFIG_FLAGS = 0x67700003;
export const PR_PROFILE_CONFIG_FLAGS = 0x66010003;
export const PR_PROFILE_USER_SMTP_EMAIL_ADDRESS = 0x6641001e;
export const PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_W = 0x6641001f;
export const PR_CONTAB_UID = 0x66010102;
