/**
 * What Smart View gives for a binary or numeric value: a tree of declared structures and their fields,
 * each with the bytes it came from (offset and size), so the inspector can show it beside the hex.
 * Field and structure names are keys (translated by the renderer under `smartView.*`); the `text` of a
 * field is data (a path, a DN, a flag name, a hex number) and is never translated.
 */

/** Structures, as MFCMAPI's Smart View names them (core/smartview/EntryIdStruct.cpp and friends). */
export type SmartStructKey =
  | 'entryId'
  | 'shortTermEntryId'
  | 'storeEntryId'
  | 'exchangeStore'
  | 'exchangeStoreV2'
  | 'exchangeStoreV3'
  | 'pstStore'
  | 'abEntryId'
  | 'ephemeralEntryId'
  | 'oneOffEntryId'
  | 'contabEntryId'
  | 'wabEntryId'
  | 'mapiUid'
  | 'filetime'
  | 'int64'
  | 'long';

/** Fields of those structures. */
export type SmartFieldKey =
  | 'abFlags'
  | 'providerUid'
  | 'version'
  | 'flag'
  | 'dllName'
  | 'padding'
  | 'wrappedFlags'
  | 'wrappedProviderUid'
  | 'wrappedType'
  | 'serverShortname'
  | 'mailboxDn'
  | 'magic'
  | 'size'
  | 'offsetDn'
  | 'offsetFqdn'
  | 'offsetSmtp'
  | 'dn'
  | 'fqdn'
  | 'smtpAddress'
  | 'reserved'
  | 'pstFlags'
  | 'pstUid'
  | 'dataFilePath'
  | 'type'
  | 'x500Dn'
  | 'bitmask'
  | 'displayName'
  | 'addressType'
  | 'emailAddress'
  | 'index'
  | 'entryIdCount'
  | 'containerUid'
  | 'guid'
  | 'name'
  | 'date'
  | 'signed'
  | 'unsigned'
  | 'hex'
  | 'providerData'
  | 'unparsed';

export interface SmartField {
  field: SmartFieldKey;
  offset: number;
  size: number;
  /** The value as text: language-neutral (data, symbolic names, numbers in C notation). */
  text: string;
  /** A MAPIUID the field holds (lowercase hex): the inspector links it to its section when there is one. */
  uid?: string;
}

export interface SmartStruct {
  struct: SmartStructKey;
  offset: number;
  size: number;
  items: SmartItem[];
}

export type SmartItem = SmartField | SmartStruct;

export interface SmartView {
  root: SmartStruct;
  /** One line for the grid, Search and Compare: the fields people look for (path, DLL, server, DN…). */
  summary: string;
  /** False when the bytes ended inside a declared field: what is left is shown as hex (`unparsed`). */
  complete: boolean;
}

export const isStruct = (i: SmartItem): i is SmartStruct => 'struct' in i;
