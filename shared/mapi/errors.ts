/**
 * MAPI error codes the editor reports (MAPICode.h; docs/mapi-profiles.md §9). MAPI_E_ACCESS_DENIED is the
 * documentation alias of MAPI_E_NO_ACCESS = E_ACCESSDENIED = 0x80070005 (§6.3); Simple MAPI's value 6
 * is never used.
 */
export const MAPI_ERRORS = {
  MAPI_E_CALL_FAILED: 0x80004005,
  MAPI_E_NO_ACCESS: 0x80070005,
  MAPI_E_INVALID_PARAMETER: 0x80070057,
  MAPI_E_NO_SUPPORT: 0x80040102,
  MAPI_E_STRING_TOO_LONG: 0x80040105,
  MAPI_E_OBJECT_CHANGED: 0x80040109,
  MAPI_E_BUSY: 0x8004010b,
  MAPI_E_NOT_FOUND: 0x8004010f,
  MAPI_E_LOGON_FAILED: 0x80040111,
  MAPI_E_USER_CANCEL: 0x80040113,
  MAPI_E_CORRUPT_DATA: 0x8004011b,
  MAPI_E_BAD_VALUE: 0x80040301,
  MAPI_E_COLLISION: 0x80040604,
} as const;
export type MapiErrorName = keyof typeof MAPI_ERRORS;

/** How each code is shown: the alias is part of the name the user reads (§6.3). */
export const MAPI_ERROR_DISPLAY: Partial<Record<MapiErrorName, string>> = {
  MAPI_E_NO_ACCESS: 'MAPI_E_ACCESS_DENIED / MAPI_E_NO_ACCESS',
};

export const formatHresult = (hresult: number): string => '0x' + (hresult >>> 0).toString(16).toUpperCase().padStart(8, '0');
