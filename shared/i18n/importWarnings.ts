/**
 * Every import warning, in English and French: what an import could not apply or represent (a dirty
 * hive, deletions in a .reg, everything a PRF holds that the profile cannot). The core reports a warning
 * as a reason and its parameters (an ImportWarning), not as a sentence, so the window can say it in the
 * UI's language; the import report also carries the English sentence (the CLI prints it, --json shows it).
 *
 * Parameters are written `{name}`. The `fr` table is typed by the `en` one, so a missing translation does
 * not compile, and a warning's parameters are typed by the placeholders of its English sentence:
 * - `{count}` is a number, written the locale's way (1,234 / 1 234);
 * - `{at}` and `{lineAt}` are where the warning points in the file, from the optional `line` parameter:
 *   " (line 12)" and "line 12: " in English, nothing without a line;
 * - `{cause}` is the sentence of the error that stopped the step (an errorMessages.ts reason), carried
 *   by the warning's `cause`;
 * - `{problem}` is the sentence of what a parser found (a formatErrors.ts reason, without its place),
 *   carried by the warning's `problem`;
 * - every other parameter is text (names, paths, values, numbers that are not counts) shown as is.
 *
 * Each new kind of import warning adds its sentence here (one line in each language).
 */
import { z } from 'zod';
import { errorText } from './errorMessages.js';
import { formatErrorText, isFormatErrorReason } from './formatErrors.js';
import { fillPlaceholders, type Placeholders } from './placeholders.js';

const en = {
  // Any file
  noProfile: 'no Outlook profile found in this file',
  // Registry hive (base block)
  hiveMinorVersion: 'unusual regf minor version {version} (expected 2 to 6)',
  hiveFormat: 'unusual regf format field {format} (expected 1)',
  hiveDirty: 'dirty hive: sequence numbers differ ({primary} ≠ {secondary}); changes in its .LOG1/.LOG2 files were not applied',
  hiveChecksum: 'dirty or corrupt base block: checksum {stored} ≠ computed {computed}',
  // Registry hive read from disk with its transaction logs (NAME.LOG1, NAME.LOG2, NAME.LOG)
  hiveLogEntriesApplied:
    'dirty hive (sequence numbers {primary} ≠ {secondary}): {count} transaction log entries of {logs} applied, as Windows applies them when it loads the hive',
  hiveLogPagesApplied:
    'dirty hive (sequence numbers {primary} ≠ {secondary}): {count} dirty pages of {logs} applied, as Windows applies them when it loads the hive',
  hiveLogStopped: '{log}: replay stopped at byte {offset} ({problem}); what came before it was applied',
  hiveLogUnusable: '{log} was not applied: {problem}',
  // .reg file
  regDeletions: '{count} deletion(s) in the file were not applied: they delete from a registry, not from this import',
  // PRF and MAPISVC.INF: lines Windows' INI reader skips (GetPrivateProfileString rules)
  iniLineIgnored: '{lineAt}"{text}" is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it',
  iniEntryBeforeSection: '{lineAt}"{text}" comes before any [Section]: ignored, as Windows ignores it',
  iniSectionRepeated: '{lineAt}{text} names a section already read at line {first}: Windows reads only the first, so this one is ignored',
  iniKeyRepeated: '{lineAt}"{text}" sets a key already set at line {first}: Windows reads only the first value',
  // Registry keys → profiles
  keyMerged: 'Key {key} appears more than once; its values were merged.',
  profileKeyMissing: 'Profile "{name}" has no key of its own in the input; an empty one was assumed.',
  defaultProfileNotString: '{value} is not a string; it was ignored.',
  defaultProfileMissing: 'The default profile "{name}" of {root} is not among the profiles found.',
  // PRF: what resolving its values through its mapping tables found (with their line)
  prfUnknownMappingSection: '{lineAt}{key} names [{mapping}], which the file does not define',
  prfNotYesNo: '{lineAt}{key} must be Yes or No, not "{value}"',
  prfNotTrueFalse: '{lineAt}{key} must be TRUE/FALSE or Yes/No, not "{value}"',
  prfNotANumber: '{lineAt}{key} ({ptype}): "{value}" is not a number (0x… or decimal)',
  prfNotABoolean: '{lineAt}{key} ({ptype}): "{value}" is not TRUE, FALSE, 1 or 0',
  prfNotHex: '{lineAt}{key} ({ptype}): "{value}" is not an even number of hex digits',
  prfNotClsid: '{lineAt}{key} ({ptype}): "{value}" is not 32 hex digits',
  prfUnsupportedType: '{lineAt}{key} ({ptype}): no PRF value syntax is known for type {type}',
  prfDuplicateKey: '{lineAt}{key} is set again in [{section}] (first at line {first}); Outlook reads the first',
  prfUnmappedKey: '{lineAt}{key} has no mapping in [{mapping}]: Outlook writes it nowhere',
  prfNoMappingSection: '{lineAt}{key} cannot be mapped: [{section}] has no mapping section',
  prfUnlistedSection: '{lineAt}[{section}] is not listed in [{list}]; Outlook ignores it',
  prfUnknownDefaultStore: '{lineAt}DefaultStore={store} names no service in [Service List]',
  // PRF: [General]
  prfNoProfileName: '[General] has no ProfileName: the profile is named "{name}", as Outlook names it',
  prfCustomMissing: '[General] Custom=1 is missing{at}: Outlook requires it to apply a customized PRF; the file was imported anyway',
  prfOverwriteYes:
    'OverwriteProfile=Yes{at}: Outlook would replace a profile named "{name}"; the import adds a new profile and leaves existing ones untouched',
  prfOverwriteAppend:
    'OverwriteProfile=Append{at}: Outlook would add these services to an existing profile named "{name}"; the import creates a separate profile (copy its services into the existing one with copy-service)',
  prfOverwriteNo:
    'OverwriteProfile=No{at}: Outlook would leave an existing profile named "{name}" as it is; the import creates a separate profile',
  prfModifyDefault:
    'ModifyDefaultProfileIfPresent=TRUE{at}: Outlook would apply the file to the machine\'s default profile, whatever its name; the import creates the profile "{name}"',
  prfBackupYes:
    'BackupProfile=Yes{at}: Outlook would keep a "Backup of" copy of a profile it replaces; an import replaces nothing (undo reverts it)',
  prfBackupNo:
    'BackupProfile=No{at}: Outlook would not keep a "Backup of" copy of a profile it replaces; an import replaces nothing (undo reverts it)',
  prfGeneralUnknown: '[General] {key}{at}: not a [General] option the editor knows; ignored',
  // PRF: services
  prfAccountTableAsService: '{service}: [{mapping}] is an internet-account table (Section 7), not a service table; skipped',
  prfMappingWithoutTarget:
    '{service}: [{mapping}] has neither ServiceName= nor SectionGUID=, so its values have no place in a profile; skipped',
  prfServiceNotInCatalog:
    '{service}: service {serviceName} ([{mapping}]) is not in the catalog; not created, and its {count} value(s) were not written',
  prfUniqueServiceExists: '{service}: UniqueService=Yes and the profile already has a {serviceName} service ("{existing}"); not created',
  prfServiceNotCreated: '{service}: {serviceName} was not created: {cause}',
  prfOverwriteExistingService:
    "{service}: OverwriteExistingService={value} acts on an existing profile's services; the imported profile is new",
  prfSecureNotWritten: '[{service}] {key}{at}: not written: a secure property (0x67F0–0x67FF) is never stored in clear',
  prfPstPasswordNotWritten:
    '[{service}] {key}{at}: not written: the PST password is given to the service when it is configured, never stored in the profile (MSPST.h)',
  prfValueNotWritten: '[{service}] {key}{at}: "{value}" was not written: {cause}',
  // PRF: DefaultStore=
  prfDefaultStoreNotCreated: 'DefaultStore={store}{at}: {store} was not created, so the default store is left as the services set it',
  prfDefaultStoreNone: 'DefaultStore={store}{at}: {service} has no store that can be the default store; nothing changed',
  prfDefaultStoreFailed: 'DefaultStore={store}{at}: {cause}',
  // PRF: internet accounts
  prfAccountTypeUnknown: '[{account}]: account type "{type}" of [{mapping}] is not POP3, IMAP or HTTP; the account was not created',
  prfAccountTypeMissing: '[{account}]: account type "(none)" of [{mapping}] is not POP3, IMAP or HTTP; the account was not created',
  prfAccountValueUnknown: '[{account}] {key}{at}: no account-manager value name is known for {kind} property {property}; not written',
  prfAccountValueNotText: '[{account}] {key}{at}: "{value}" ({ptype}) does not fit "{name}", a text value; not written',
  prfAccountValueNotDword: '[{account}] {key}{at}: "{value}" ({ptype}) does not fit "{name}", a REG_DWORD value; not written',
  prfAccountUnmapped: '[{account}] {key}{at}: not written (no mapping)',
  prfAccountUniqueService: '[{account}] UniqueService={value}: the profile is new, so there is no existing account to keep unique against',
} as const;

export type ImportWarningReason = keyof typeof en;
type Table = { readonly [K in ImportWarningReason]: string };

const fr: Table = {
  noProfile: 'aucun profil Outlook dans ce fichier',
  hiveMinorVersion: 'version mineure regf inhabituelle {version} (2 à 6 attendu)',
  hiveFormat: 'champ de format regf inhabituel {format} (1 attendu)',
  hiveDirty:
    'ruche non validée : les numéros de séquence diffèrent ({primary} ≠ {secondary}) ; les modifications de ses fichiers .LOG1/.LOG2 n’ont pas été appliquées',
  hiveChecksum: 'bloc de base non validé ou corrompu : somme de contrôle {stored} ≠ {computed} calculée',
  hiveLogEntriesApplied:
    'ruche non validée (numéros de séquence {primary} ≠ {secondary}) : {count} entrées des journaux de transactions {logs} appliquées, comme Windows les applique au chargement de la ruche',
  hiveLogPagesApplied:
    'ruche non validée (numéros de séquence {primary} ≠ {secondary}) : {count} pages modifiées de {logs} appliquées, comme Windows les applique au chargement de la ruche',
  hiveLogStopped: '{log} : la relecture s’est arrêtée à l’octet {offset} ({problem}) ; ce qui précède a été appliqué',
  hiveLogUnusable: '{log} n’a pas été appliqué : {problem}',
  regDeletions:
    '{count} suppression(s) du fichier n’ont pas été appliquées : elles suppriment dans un registre, pas dans cette importation',
  iniLineIgnored:
    '{lineAt}« {text} » n’est ni un en-tête [Section], ni une entrée clé=valeur, ni un commentaire ; : ignorée, comme Windows l’ignore',
  iniEntryBeforeSection: '{lineAt}« {text} » vient avant toute [Section] : ignorée, comme Windows l’ignore',
  iniSectionRepeated: '{lineAt}{text} nomme une section déjà lue ligne {first} : Windows ne lit que la première, celle-ci est donc ignorée',
  iniKeyRepeated: '{lineAt}« {text} » définit une clé déjà définie ligne {first} : Windows ne lit que la première valeur',
  keyMerged: 'La clé {key} apparaît plusieurs fois ; ses valeurs ont été fusionnées.',
  profileKeyMissing: 'Le profil « {name} » n’a pas de clé propre dans le fichier ; une clé vide a été supposée.',
  defaultProfileNotString: '{value} n’est pas une chaîne ; elle a été ignorée.',
  defaultProfileMissing: 'Le profil par défaut « {name} » de {root} ne fait pas partie des profils trouvés.',
  prfUnknownMappingSection: '{lineAt}{key} désigne [{mapping}], que le fichier ne définit pas',
  prfNotYesNo: '{lineAt}{key} doit valoir Yes ou No, pas « {value} »',
  prfNotTrueFalse: '{lineAt}{key} doit valoir TRUE/FALSE ou Yes/No, pas « {value} »',
  prfNotANumber: '{lineAt}{key} ({ptype}) : « {value} » n’est pas un nombre (0x… ou décimal)',
  prfNotABoolean: '{lineAt}{key} ({ptype}) : « {value} » n’est ni TRUE, ni FALSE, ni 1, ni 0',
  prfNotHex: '{lineAt}{key} ({ptype}) : « {value} » n’est pas un nombre pair de chiffres hexadécimaux',
  prfNotClsid: '{lineAt}{key} ({ptype}) : « {value} » ne compte pas 32 chiffres hexadécimaux',
  prfUnsupportedType: '{lineAt}{key} ({ptype}) : aucune syntaxe de valeur PRF n’est connue pour le type {type}',
  prfDuplicateKey: '{lineAt}{key} est de nouveau défini dans [{section}] (d’abord à la ligne {first}) ; Outlook lit le premier',
  prfUnmappedKey: '{lineAt}{key} n’a pas de correspondance dans [{mapping}] : Outlook ne l’écrit nulle part',
  prfNoMappingSection: '{lineAt}{key} ne peut pas être mis en correspondance : [{section}] n’a pas de section de correspondance',
  prfUnlistedSection: '{lineAt}[{section}] ne figure pas dans [{list}] ; Outlook l’ignore',
  prfUnknownDefaultStore: '{lineAt}DefaultStore={store} ne désigne aucun service de [Service List]',
  prfNoProfileName: '[General] n’a pas de ProfileName : le profil s’appelle « {name} », comme Outlook le nomme',
  prfCustomMissing:
    '[General] Custom=1 est absent{at} : Outlook l’exige pour appliquer un PRF personnalisé ; le fichier a tout de même été importé',
  prfOverwriteYes:
    'OverwriteProfile=Yes{at} : Outlook remplacerait un profil nommé « {name} » ; l’importation ajoute un nouveau profil et laisse les autres intacts',
  prfOverwriteAppend:
    'OverwriteProfile=Append{at} : Outlook ajouterait ces services à un profil existant nommé « {name} » ; l’importation crée un profil distinct (copiez ses services dans le profil existant avec copy-service)',
  prfOverwriteNo:
    'OverwriteProfile=No{at} : Outlook laisserait tel quel un profil existant nommé « {name} » ; l’importation crée un profil distinct',
  prfModifyDefault:
    'ModifyDefaultProfileIfPresent=TRUE{at} : Outlook appliquerait le fichier au profil par défaut de l’ordinateur, quel que soit son nom ; l’importation crée le profil « {name} »',
  prfBackupYes:
    'BackupProfile=Yes{at} : Outlook garderait une copie « Backup of » d’un profil qu’il remplace ; une importation ne remplace rien (l’annulation la défait)',
  prfBackupNo:
    'BackupProfile=No{at} : Outlook ne garderait pas de copie « Backup of » d’un profil qu’il remplace ; une importation ne remplace rien (l’annulation la défait)',
  prfGeneralUnknown: '[General] {key}{at} : option de [General] inconnue de l’éditeur ; ignorée',
  prfAccountTableAsService: '{service} : [{mapping}] est une table de compte Internet (Section 7), pas une table de service ; ignoré',
  prfMappingWithoutTarget:
    '{service} : [{mapping}] n’a ni ServiceName= ni SectionGUID=, ses valeurs n’ont donc pas de place dans un profil ; ignoré',
  prfServiceNotInCatalog:
    '{service} : le service {serviceName} ([{mapping}]) n’est pas dans le catalogue ; non créé, et ses {count} valeur(s) n’ont pas été écrites',
  prfUniqueServiceExists: '{service} : UniqueService=Yes et le profil a déjà un service {serviceName} (« {existing} ») ; non créé',
  prfServiceNotCreated: '{service} : {serviceName} n’a pas été créé : {cause}',
  prfOverwriteExistingService:
    '{service} : OverwriteExistingService={value} agit sur les services d’un profil existant ; le profil importé est nouveau',
  prfSecureNotWritten: '[{service}] {key}{at} : non écrit : une propriété sécurisée (0x67F0–0x67FF) n’est jamais stockée en clair',
  prfPstPasswordNotWritten:
    '[{service}] {key}{at} : non écrit : le mot de passe PST est donné au service quand il est configuré, jamais stocké dans le profil (MSPST.h)',
  prfValueNotWritten: '[{service}] {key}{at} : « {value} » n’a pas été écrit : {cause}',
  prfDefaultStoreNotCreated:
    'DefaultStore={store}{at} : {store} n’a pas été créé, la banque par défaut reste donc celle que les services ont choisie',
  prfDefaultStoreNone: 'DefaultStore={store}{at} : {service} n’a aucune banque qui puisse être la banque par défaut ; rien n’a changé',
  prfDefaultStoreFailed: 'DefaultStore={store}{at} : {cause}',
  prfAccountTypeUnknown:
    '[{account}] : le type de compte « {type} » de [{mapping}] n’est ni POP3, ni IMAP, ni HTTP ; le compte n’a pas été créé',
  prfAccountTypeMissing: '[{account}] : [{mapping}] n’a pas de type de compte (POP3, IMAP ou HTTP) ; le compte n’a pas été créé',
  prfAccountValueUnknown:
    '[{account}] {key}{at} : aucun nom de valeur du gestionnaire de comptes n’est connu pour la propriété {property} de {kind} ; non écrit',
  prfAccountValueNotText: '[{account}] {key}{at} : « {value} » ({ptype}) ne convient pas à « {name} », une valeur texte ; non écrit',
  prfAccountValueNotDword: '[{account}] {key}{at} : « {value} » ({ptype}) ne convient pas à « {name} », une valeur REG_DWORD ; non écrit',
  prfAccountUnmapped: '[{account}] {key}{at} : non écrit (aucune correspondance)',
  prfAccountUniqueService:
    '[{account}] UniqueService={value} : le profil est nouveau, il n’y a donc aucun compte existant envers lequel rester unique',
};

export type ImportWarningLocale = 'en' | 'fr';
export const IMPORT_WARNINGS: Record<ImportWarningLocale, Table> = { en, fr };

/** Placeholders filled from something other than a parameter of their own name. */
type Derived = 'at' | 'lineAt' | 'cause' | 'problem';
type ParamsOf<S extends string> = { [P in Exclude<Placeholders<S>, Derived>]: P extends 'count' ? number : string } & (Extract<
  Placeholders<S>,
  'at' | 'lineAt'
> extends never
  ? unknown
  : { line?: number });

/** The error behind a step that failed: an errorMessages.ts reason and its parameters (an AppError's). */
export const WarningCause = z.object({ reason: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type WarningCause = z.infer<typeof WarningCause>;

/** What the core reports: one of the sentences above, with exactly the parameters it names. */
export type ImportWarning = {
  [K in ImportWarningReason]: { reason: K; params: ParamsOf<(typeof en)[K]> } & ('cause' extends Placeholders<(typeof en)[K]>
    ? { cause: WarningCause }
    : unknown) &
    ('problem' extends Placeholders<(typeof en)[K]> ? { problem: WarningCause } : unknown);
}[ImportWarningReason];

/**
 * A warning as the import report carries it: the file it is about, the reason and parameters, and the
 * English sentence. The reason is any string, not one of ours, so a report from a newer main process
 * still shows (its English sentence).
 */
export const ReportedWarning = z.object({
  file: z.string(),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  cause: WarningCause.optional(),
  /** What a parser found (a formatErrors.ts reason and its parameters), for `{problem}`. */
  problem: WarningCause.optional(),
  message: z.string(),
});
export type ReportedWarning = z.infer<typeof ReportedWarning>;

const LINE = {
  en: { at: (n: string) => ` (line ${n})`, lineAt: (n: string) => `line ${n}: ` },
  fr: { at: (n: string) => ` (ligne ${n})`, lineAt: (n: string) => `ligne ${n} : ` },
} as const;

const isReason = (reason: string): reason is ImportWarningReason => Object.hasOwn(en, reason);

function fill(
  locale: ImportWarningLocale,
  reason: ImportWarningReason,
  params: Readonly<Record<string, string | number>>,
  cause: WarningCause | undefined,
  problem?: WarningCause,
): string {
  const line = params.line === undefined ? undefined : String(params.line);
  return fillPlaceholders(IMPORT_WARNINGS[locale][reason], (k) => {
    if (k === 'at' || k === 'lineAt') return line === undefined ? '' : LINE[locale][k](line);
    if (k === 'cause') return cause ? errorText(locale, cause.reason, cause.params) : undefined;
    if (k === 'problem')
      return problem && isFormatErrorReason(problem.reason) ? formatErrorText(locale, problem.reason, problem.params) : undefined;
    const v = params[k];
    if (v === undefined) return undefined;
    return typeof v === 'number' && k === 'count' ? new Intl.NumberFormat(locale).format(v) : String(v);
  });
}

/** The sentence of a warning in `locale`. */
export function importWarningText(locale: ImportWarningLocale, warning: ImportWarning): string {
  return fill(
    locale,
    warning.reason,
    warning.params as Readonly<Record<string, string | number>>,
    'cause' in warning ? warning.cause : undefined,
    'problem' in warning ? warning.problem : undefined,
  );
}

/** A warning as the report carries it: the English sentence is computed here, once. */
export function reportedWarning(file: string, warning: ImportWarning): ReportedWarning {
  const params = Object.fromEntries(
    Object.entries(warning.params as Record<string, string | number | undefined>).filter(([, v]) => v !== undefined),
  ) as Record<string, string | number>;
  const cause = 'cause' in warning ? warning.cause : undefined;
  const problem = 'problem' in warning ? warning.problem : undefined;
  return {
    file,
    reason: warning.reason,
    params,
    ...(cause ? { cause } : {}),
    ...(problem ? { problem } : {}),
    message: importWarningText('en', warning),
  };
}

/** The sentence of a reported warning in `locale`; one whose reason this version does not know keeps its English. */
export function reportedWarningText(locale: ImportWarningLocale, warning: Omit<ReportedWarning, 'file'>): string {
  return isReason(warning.reason) ? fill(locale, warning.reason, warning.params, warning.cause, warning.problem) : warning.message;
}

/** An AppError (or anything with a reason and details) as a warning's cause; only text and number details are kept. */
export function causeOf(error: { reason: string; details: Readonly<Record<string, unknown>> }): WarningCause {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.details)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  return { reason: error.reason, params };
}
