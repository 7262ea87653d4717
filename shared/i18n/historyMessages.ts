/**
 * Every change-history sentence, in English and French. A change is recorded as a key and its parameters
 * (a HistoryMessage), not as a sentence, so the window can show it in the UI's language; the store also
 * keeps the English sentence (the CLI prints it, and it is what entries recorded before this carry).
 * Parameters are written `{name}`. The `fr` table is typed by the `en` one, so a missing translation does
 * not compile, and a message's parameters are typed by the placeholders of its English sentence.
 *
 * Each new kind of change adds its sentence here (one line in each language).
 */
import { z } from 'zod';
import { tagOfValueName } from '../mapi/propTag.js';
import { tagInfo } from '../mapi/tagTable.js';
import { fillPlaceholders, type Placeholders } from './placeholders.js';

const en = {
  createProfile: "Create profile '{name}'",
  deleteProfile: "Delete profile '{name}'",
  renameProfile: "Rename profile '{from}' to '{to}'",
  copyProfile: "Copy profile '{from}' to '{to}'",
  setDefaultProfile: "Set '{name}' as the default profile",
  clearDefaultProfile: "Clear the default profile '{name}'",
  importFiles: 'Import {files}',
  importThisComputer: 'Import the profiles of this computer',
  saveAs: 'Save {source} as {file}',
  setValue: "Set {value} of section {section} in profile '{profile}'",
  setRawValue: "Set {value} of section {section} (raw) in profile '{profile}'",
  deleteValue: "Delete {value} of section {section} in profile '{profile}'",
  copyService: "Copy service '{service}' to '{profile}'",
  createService: "Create service '{service}' in '{profile}'",
  deleteService: "Delete service {service} from '{profile}'",
  renameService: "Rename service {service} of '{profile}' to '{name}'",
  setDefaultStore: "Set the default store of '{profile}'",
  setPrimaryIdentity: "Set the primary identity of '{profile}'",
  fixFinding: "Fix {what} in '{profile}'",
} as const;

export type HistoryKey = keyof typeof en;
type Table = { readonly [K in HistoryKey]: string };

const fr: Table = {
  createProfile: 'Créer le profil « {name} »',
  deleteProfile: 'Supprimer le profil « {name} »',
  renameProfile: 'Renommer le profil « {from} » en « {to} »',
  copyProfile: 'Copier le profil « {from} » sous le nom « {to} »',
  setDefaultProfile: 'Faire de « {name} » le profil par défaut',
  clearDefaultProfile: 'Retirer « {name} » comme profil par défaut',
  importFiles: 'Importer {files}',
  importThisComputer: 'Importer les profils de cet ordinateur',
  saveAs: 'Enregistrer {source} sous {file}',
  setValue: 'Modifier {value} de la section {section} du profil « {profile} »',
  setRawValue: 'Modifier {value} de la section {section} (octets bruts) du profil « {profile} »',
  deleteValue: 'Supprimer {value} de la section {section} du profil « {profile} »',
  copyService: 'Copier le service « {service} » dans « {profile} »',
  createService: 'Créer le service « {service} » dans « {profile} »',
  deleteService: 'Supprimer le service {service} de « {profile} »',
  renameService: 'Renommer le service {service} de « {profile} » en « {name} »',
  setDefaultStore: 'Définir la banque par défaut de « {profile} »',
  setPrimaryIdentity: 'Définir l’identité principale de « {profile} »',
  fixFinding: 'Corriger {what} dans « {profile} »',
};

export type HistoryLocale = 'en' | 'fr';
export const HISTORY_MESSAGES: Record<HistoryLocale, Table> = { en, fr };

/** What a transaction records: one of the sentences above, with exactly the parameters it names. */
export type HistoryMessage = { [K in HistoryKey]: { key: K; params: Record<Placeholders<(typeof en)[K]>, string> } }[HistoryKey];

/**
 * A message as the store keeps it and the contract carries it. The key is any string, not one of ours:
 * a store written by a newer version may hold a key this one does not know, and must still open (the
 * entry then shows its English description).
 */
export const RecordedMessage = z.object({ key: z.string(), params: z.record(z.string(), z.string()) });
export type RecordedMessage = z.infer<typeof RecordedMessage>;

const isHistoryKey = (key: string): key is HistoryKey => Object.hasOwn(en, key);

export function historyText(locale: HistoryLocale, key: HistoryKey, params: Readonly<Record<string, string>>): string {
  return fillPlaceholders(HISTORY_MESSAGES[locale][key], (k) =>
    k === 'value' && params[k] !== undefined ? propertyName(params[k]) : params[k],
  );
}

/** A value named as everywhere else: `PR_DISPLAY_NAME_W (001f3001)`; a name no tag table knows stays as it is. */
function propertyName(valueName: string): string {
  const tag = tagOfValueName(valueName);
  const name = tag === null ? undefined : tagInfo(tag)?.name;
  return name ? `${name} (${valueName})` : valueName;
}

/** The sentence for a history entry in `locale`; entries recorded before messages existed (or with a key
 *  this version does not know) have only their English description. */
export function historyEntryText(locale: HistoryLocale, entry: { description: string; message?: RecordedMessage }): string {
  const { message } = entry;
  return message && isHistoryKey(message.key) ? historyText(locale, message.key, message.params) : entry.description;
}
