/** The model's public surface: registry ↔ stored profiles, the property codec, the derived view. */
export { decodeProperty, encodeProperty, type RawValue, type EncodeLike, type DecodeOptions } from './propertyCodec.js';
export { DEFAULT_MV_LAYOUT } from './mvLayout.js';
export { ptypeName, regTypeName } from './ptypes.js';
export {
  profilesFromRegistry,
  profileToRegistry,
  defaultProfileKeyOf,
  type RegistrySource,
  type ProfilesFromRegistry,
} from './profilesFromRegistry.js';
export { profileView } from './profileView.js';
export { referencesOf, danglingReferences } from './references.js';
export { indexDoc, propBytes, propString, propNumber, uidListOf, uidOf, splitUids, type DocIndex } from './docIndex.js';
export { classify, type Classification, type ProviderLink } from './sectionKinds.js';
export { accountManagerView, accountText, accountUid, ACCOUNT_UID_VALUES } from './accounts.js';
export { toHex, fromHex } from './bytes.js';
