/**
 * Every error sentence, in English and French. Parameters are written `{name}`. The `fr` table is typed
 * by the `en` one, so a missing translation does not compile.
 *
 * Each feature adds its reasons here (one line in each language). A file that does not parse (badFormat)
 * is said in the parser's own words, from formatErrors.ts.
 */
import { formatErrorDetailsText } from './formatErrors.js';
import { fillPlaceholders } from './placeholders.js';

const en = {
  internal: 'Unexpected error: {message}',
  invalidRequest: 'The request was not valid: {issues}',
  badFormat: '{message}',
  uploadNotFound: 'The file being opened ({upload}) is no longer waiting: it was cancelled, finished or left idle. Open it again.',
  uploadOverflow: 'More bytes arrived for {file} than its announced {size} bytes; nothing was imported.',
  uploadIncomplete: 'Only {received} of the {size} bytes of {file} arrived; nothing was imported. Open it again.',
  uploadsFull: 'Too many files are being opened at once (at most {count} files and {limit} bytes); wait for them to finish.',
  recentNotListed: 'That file is no longer in the recent files list.',
  pickNotFound: 'The files chosen in the Open dialog are no longer waiting to be opened. Open them again.',
  exportNotFound: 'The export being saved ({export}) is no longer waiting: it was cancelled, finished or left idle. Export again.',
  exportOffset: 'The export was read past its end (byte {offset} of {size}).',
  fileGone: '{file} is no longer there: it was moved, renamed or deleted.',
  noNativeDialog: 'This window has no native Open dialog: use Open… to pick files.',
  noNativeSaveDialog: 'This window has no native Save dialog: the file is downloaded instead.',
  saveAsFailed: 'Writing {file} failed at step "{step}" ({cause}). Nothing was written: a file already there is unchanged.',
  notAFile: '{file} is not a file (a folder, a device or a pipe): nothing was imported.',
  uiStateTooBig: 'The window’s remembered state is over its limit of 32 values; nothing was saved.',
  fileTooLarge: '{file} is {size} bytes, over the limit of {limit} bytes.',
  hiveSaveLocked:
    '{file} cannot be written: it is in use or read-only ({cause}). Windows holds a loaded hive locked: sign the user out, or copy the file, save the copy and put it back. Nothing was changed.',
  hiveSaveDirty:
    '{file} is a dirty hive (sequence numbers {primary} ≠ {secondary}) with no transaction logs beside it: changes Windows had not yet written may be missing. Nothing was changed; save again with --force to write it anyway.',
  hiveSaveLogs:
    '{file} is a dirty hive (sequence numbers {primary} ≠ {secondary}) and its transaction logs ({logs}) could not be applied: {cause}. Changes Windows had not yet written may be missing. Nothing was changed; save again with --force to write it anyway (the logs are then kept beside the backup).',
  hiveSaveStep: 'Saving {file} failed at step "{step}" ({cause}). The original file is unchanged.',
  hiveSaveVerify: 'Saving {file} failed while checking the written copy: {detail}. The original file is unchanged; the copy was removed.',
  profileNotFound: 'No profile is named "{name}".',
  compareNoSavedFile:
    '"{name}" has no saved version to compare with: {source} is not a file on disk (profiles created in the editor, This computer, or a file opened in the browser).',
  untrustedSender: 'The request came from a page that is not the editor.',
  unauthorized: 'The request did not carry this session’s token.',
  badHost: 'The request was addressed to {host}, not to this editor.',
  requestTooLarge: 'The request is over the limit of {limit} bytes.',
  connectionLost: 'The editor’s background process did not answer: {message}',
  serviceNotInCatalog: 'The service catalog has no service named {service} (MAPISVC.INF [Services]).',
  prfOneProfile: 'A PRF file describes one profile; {count} were chosen. Export them one at a time.',
  lintDanglingReference:
    '{property} of section {section} names section {target}, which does not exist yet: nothing breaks, MAPI or Outlook creates it when it first needs it.',
  lintProviderListDangling:
    '{property} of section {section} names section {target}, which does not exist: MAPI cannot open that service or provider, so the profile does not load.',
  lintServiceWithoutProvider:
    'Service "{service}" ({section}) has no provider section: a message service needs at least one, so MAPI cannot start it.',
  lintSeveralLegacyExchange:
    'Several Exchange services have PR_EMSMDB_LEGACY set ({services}): only one may, so programs that open the old Exchange global section may get the wrong account.',
  lintExchangeSectionMissing:
    '{property} of section {section} names section {target}, which does not exist: this Exchange account has lost its settings (server, mailbox, offline file) and Outlook will ask to set it up again.',
  lintProviderWithoutService:
    'Provider section {section} belongs to service {target}, which does not exist: MAPI never loads it, it only takes space.',
  lintServiceListedTwice: 'Service {service} is listed twice in the master section’s PR_SERVICES: MAPI would load it twice.',
  lintSeveralDefaultStores:
    'Several stores have STATUS_DEFAULT_STORE in PR_RESOURCE_FLAGS ({stores}): MAPI allows one default store, and Outlook cannot tell which folders to open.',
  lintNoDefaultStore: 'No store is marked as the default store: Outlook will ask which one to use.',
  lintSharedDataFile: 'Two stores open the same data file {path}: its items would appear twice, with duplicate entry IDs.',
  lintAccountPointsNowhere:
    'Account "{account}" belongs to service {target}, which does not exist: Outlook’s Account Settings lists an account that cannot be opened.',
  lintOrphanSection: 'Section {section} is not referenced by any service, provider or account: MAPI never reads it.',
  lintDefaultProfileMissing: 'The default profile of {root} is "{name}", which is not in the workspace.',
  serviceNotFound: 'Profile "{profile}" has no message service {service}.',
  singleCopyService:
    'Service "{service}" ({serviceName}) carries SERVICE_SINGLE_COPY, and profile "{profile}" already has "{existing}" ({existingUid}): this service does not allow a second instance of itself in a profile.',
  copyTargetChanged: 'Profile "{profile}" changed since the copy was previewed; preview it again.',
  sharedDataFile:
    'The copy opens the same data file {path} as "{existingService}" ({existingServiceUid}): MAPI does not call the service on a copy, so Outlook would open one file twice.',
  unknownUidReference:
    'Value {value} of {section} holds copied section UID {uid} but is not a known reference: it was copied unchanged and still names the original.',
  secureNotPortable:
    'Value {value} of {section} is a secure (encrypted) property: it may not open in another profile or on another computer.',
  accountNotCopied:
    'Service "{service}" has no Outlook account entry: the copy has none either, and Outlook’s Account Settings may not list it.',
  fixedSectionShared: 'Section {section} has a fixed UID and the target already has it: the copy uses the target’s own.',
  danglingNotCopied: 'Service {section} lists section {uid}, which does not exist: it could not be copied.',
  foreignEntryId:
    '{property} of {section} names a message store that profile "{profile}" does not have: the Outlook Address Book there cannot open those contact folders until that store is added.',
  ownDataFile:
    'The copy opens its own data file {path} instead of {previous}: Outlook opens it, or creates it if it does not exist. MAPI’s own CopyMsgService cannot do this: its copies always share the original’s file.',
  fixedSectionConflict:
    'Profile "{profile}" already holds section {section} with other settings: copying "{service}" would put two accounts’ settings in one section, so nothing was copied.',
  dataFileNotPst: 'Service "{service}" has no Personal Folders (.pst) file: a data file can only be given to the copy of a PST service.',
  lintFixStale: 'Profile "{profile}" changed since this fix was shown: check it again before fixing.',
  lintFixNotFound: 'Profile "{profile}" no longer has this finding, or it has no safe fix.',
  providerNotFound: 'Profile "{profile}" has no provider {provider}.',
  notAStoreProvider: 'Provider {provider} of profile "{profile}" is not a message store.',
  storeCannotBeDefault: 'Store {provider} carries STATUS_NO_DEFAULT_STORE: it cannot be the default store.',
  noPrimaryIdentityService: 'Service "{service}" carries SERVICE_NO_PRIMARY_IDENTITY: it cannot supply the profile’s primary identity.',
  transportCountDiffers:
    'The transport order lists {given} providers but profile "{profile}" has {expected}: list every transport provider once.',
  transportNotFound: '{provider} is not a transport provider of profile "{profile}".',
  displayNameEmpty: 'A service needs a display name.',
  lintServiceNotInMaster: 'Service section {section} is not listed in the master section’s PR_SERVICES: MAPI does not load it.',
  lintNoPrimaryIdentity: 'No service supplies the primary identity, though {service} could: MAPI has no identity for this profile.',
  lintSeveralPrimaryIdentities:
    'Several services hold the primary identity ({services}) in PR_RESOURCE_FLAGS; MAPI keeps only one, so the identity used may not be the one expected.',
  lintSeveralDefaultOutbound: 'Several transports are marked as the default outbound transport ({providers}).',
  lintAccountReferenceMissing:
    '{value} of account "{account}" names section {target}, which does not exist yet: nothing breaks, Outlook creates it when it first needs it.',
  lintAccountOrderDangling: 'Account order {value} lists account {id}, which does not exist: Outlook skips it.',
  lintNextAccountIdStale: 'NextAccountID is {next} but account {id} exists: a new account would reuse its number.',
  lintNoMasterSection: 'The profile has no master section (9207f3e0…): MAPI sees no service in it.',
  lintDefaultProfileEmpty: 'This is the default profile and it has no message service.',
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
  liveRegistryUnavailable: 'The profiles of this computer can only be read and written on Windows.',
  outlookRunning: 'Outlook is running: close it, then write the profiles back again.',
  liveRegistryAccessDenied: 'Windows denied access ({command}): {message}',
  liveRegistryFileNotFound: '{command} could not find the file {file}.',
  liveRegistryFailed: '{command} failed with exit code {code}: {message}',
  liveRootNotAllowed: 'Profile "{name}" comes from {root}, which is not a profiles key of this computer; nothing was written.',
  profileExistsIn: 'A profile named "{name}" already exists under {root} in {source}: names must be unique there.',
  sourceNotFound: 'No open file or source is named "{source}".',
  profileAmbiguous: 'Several profiles are named "{name}": {candidates}. Name one as SOURCE:NAME.',
  alreadyOpen: '{file} is already open: reload it (unsaved changes are dropped) or open it again as a separate source.',
  saveFailed: 'Saving {file} failed at step "{step}": {why}. The original file is unchanged.',
  saveVerifyFailed:
    'Saving {file} failed at step "verify": the file written does not read back as meant ({why}). The original file is unchanged.',
  saveNoPath: '{source} has no file to save into (it was opened in the browser, or is new): save it as a file.',
  saveHiveNotYet: 'Saving into a registry hive ({file}) is not available yet: save it as a .reg file, or export the profiles.',
  saveFormatUnsupported: '{source} cannot be saved as {format}.',
  savePrfOneProfile: 'A PRF file describes one profile; {source} holds {count}. Save it as a .reg file.',
  saveComputerNotHere: 'The profiles of this computer can only be written back on Windows.',
} as const;

export type ErrorReason = keyof typeof en;
type Table = { readonly [K in ErrorReason]: string };

const fr: Table = {
  internal: 'Erreur inattendue : {message}',
  invalidRequest: 'La requête n’est pas valide : {issues}',
  // Only for details that hold no format error this version knows: errorText says the parser's sentence itself.
  badFormat: 'Le fichier n’a pas pu être lu : {message}',
  uploadNotFound:
    'Le fichier en cours d’ouverture ({upload}) n’est plus attendu : il a été annulé, terminé ou laissé inactif. Ouvrez-le de nouveau.',
  uploadOverflow: 'Plus d’octets sont arrivés pour {file} que les {size} annoncés ; rien n’a été importé.',
  uploadIncomplete: 'Seuls {received} des {size} octets de {file} sont arrivés ; rien n’a été importé. Ouvrez-le de nouveau.',
  uploadsFull: 'Trop de fichiers sont en cours d’ouverture (au plus {count} fichiers et {limit} octets) ; attendez qu’ils soient terminés.',
  recentNotListed: 'Ce fichier ne figure plus dans la liste des fichiers récents.',
  pickNotFound: 'Les fichiers choisis dans la boîte de dialogue Ouvrir n’attendent plus d’être ouverts. Ouvrez-les à nouveau.',
  exportNotFound:
    'L’export en cours d’enregistrement ({export}) n’attend plus : il a été annulé, terminé ou laissé inactif. Exportez de nouveau.',
  exportOffset: 'L’export a été lu au-delà de sa fin (octet {offset} sur {size}).',
  fileGone: '{file} n’est plus là : il a été déplacé, renommé ou supprimé.',
  noNativeDialog: 'Cette fenêtre n’a pas de boîte de dialogue Ouvrir native : utilisez Ouvrir… pour choisir des fichiers.',
  noNativeSaveDialog: 'Cette fenêtre n’a pas de boîte de dialogue Enregistrer native : le fichier est téléchargé à la place.',
  saveAsFailed: 'L’écriture de {file} a échoué à l’étape « {step} » ({cause}). Rien n’a été écrit : un fichier déjà présent est intact.',
  notAFile: '{file} n’est pas un fichier (un dossier, un périphérique ou un tube) : rien n’a été importé.',
  uiStateTooBig: 'L’état mémorisé de la fenêtre dépasse sa limite de 32 valeurs ; rien n’a été enregistré.',
  fileTooLarge: '{file} fait {size} octets, au-delà de la limite de {limit} octets.',
  hiveSaveLocked:
    '{file} ne peut pas être écrit : il est utilisé ou en lecture seule ({cause}). Windows verrouille une ruche chargée : fermez la session de l’utilisateur, ou copiez le fichier, enregistrez la copie et remettez-la en place. Rien n’a été modifié.',
  hiveSaveDirty:
    '{file} est une ruche « sale » (numéros de séquence {primary} ≠ {secondary}) sans journaux de transactions à côté : des modifications que Windows n’avait pas encore écrites peuvent manquer. Rien n’a été modifié ; enregistrez de nouveau avec --force pour l’écrire malgré tout.',
  hiveSaveLogs:
    '{file} est une ruche « sale » (numéros de séquence {primary} ≠ {secondary}) et ses journaux de transactions ({logs}) n’ont pas pu être appliqués : {cause}. Des modifications que Windows n’avait pas encore écrites peuvent manquer. Rien n’a été modifié ; enregistrez de nouveau avec --force pour l’écrire malgré tout (les journaux sont alors gardés à côté de la sauvegarde).',
  hiveSaveStep: 'L’enregistrement de {file} a échoué à l’étape « {step} » ({cause}). Le fichier d’origine est intact.',
  hiveSaveVerify:
    'L’enregistrement de {file} a échoué à la vérification de la copie écrite : {detail}. Le fichier d’origine est intact ; la copie a été supprimée.',
  profileNotFound: 'Aucun profil ne s’appelle « {name} ».',
  compareNoSavedFile:
    '« {name} » n’a pas de version enregistrée à laquelle le comparer : {source} n’est pas un fichier sur le disque (profils créés dans l’éditeur, Cet ordinateur, ou fichier ouvert dans le navigateur).',
  untrustedSender: 'La requête vient d’une page qui n’est pas l’éditeur.',
  unauthorized: 'La requête ne porte pas le jeton de cette session.',
  badHost: 'La requête était adressée à {host}, pas à cet éditeur.',
  requestTooLarge: 'La requête dépasse la limite de {limit} octets.',
  connectionLost: 'Le processus de fond de l’éditeur n’a pas répondu : {message}',
  serviceNotInCatalog: 'Le catalogue de services n’a pas de service nommé {service} (MAPISVC.INF [Services]).',
  prfOneProfile: 'Un fichier PRF décrit un seul profil ; {count} ont été choisis. Exportez-les un par un.',
  lintDanglingReference:
    '{property} de la section {section} désigne la section {target}, qui n’existe pas encore : rien ne casse, MAPI ou Outlook la crée quand il en a besoin.',
  lintProviderListDangling:
    '{property} de la section {section} désigne la section {target}, qui n’existe pas : MAPI ne peut pas ouvrir ce service ou ce fournisseur, le profil ne se charge donc pas.',
  lintServiceWithoutProvider:
    'Le service « {service} » ({section}) n’a aucune section de fournisseur : un service de messagerie en demande au moins une, MAPI ne peut donc pas le démarrer.',
  lintSeveralLegacyExchange:
    'Plusieurs services Exchange ont PR_EMSMDB_LEGACY activé ({services}) : un seul le peut, les programmes qui ouvrent l’ancienne section globale Exchange peuvent donc obtenir le mauvais compte.',
  lintExchangeSectionMissing:
    '{property} de la section {section} désigne la section {target}, qui n’existe pas : ce compte Exchange a perdu ses paramètres (serveur, boîte aux lettres, fichier hors connexion) et Outlook demandera de le configurer à nouveau.',
  lintProviderWithoutService:
    'La section de fournisseur {section} appartient au service {target}, qui n’existe pas : MAPI ne la charge jamais, elle n’occupe que de la place.',
  lintServiceListedTwice: 'Le service {service} figure deux fois dans PR_SERVICES de la section maître : MAPI le chargerait deux fois.',
  lintSeveralDefaultStores:
    'Plusieurs banques ont STATUS_DEFAULT_STORE dans PR_RESOURCE_FLAGS ({stores}) : MAPI n’admet qu’une banque par défaut, et Outlook ne sait pas quels dossiers ouvrir.',
  lintNoDefaultStore: 'Aucune banque n’est marquée comme banque par défaut : Outlook demandera laquelle utiliser.',
  lintSharedDataFile:
    'Deux banques ouvrent le même fichier de données {path} : ses éléments apparaîtraient deux fois, avec des identifiants dupliqués.',
  lintAccountPointsNowhere:
    'Le compte « {account} » appartient au service {target}, qui n’existe pas : les Paramètres du compte d’Outlook affichent un compte impossible à ouvrir.',
  lintOrphanSection: 'La section {section} n’est référencée par aucun service, fournisseur ni compte : MAPI ne la lit jamais.',
  lintDefaultProfileMissing: 'Le profil par défaut de {root} est « {name} », absent de l’espace de travail.',
  serviceNotFound: 'Le profil « {profile} » n’a pas de service de messagerie {service}.',
  singleCopyService:
    'Le service « {service} » ({serviceName}) porte SERVICE_SINGLE_COPY, et le profil « {profile} » contient déjà « {existing} » ({existingUid}) : ce service n’admet pas une seconde instance de lui-même dans un profil.',
  copyTargetChanged: 'Le profil « {profile} » a changé depuis l’aperçu de la copie ; affichez de nouveau l’aperçu.',
  sharedDataFile:
    'La copie ouvre le même fichier de données {path} que « {existingService} » ({existingServiceUid}) : MAPI n’appelle pas le service lors d’une copie, Outlook ouvrirait donc un fichier deux fois.',
  unknownUidReference:
    'La valeur {value} de {section} contient l’UID de section copiée {uid} sans être une référence connue : elle a été copiée telle quelle et désigne toujours l’original.',
  secureNotPortable:
    'La valeur {value} de {section} est une propriété sécurisée (chiffrée) : elle peut ne pas s’ouvrir dans un autre profil ou sur un autre ordinateur.',
  accountNotCopied:
    'Le service « {service} » n’a pas d’entrée de compte Outlook : la copie n’en a pas non plus, et les Paramètres du compte d’Outlook peuvent ne pas l’afficher.',
  fixedSectionShared: 'La section {section} a un UID fixe et la cible l’a déjà : la copie utilise celle de la cible.',
  danglingNotCopied: 'Le service {section} désigne la section {uid}, qui n’existe pas : elle n’a pas pu être copiée.',
  foreignEntryId:
    '{property} de {section} désigne une banque de messages que le profil « {profile} » n’a pas : le Carnet d’adresses Outlook ne peut y ouvrir ces dossiers de contacts tant que cette banque n’est pas ajoutée.',
  ownDataFile:
    'La copie ouvre son propre fichier de données {path} au lieu de {previous} : Outlook l’ouvre, ou le crée s’il n’existe pas. Le CopyMsgService de MAPI ne sait pas le faire : ses copies partagent toujours le fichier de l’original.',
  fixedSectionConflict:
    'Le profil « {profile} » contient déjà la section {section} avec d’autres paramètres : copier « {service} » mettrait les paramètres de deux comptes dans une même section, rien n’a donc été copié.',
  dataFileNotPst:
    'Le service « {service} » n’a pas de fichier de dossiers personnels (.pst) : seule la copie d’un service PST peut recevoir un fichier de données.',
  lintFixStale: 'Le profil « {profile} » a changé depuis l’affichage de cette correction : vérifiez-le de nouveau avant de corriger.',
  lintFixNotFound: 'Le profil « {profile} » n’a plus ce constat, ou il n’a pas de correction sûre.',
  providerNotFound: 'Le profil « {profile} » n’a pas de fournisseur {provider}.',
  notAStoreProvider: 'Le fournisseur {provider} du profil « {profile} » n’est pas une banque de messages.',
  storeCannotBeDefault: 'La banque {provider} porte STATUS_NO_DEFAULT_STORE : elle ne peut pas être la banque par défaut.',
  noPrimaryIdentityService:
    'Le service « {service} » porte SERVICE_NO_PRIMARY_IDENTITY : il ne peut pas fournir l’identité principale du profil.',
  transportCountDiffers:
    'L’ordre des transports liste {given} fournisseurs mais le profil « {profile} » en a {expected} : listez chaque fournisseur de transport une fois.',
  transportNotFound: '{provider} n’est pas un fournisseur de transport du profil « {profile} ».',
  displayNameEmpty: 'Un service doit avoir un nom d’affichage.',
  lintServiceNotInMaster: 'La section de service {section} ne figure pas dans PR_SERVICES de la section maître : MAPI ne la charge pas.',
  lintNoPrimaryIdentity:
    'Aucun service ne fournit l’identité principale, alors que {service} le pourrait : MAPI n’a pas d’identité pour ce profil.',
  lintSeveralPrimaryIdentities:
    'Plusieurs services portent l’identité principale ({services}) dans PR_RESOURCE_FLAGS ; MAPI n’en garde qu’une, l’identité utilisée peut donc ne pas être celle attendue.',
  lintSeveralDefaultOutbound: 'Plusieurs transports sont marqués comme transport sortant par défaut ({providers}).',
  lintAccountReferenceMissing:
    '{value} du compte « {account} » désigne la section {target}, qui n’existe pas encore : rien ne casse, Outlook la crée quand il en a besoin.',
  lintAccountOrderDangling: 'L’ordre des comptes {value} liste le compte {id}, qui n’existe pas : Outlook l’ignore.',
  lintNextAccountIdStale: 'NextAccountID vaut {next} alors que le compte {id} existe : un nouveau compte réutiliserait son numéro.',
  lintNoMasterSection: 'Le profil n’a pas de section maître (9207f3e0…) : MAPI n’y voit aucun service.',
  lintDefaultProfileEmpty: 'C’est le profil par défaut et il n’a aucun service de messagerie.',
  profileExists: 'Un profil nommé « {name} » existe déjà : les noms de profil doivent être uniques.',
  profileNameEmpty: 'Un profil doit avoir un nom.',
  profileNameTooLong: 'Le nom de profil « {name} » dépasse la limite MAPI de 64 caractères.',
  profileNameOuterSpace: 'Le nom de profil « {name} » commence ou finit par une espace, ce que MAPI n’accepte pas.',
  profileNameBackslash: 'Le nom de profil « {name} » contient une barre oblique inverse, qui couperait sa clé de registre.',
  profileNameControl: 'Le nom de profil contient un caractère de contrôle.',
  storeBusy: 'Un autre programme écrit dans le stockage ({path}) ; réessayez dans un instant.',
  storeCorrupt: 'Le fichier de stockage {file} est illisible : {why}',
  storeVersion: 'Le stockage {file} a la version de schéma {version}, que cette version de l’éditeur ne connaît pas.',
  secureNotEditable:
    'La valeur {value} est une propriété sécurisée : on peut la remplacer par des octets bruts ou la supprimer, jamais la décoder.',
  notAPropertyName: '{value} n’est pas un nom de valeur de propriété (8 chiffres hexadécimaux : type puis identifiant, p. ex. 001f3001).',
  valueNotFound: 'La section {section} n’a pas de valeur {value}.',
  sectionNotFound: 'Le profil « {profile} » n’a pas de section {section}.',
  valueBadSize: 'La taille de la valeur ne correspond pas à son type {ptype} ; elle est gardée telle quelle.',
  valueNoTerminator: 'La chaîne {ptype} ne se termine pas par un NUL ; elle est gardée telle quelle.',
  valueBadOffsets: 'Le nombre ou les décalages de la valeur {ptype} sortent de la valeur ; elle est gardée telle quelle.',
  valueNonCanonical:
    'La valeur {ptype} est disposée d’une façon que l’éditeur ne réécrit pas à l’identique ; elle est gardée telle quelle.',
  valueBadBoolean: 'La valeur PT_BOOLEAN n’est ni 00,00 ni 01,00 ; elle est gardée telle quelle.',
  valueNotFinite: 'La valeur {ptype} n’est pas un nombre fini ; elle est gardée telle quelle.',
  badPropertyValue: 'La valeur ne convient pas au type de propriété {ptype} : {why}',
  liveRegistryUnavailable: 'Les profils de cet ordinateur ne se lisent et ne s’écrivent que sous Windows.',
  outlookRunning: 'Outlook est ouvert : fermez-le, puis réécrivez les profils.',
  liveRegistryAccessDenied: 'Windows a refusé l’accès ({command}) : {message}',
  liveRegistryFileNotFound: '{command} n’a pas trouvé le fichier {file}.',
  liveRegistryFailed: '{command} a échoué avec le code de sortie {code} : {message}',
  liveRootNotAllowed: 'Le profil « {name} » vient de {root}, qui n’est pas une clé de profils de cet ordinateur ; rien n’a été écrit.',
  profileExistsIn: 'Un profil nommé « {name} » existe déjà sous {root} dans {source} : les noms doivent y être uniques.',
  sourceNotFound: 'Aucun fichier ou source ouvert ne s’appelle « {source} ».',
  profileAmbiguous: 'Plusieurs profils s’appellent « {name} » : {candidates}. Désignez-en un sous la forme SOURCE:NOM.',
  alreadyOpen:
    '{file} est déjà ouvert : rechargez-le (les modifications non enregistrées sont abandonnées) ou ouvrez-le de nouveau comme une source distincte.',
  saveFailed: 'L’enregistrement de {file} a échoué à l’étape « {step} » : {why}. Le fichier d’origine est inchangé.',
  saveVerifyFailed:
    'L’enregistrement de {file} a échoué à l’étape « vérification » : le fichier écrit ne se relit pas comme prévu ({why}). Le fichier d’origine est inchangé.',
  saveNoPath: '{source} n’a pas de fichier où enregistrer (ouvert dans le navigateur, ou nouveau) : enregistrez-le sous un fichier.',
  saveHiveNotYet:
    'L’enregistrement dans une ruche du registre ({file}) n’est pas encore disponible : enregistrez-la en fichier .reg, ou exportez les profils.',
  saveFormatUnsupported: '{source} ne peut pas être enregistré au format {format}.',
  savePrfOneProfile: 'Un fichier PRF décrit un seul profil ; {source} en contient {count}. Enregistrez-le en fichier .reg.',
  saveComputerNotHere: 'Les profils de cet ordinateur ne peuvent être réécrits que sous Windows.',
};

export const ERROR_MESSAGES: Record<'en' | 'fr', Table> = { en, fr };

/**
 * The sentence of `reason` in `locale`, its parameters filled from `params` (an AppError's details). A file
 * that does not parse (badFormat) is said from its details' format error — the parser's sentence and where
 * it is, in `locale` (formatErrors.ts) — and from the English located `message` only when they hold none.
 */
export function errorText(locale: 'en' | 'fr', reason: string, params: Record<string, unknown> = {}): string {
  if (reason === 'badFormat') {
    const located = formatErrorDetailsText(locale, params);
    if (located !== undefined) return located;
  }
  const table = ERROR_MESSAGES[locale];
  const template = (table as Record<string, string>)[reason] ?? (en as Record<string, string>)[reason] ?? reason;
  return fillPlaceholders(template, (k) => (k in params ? String(params[k]) : undefined));
}
