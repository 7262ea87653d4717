/**
 * Smart View: binary and numeric property values decoded into named fields, after MFCMAPI's parsers of
 * the same name (core/smartview/). Pure and environment-neutral: the inspector, Search and Compare use it.
 */
export { smartText, smartViewOf, smartViewOfBytes, isEntryIdTag, type SmartInput } from './smartView.js';
export { guidForm, uidName, uidText } from './mapiUid.js';
export { signed32, filetimeIso, hex64 } from './numbers.js';
export {
  isStruct,
  type SmartField,
  type SmartFieldKey,
  type SmartItem,
  type SmartStruct,
  type SmartStructKey,
  type SmartView,
} from './types.js';
