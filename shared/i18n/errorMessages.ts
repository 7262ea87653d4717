/**
 * Every error sentence, in English and French. Parameters are written `{name}`. The `fr` table is typed
 * by the `en` one, so a missing translation does not compile.
 *
 * Each feature adds its reasons here (one line in each language).
 */
const en = {
  internal: 'Unexpected error: {message}',
  invalidRequest: 'The request was not valid: {issues}',
  badFormat: '{message}',
  fileTooLarge: '{file} is {size} bytes, over the limit of {limit} bytes.',
  profileNotFound: 'No profile is named "{name}".',
  untrustedSender: 'The request came from a page that is not the editor.',
  unauthorized: 'The request did not carry this session’s token.',
  badHost: 'The request was addressed to {host}, not to this editor.',
  requestTooLarge: 'The request is over the limit of {limit} bytes.',
  connectionLost: 'The editor’s background process did not answer: {message}',
  serviceNotFound: 'Profile "{profile}" has no message service {service}.',
  singleCopyService: 'Service "{service}" ({serviceName}) carries SERVICE_SINGLE_COPY, and profile "{profile}" already has "{existing}" ({existingUid}): this service does not allow a second instance of itself in a profile.',
  copyTargetChanged: 'Profile "{profile}" changed since the copy was previewed; preview it again.',
  profileExists: 'A profile named "{name}" already exists: profile names must be unique.',
  profileNameEmpty: 'A profile needs a name.',
  profileNameTooLong: 'The profile name "{name}" is longer than MAPI’s limit of 64 characters.',
  profileNameOuterSpace: 'The profile name "{name}" starts or ends with a space, which MAPI does not allow.',
  profileNameBackslash: 'The profile name "{name}" contains a backslash, which would split its registry key.',
  profileNameControl: 'The profile name contains a control character.',
  storeBusy: 'Another program is writing to the store ({path}); try again in a moment.',
  storeCorrupt: 'The store file {file} cannot be read: {why}',
  storeVersion: 'The store at {file} has schema version {version}, which this version of the editor does not know.',
  secureNotEditable: 'Value {value} is a secure property: it can be replaced with raw bytes or deleted, never decoded.',
  notAPropertyName: '{value} is not a property value name (8 hex digits: type then id, e.g. 001f3001).',
  valueNotFound: 'Section {section} has no value {value}.',
  sectionNotFound: 'Profile "{profile}" has no section {section}.',
  valueBadSize: 'The value’s size does not fit its type {ptype}; it is kept as is.',
  valueNoTerminator: 'The {ptype} string does not end with a NUL; it is kept as is.',
  valueBadOffsets: 'The {ptype} value’s count or offsets point outside the value; it is kept as is.',
  valueNonCanonical: 'The {ptype} value is laid out in a way the editor does not rewrite identically; it is kept as is.',
  valueBadBoolean: 'The PT_BOOLEAN value is neither 00,00 nor 01,00; it is kept as is.',
  valueNotFinite: 'The {ptype} value is not a finite number; it is kept as is.',
  badPropertyValue: 'The value does not fit property type {ptype}: {why}',
} as const;

export type ErrorReason = keyof typeof en;
type Table = { readonly [K in ErrorReason]: string };

const fr: Table = {
  internal: 'Erreur inattendue : {message}',
  invalidRequest: 'La requête n’est pas valide : {issues}',
  badFormat: '{message}',
  fileTooLarge: '{file} fait {size} octets, au-delà de la limite de {limit} octets.',
  profileNotFound: 'Aucun profil ne s’appelle « {name} ».',
  untrustedSender: 'La requête vient d’une page qui n’est pas l’éditeur.',
  unauthorized: 'La requête ne porte pas le jeton de cette session.',
  badHost: 'La requête était adressée à {host}, pas à cet éditeur.',
  requestTooLarge: 'La requête dépasse la limite de {limit} octets.',
  connectionLost: 'Le processus de fond de l’éditeur n’a pas répondu : {message}',
  serviceNotFound: 'Le profil « {profile} » n’a pas de service de messagerie {service}.',
  singleCopyService: 'Le service « {service} » ({serviceName}) porte SERVICE_SINGLE_COPY, et le profil « {profile} » contient déjà « {existing} » ({existingUid}) : ce service n’admet pas une seconde instance de lui-même dans un profil.',
  copyTargetChanged: 'Le profil « {profile} » a changé depuis l’aperçu de la copie ; affichez de nouveau l’aperçu.',
  profileExists: 'Un profil nommé « {name} » existe déjà : les noms de profil doivent être uniques.',
  profileNameEmpty: 'Un profil doit avoir un nom.',
  profileNameTooLong: 'Le nom de profil « {name} » dépasse la limite MAPI de 64 caractères.',
  profileNameOuterSpace: 'Le nom de profil « {name} » commence ou finit par une espace, ce que MAPI n’accepte pas.',
  profileNameBackslash: 'Le nom de profil « {name} » contient une barre oblique inverse, qui couperait sa clé de registre.',
  profileNameControl: 'Le nom de profil contient un caractère de contrôle.',
  storeBusy: 'Un autre programme écrit dans le stockage ({path}) ; réessayez dans un instant.',
  storeCorrupt: 'Le fichier de stockage {file} est illisible : {why}',
  storeVersion: 'Le stockage {file} a la version de schéma {version}, que cette version de l’éditeur ne connaît pas.',
  secureNotEditable: 'La valeur {value} est une propriété sécurisée : on peut la remplacer par des octets bruts ou la supprimer, jamais la décoder.',
  notAPropertyName: '{value} n’est pas un nom de valeur de propriété (8 chiffres hexadécimaux : type puis identifiant, p. ex. 001f3001).',
  valueNotFound: 'La section {section} n’a pas de valeur {value}.',
  sectionNotFound: 'Le profil « {profile} » n’a pas de section {section}.',
  valueBadSize: 'La taille de la valeur ne correspond pas à son type {ptype} ; elle est gardée telle quelle.',
  valueNoTerminator: 'La chaîne {ptype} ne se termine pas par un NUL ; elle est gardée telle quelle.',
  valueBadOffsets: 'Le nombre ou les décalages de la valeur {ptype} sortent de la valeur ; elle est gardée telle quelle.',
  valueNonCanonical: 'La valeur {ptype} est disposée d’une façon que l’éditeur ne réécrit pas à l’identique ; elle est gardée telle quelle.',
  valueBadBoolean: 'La valeur PT_BOOLEAN n’est ni 00,00 ni 01,00 ; elle est gardée telle quelle.',
  valueNotFinite: 'La valeur {ptype} n’est pas un nombre fini ; elle est gardée telle quelle.',
  badPropertyValue: 'La valeur ne convient pas au type de propriété {ptype} : {why}',
};

export const ERROR_MESSAGES: Record<'en' | 'fr', Table> = { en, fr };

export function errorText(locale: 'en' | 'fr', reason: string, params: Record<string, unknown> = {}): string {
  const table = ERROR_MESSAGES[locale];
  const template = (table as Record<string, string>)[reason] ?? (en as Record<string, string>)[reason] ?? reason;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
