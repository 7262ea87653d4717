/**
 * Every sentence a parser or writer says when a file cannot be read (or written): the FormatError of
 * electron/core/formats, in English and French. A FormatError carries a reason and its parameters, not a
 * sentence, so the window can say it in the UI's language; its `message` is the English sentence (the CLI
 * prints it as `FILE:LINE: sentence`, --json shows it).
 *
 * Parameters are written `{name}`. The `fr` table is typed by the `en` one, so a missing translation does
 * not compile, and a sentence's parameters are typed by the placeholders of its English sentence:
 * - `{record}` is the kind of hive record a cell should hold (a key of RECORDS), said in the locale's words;
 * - every other parameter is shown as is, in both languages: names, quoted file text, offsets (already
 *   written 0x…) and numbers (sizes, counts, line numbers), so the English stays byte for byte the text the
 *   parsers always printed.
 *
 * The sentence is only built when an error is thrown: nothing here runs on a parser's happy path.
 * Each new parser error adds its sentence here (one line in each language).
 */
import { z } from 'zod';
import { fillPlaceholders, type Placeholders } from './placeholders.js';

const en = {
  // Any file
  fileTooLarge: 'file is {size} bytes, over the limit of {limit} bytes',
  detectUnknown: 'not a registry export (.reg), a registry hive (regf) or a PRF file',

  // .reg reader
  regOddUtf16: 'a UTF-16LE file must have an even number of bytes; this one has {size}',
  regHeader: 'expected the header "Windows Registry Editor Version 5.00" or "REGEDIT4" on the first line',
  regLineStart: 'expected [KEY], "name"=value, @=value, a ;comment or a blank line',
  regKeyClose: 'expected ] at the end of the key name',
  regAfterKey: 'expected nothing but a ;comment after the ] of the key',
  regKeySpace: 'expected the key name right after [ (no space)',
  regKeyEmpty: 'expected a key name inside [ ]',
  regValueBeforeKey: 'expected a [KEY] line before the first value',
  regExpectedEquals: 'expected = after the value name',
  regAfterDelete: 'expected nothing but a ;comment after =-',
  regAfterString: 'expected nothing but a ;comment after the closing "',
  regValueData: 'expected "string", dword:, hex:, hex(N): or - after =',
  regHexContinuation: 'expected hex bytes continuing the value from line {start}',
  regHexUnfinished: 'expected more hex bytes after the \\ of the value on line {start}, found the end of the file',
  regUnclosedQuote: 'expected a closing " (strings cannot continue onto the next line)',
  regDwordDigits: 'expected dword: followed by 1 to 8 hex digits',
  regAfterDword: 'expected the end of the line or a ;comment after the dword',
  regHexType: 'expected hex: or hex(N):',
  regHexTypeDigits: 'expected hex(N): with N 1 to 8 hex digits',
  regHexTypeColon: 'expected : after hex(N)',
  regAfterContinuation: 'expected the end of the line after the \\ continuation',
  regHexByte: 'expected a hex byte (two hex digits)',
  regHexByteTooLong: 'expected a hex byte, found more than two hex digits',
  regHexComma: 'expected , between hex bytes (a \\ continuation must follow a comma)',

  // .reg writer
  regWriteKeyEmpty: 'cannot write key "{path}": its path is empty',
  regWriteKeyLineBreak: 'cannot write key "{path}": its path contains a line break',
  regWriteKeyLeading: 'cannot write key "{path}": its path starts with "-" or a space, which a key line cannot carry',
  regWriteKeyTrailingBackslash: 'cannot write key "{path}": its path ends with \\, which a key line drops',
  regWriteKeyNotAnsi: 'cannot write key "{path}": its path has characters windows-1252 cannot carry (REGEDIT4)',
  regWriteValueType: 'cannot write value "{name}" of [{path}]: type {type} is not a 32-bit registry type',
  regWriteValueNotAnsi: 'cannot write value "{name}" of [{path}]: its text cannot be written as windows-1252 in a REGEDIT4 file',
  regWriteValueNotHex: 'cannot write value "{name}" of [{path}]: its data is not hex of whole bytes',
  regWriteNameLineBreak: 'cannot write value "{name}" of [{path}]: its name contains a line break',
  regWriteNameNotAnsi: 'cannot write value "{name}" of [{path}]: its name has characters windows-1252 cannot carry (REGEDIT4)',

  // Registry hive: base block
  hiveTooLarge: 'hive of {size} bytes is larger than the {limit}-byte limit',
  hiveTooShort: 'file of {size} bytes is shorter than the 4096-byte regf base block',
  hiveSignature: 'expected "regf" signature, found {found}',
  hiveMajorVersion: 'expected major version 1, found {found}',
  hiveFileType: 'expected file type 0 (primary hive), found {found} (a transaction log?)',
  hiveBinsSize: 'hive bins data size {size} is not a non-zero multiple of 4096',
  hiveBinsPastEnd: 'hive bins data of {size} bytes runs past the end of the {fileSize}-byte file (truncated?)',
  // Registry hive: bins and cells
  hiveHbinTruncated: 'truncated hbin header',
  hiveHbinSignature: 'expected "hbin" signature, found {found}',
  hiveHbinOffset: 'hbin offset field says {declared}, bin is at {actual}',
  hiveHbinSize: 'hbin size {size} is not a non-zero multiple of 4096',
  hiveHbinPastEnd: 'hbin of {size} bytes runs past the end of the bins data ({end})',
  hiveCellSizeTruncated: 'truncated cell size at the end of a bin',
  hiveCellSize: 'bad cell size {size}: expected a multiple of 4, at least 8, inside its bin (ends {end})',
  hiveReadPastEnd: 'read past the end of the file',
  hiveReadBudget:
    'values read from this hive add up to over {budget} bytes, {factor}× its cells: value lists or data cells are shared (corrupt hive)',
  hiveCellNotStart: 'expected {record}: cell offset {cell} read at {from} is not the start of a cell',
  hiveCellFree: 'expected {record}: cell {cell} is free, not allocated',
  hiveCellTooSmall: 'expected {record} of at least {min} bytes: cell {cell} holds {length}',
  hiveCellSignature: 'expected {record} ({signatures}), found signature {found}',
  // Registry hive: keys
  hiveKeyNameOverrun: 'key name of {length} bytes overruns its {cellSize}-byte nk cell',
  hiveKeyNameOdd: 'UTF-16 key name has an odd length {length}',
  hiveSubkeyCount: 'subkey count {count} is more than the hive could hold',
  hiveSubkeyListsOverfull: "subkey lists hold more entries than the key's subkey count {count}",
  hiveListOverrun: '{kind} list of {count} entries overruns its {cellSize}-byte cell',
  hiveRiTwice: 'ri list names sub-list {list} twice',
  hiveRiNested: 'ri list inside an ri list (ri lists cannot nest)',
  hiveSubkeyCountMismatch: 'key declares {count} subkeys, its lists hold {found}',
  hiveTooDeep: 'keys nested deeper than {limit} levels',
  hiveSubkeyTwice: 'subkey list names key {key} twice',
  hiveCycle: 'cycle: subkey list points back at ancestor key "{name}"',
  hiveKeyReachedTwice: 'key "{path}" reached twice (cycle in the subkey lists)',
  // Registry hive: values
  hiveValueCount: 'value count {count} does not fit its {cellSize}-byte value list',
  hiveValueNameOverrun: 'value name of {length} bytes overruns its {cellSize}-byte vk cell',
  hiveValueNameOdd: 'UTF-16 value name has an odd length {length}',
  hiveInlineData: 'inline value data of {size} bytes (at most 4 fit inline)',
  hiveValueDataSize: 'value data size {size} is larger than the hive',
  hiveValueDataCell: 'value data of {size} bytes is larger than its {cellSize}-byte cell, which is not a db record',
  hiveBigData: 'big data of {size} bytes cannot fit in {count} segments of {segment}',
  hiveDbListOverrun: 'db segment list of {count} entries overruns its cell',
  hiveDbSegment: 'db segment holds {size} bytes, {expected} expected',
  // Registry hive writer: what a save was asked to write
  hiveEditRoot: 'cannot replace or delete the root key of a hive (edit "{path}")',
  hiveEditOverlap: 'two edits of one key, or of a key and a key below it: "{path}"',
  hiveEditKeyName: 'cannot write key "{path}": key names are 1 to {max} characters, without \\',
  hiveEditKeyTwice: 'cannot write key "{path}": it is listed twice (key names are compared without case)',
  hiveEditValueName: 'cannot write value "{name}" of "{path}": value names are at most {max} characters',
  hiveEditValueType: 'cannot write value "{name}" of "{path}": type {type} is not a 32-bit registry type',
  hiveEditValueData: 'cannot write value "{name}" of "{path}": its data is not hex of whole bytes',
  hiveEditValueTwice: 'cannot write value "{name}" of "{path}": it is listed twice (value names are compared without case)',
  hiveEditTooManySubkeys: 'cannot write {count} subkeys under one key (at most {max})',
  // Registry hive transaction logs (NAME.LOG, NAME.LOG1, NAME.LOG2)
  hiveLogTooShort: 'transaction log of {size} bytes is shorter than its 512-byte base block',
  hiveLogSignature: 'not a transaction log: expected "regf" signature, found {found}',
  hiveLogFileType: 'not a transaction log: file type {found} (1 or 2: old format, 6: new format)',
  hiveLogChecksum: 'the log was being written when it stopped: base block checksum {stored} ≠ computed {computed}',
  hiveLogSequences: 'the log was being written when it stopped: its sequence numbers differ ({primary} ≠ {secondary})',
  hiveLogBinsSize: 'hive bins data size {size} is not a non-zero multiple of 4096',
  hiveLogOlder: 'the log was written before the hive last was: what it holds is already in the hive',
  hiveLogStale: 'its entries start at sequence number {sequence}, {expected} expected: they are already in the hive',
  hiveLogNoEntries: 'the log holds no entry to apply',
  hiveLogEntrySize: 'log entry of {size} bytes is not a multiple of 512 that fits the {left} bytes left',
  hiveLogEntryHash: 'log entry fails its Marvin32 check ({which}): it was not written whole',
  hiveLogEntrySequence: 'log entry has sequence number {found}, {expected} expected',
  hiveLogEntryPages: 'log entry of {size} bytes cannot hold its {count} dirty pages',
  hiveLogEntryPage: 'dirty page of {size} bytes at {offset} is not whole 512-byte sectors inside the {binsSize} bytes of hive bins',
  hiveLogEntryBinsSize: 'log entry gives the hive bins a size of {size}: not a non-zero multiple of 4096 that its pages reach',
  hiveLogDirtTruncated: 'the log ends before its dirty vector (for {size} bytes of hive bins)',
  hiveLogDirtSignature: 'expected the "DIRT" dirty vector, found {found}',
  hiveLogDirtyPagesMissing: 'the log ends before the dirty page for file offset {offset}',
  hiveLogDirtyBin: 'the hive bin at file offset {offset} would not be valid with the dirty pages applied',

  // INI text (PRF and MAPISVC.INF)
  iniOddUtf16: 'a UTF-16 file must have an even number of bytes; this one has {size}',
  iniSectionClose: 'a section header must end with "]"',
  iniSectionEmpty: 'empty section name "[]"',
  iniSectionTwice: 'section [{name}] appears twice (first at line {first})',
  iniLine: 'expected "[Section]", "key=value" or a "; comment"',
  iniEntryNoName: 'an entry needs a name before "="',
  iniEntryBeforeSection: 'entry "{key}" comes before any [Section] header',

  // PRF reader
  prfGeneralTwice: '[General] sets {key} twice (first at line {first})',
  prfOneOrZero: '{key} must be 1 or 0, not "{value}"',
  prfYesOrNo: '{key} must be Yes or No, not "{value}"',
  prfTrueOrFalse: '{key} must be TRUE or FALSE, not "{value}"',
  prfOverwriteProfile: 'OverwriteProfile must be Yes, No or Append, not "{value}"',
  prfDefaultStore: 'DefaultStore must name a service as ServiceN, not "{value}"',
  prfServiceListEmpty: '{key} in [Service List] names no section',
  prfAccountListEmpty: '{key} in [Internet Account List] names no section',
  prfMappingTwice: '[{section}] sets {key} twice',
  prfGuid: '{key} must be 32 hex digits, not "{value}"',
  prfEmpty: '{key} is empty',
  prfMappingSyntax: 'mapping "{key}" must be "PT_TYPE,0xID"',
  prfMappingType: 'unknown property type "{ptype}" in mapping "{key}"',
  prfMappingId: 'mapping "{key}" has id "{id}"; expected 0x and 4 (or 8) hex digits',
  prfMappingIdType: 'mapping "{key}": {id} does not carry the type of {ptypeName} (0x{ptype})',
  // PRF import: [General] ProfileName=
  prfProfileNameEmpty: 'ProfileName "{name}" is not a valid profile name: it is empty',
  prfProfileNameTooLong: 'ProfileName "{name}" is not a valid profile name: it is longer than 64 characters',
  prfProfileNameOuterSpace: 'ProfileName "{name}" is not a valid profile name: it starts or ends with a space',
  prfProfileNameBackslash: 'ProfileName "{name}" is not a valid profile name: it contains "\\"',
  prfProfileNameControl: 'ProfileName "{name}" is not a valid profile name: it contains a control character',

  // PRF writer
  prfWriteSectionTwice: 'cannot write PRF: two sections are named [{name}]',
  prfWriteKeyEquals: 'cannot write PRF: key "{key}" contains "="',
  prfWriteKeyLooksLikeLine: 'cannot write PRF: key "{key}" would read as a comment or a section',
  prfWriteValueSpaces: 'cannot write PRF: the value of {key} has spaces at an end, which a reader trims',
  prfWriteNotServiceSection: 'cannot write PRF: [{name}] is not a ServiceN section name',
  prfWriteNotAccountSection: 'cannot write PRF: [{name}] is not an AccountN section name',
  prfWriteMappingType: 'cannot write PRF: mapping {key} has unknown type 0x{type}',
  prfWriteSectionNameEmpty: 'cannot write PRF: empty section name',
  prfWriteSectionNameLineBreak: 'cannot write PRF: the section name "{text}" contains a line break',
  prfWriteSectionNameSpaces: 'cannot write PRF: the section name "{text}" has spaces at an end, which a reader trims',
  prfWriteKeyEmpty: 'cannot write PRF: empty key',
  prfWriteKeyLineBreak: 'cannot write PRF: the key "{text}" contains a line break',
  prfWriteKeySpaces: 'cannot write PRF: the key "{text}" has spaces at an end, which a reader trims',
  prfWriteValueLineBreak: 'cannot write PRF: the value of {key} "{text}" contains a line break',

  // MAPISVC.INF
  mapisvcNoServiceSection: 'service [{name}] is named here but the file has no such section',
  mapisvcNoProviderSection: 'provider [{name}] is named here but the file has no such section',
  mapisvcNoExtraSection: 'extra section [{name}] is named here but the file has no such section',
  mapisvcNoProviders: 'service [{name}] has no Providers= line',
  mapisvcProvidersTwice: 'Providers= appears twice in one service section',
  mapisvcProvidersEmpty: 'Providers= lists no provider section',
  mapisvcUidTwice: 'UID= appears twice in one section',
  mapisvcUidTypo:
    "UID={value} has 31 hex digits: this is the typo of Microsoft's MAPISVC.INF documentation; the Exchange global section is 13DBB0C8AA05101A9BB000AA002FC45A",
  mapisvcUidLength: 'UID= must be 32 hex digits (a MAPIUID in byte order); "{value}" has {length} characters',
  // MAPISVC.INF: a property value that does not read as its tag's type (mapisvc/infValues.ts)
  mapisvcEmptyTerm: '{key}: empty term in "{value}"',
  mapisvcByteImage: '{key}: "{term}" is not a little-endian byte image of at most {bytes} bytes (an even number of hex digits)',
  mapisvcUnknownConstant: '{key}: unknown constant "{term}"',
  mapisvcTooWide: '{key}: "{term}" does not fit in {bits} bits',
  mapisvcNotBoolean: '{key}: "{value}" is not TRUE, FALSE or a hex byte image',
  mapisvcNotHex: '{key}: "{value}" is not an even number of hex digits',
  mapisvcClsidLength: '{key}: a PT_CLSID needs 32 hex digits, not {length}',
  mapisvcUnknownType: '{key}: no MAPISVC.INF value syntax is known for type 0x{type}',
} as const;

export type FormatErrorReason = keyof typeof en;
type Table = { readonly [K in FormatErrorReason]: string };

const fr: Table = {
  fileTooLarge: 'le fichier fait {size} octets, au-delà de la limite de {limit} octets',
  detectUnknown: 'ni un export du registre (.reg), ni une ruche du registre (regf), ni un fichier PRF',

  regOddUtf16: 'un fichier UTF-16LE doit avoir un nombre pair d’octets ; celui-ci en a {size}',
  regHeader: 'on attendait l’en-tête « Windows Registry Editor Version 5.00 » ou « REGEDIT4 » sur la première ligne',
  regLineStart: 'on attendait [KEY], "nom"=valeur, @=valeur, un ;commentaire ou une ligne vide',
  regKeyClose: 'on attendait ] à la fin du nom de la clé',
  regAfterKey: 'on n’attendait rien d’autre qu’un ;commentaire après le ] de la clé',
  regKeySpace: 'on attendait le nom de la clé juste après [ (sans espace)',
  regKeyEmpty: 'on attendait un nom de clé entre [ ]',
  regValueBeforeKey: 'on attendait une ligne [KEY] avant la première valeur',
  regExpectedEquals: 'on attendait = après le nom de la valeur',
  regAfterDelete: 'on n’attendait rien d’autre qu’un ;commentaire après =-',
  regAfterString: 'on n’attendait rien d’autre qu’un ;commentaire après le " fermant',
  regValueData: 'on attendait "chaîne", dword:, hex:, hex(N): ou - après =',
  regHexContinuation: 'on attendait des octets hexadécimaux qui continuent la valeur de la ligne {start}',
  regHexUnfinished: 'on attendait d’autres octets hexadécimaux après le \\ de la valeur de la ligne {start}, mais le fichier se termine',
  regUnclosedQuote: 'on attendait un " fermant (une chaîne ne peut pas continuer sur la ligne suivante)',
  regDwordDigits: 'on attendait dword: suivi de 1 à 8 chiffres hexadécimaux',
  regAfterDword: 'on attendait la fin de la ligne ou un ;commentaire après le dword',
  regHexType: 'on attendait hex: ou hex(N):',
  regHexTypeDigits: 'on attendait hex(N): où N compte de 1 à 8 chiffres hexadécimaux',
  regHexTypeColon: 'on attendait : après hex(N)',
  regAfterContinuation: 'on attendait la fin de la ligne après le \\ de continuation',
  regHexByte: 'on attendait un octet hexadécimal (deux chiffres hexadécimaux)',
  regHexByteTooLong: 'on attendait un octet hexadécimal, mais il y a plus de deux chiffres hexadécimaux',
  regHexComma: 'on attendait , entre les octets hexadécimaux (un \\ de continuation doit suivre une virgule)',

  regWriteKeyEmpty: 'impossible d’écrire la clé « {path} » : son chemin est vide',
  regWriteKeyLineBreak: 'impossible d’écrire la clé « {path} » : son chemin contient un saut de ligne',
  regWriteKeyLeading:
    'impossible d’écrire la clé « {path} » : son chemin commence par « - » ou une espace, ce qu’une ligne de clé ne peut pas porter',
  regWriteKeyTrailingBackslash: 'impossible d’écrire la clé « {path} » : son chemin finit par \\, qu’une ligne de clé laisse tomber',
  regWriteKeyNotAnsi:
    'impossible d’écrire la clé « {path} » : son chemin contient des caractères que windows-1252 ne peut pas porter (REGEDIT4)',
  regWriteValueType: 'impossible d’écrire la valeur « {name} » de [{path}] : le type {type} n’est pas un type de registre sur 32 bits',
  regWriteValueNotAnsi:
    'impossible d’écrire la valeur « {name} » de [{path}] : son texte ne peut pas s’écrire en windows-1252 dans un fichier REGEDIT4',
  regWriteValueNotHex: 'impossible d’écrire la valeur « {name} » de [{path}] : ses données ne sont pas l’hexadécimal d’octets entiers',
  regWriteNameLineBreak: 'impossible d’écrire la valeur « {name} » de [{path}] : son nom contient un saut de ligne',
  regWriteNameNotAnsi:
    'impossible d’écrire la valeur « {name} » de [{path}] : son nom contient des caractères que windows-1252 ne peut pas porter (REGEDIT4)',

  hiveTooLarge: 'la ruche fait {size} octets, au-delà de la limite de {limit} octets',
  hiveTooShort: 'le fichier de {size} octets est plus court que le bloc de base regf de 4096 octets',
  hiveSignature: 'on attendait la signature « regf », pas {found}',
  hiveMajorVersion: 'on attendait la version majeure 1, pas {found}',
  hiveFileType: 'on attendait le type de fichier 0 (ruche principale), pas {found} (un journal de transactions ?)',
  hiveBinsSize: 'la taille des données des blocs hbin, {size}, n’est pas un multiple non nul de 4096',
  hiveBinsPastEnd: 'les {size} octets de données des blocs hbin dépassent la fin du fichier de {fileSize} octets (tronqué ?)',
  hiveHbinTruncated: 'en-tête hbin tronqué',
  hiveHbinSignature: 'on attendait la signature « hbin », pas {found}',
  hiveHbinOffset: 'le champ de décalage du bloc hbin indique {declared}, alors que le bloc est en {actual}',
  hiveHbinSize: 'la taille du bloc hbin, {size}, n’est pas un multiple non nul de 4096',
  hiveHbinPastEnd: 'le bloc hbin de {size} octets dépasse la fin des données des blocs ({end})',
  hiveCellSizeTruncated: 'taille de cellule tronquée à la fin d’un bloc hbin',
  hiveCellSize:
    'taille de cellule {size} incorrecte : on attendait un multiple de 4, au moins 8, à l’intérieur de son bloc (qui finit en {end})',
  hiveReadPastEnd: 'lecture au-delà de la fin du fichier',
  hiveReadBudget:
    'les valeurs lues dans cette ruche dépassent {budget} octets, {factor}× ses cellules : des listes de valeurs ou des cellules de données sont partagées (ruche corrompue)',
  hiveCellNotStart: 'on attendait {record} : le décalage de cellule {cell} lu en {from} n’est pas le début d’une cellule',
  hiveCellFree: 'on attendait {record} : la cellule {cell} est libre, non allouée',
  hiveCellTooSmall: 'on attendait {record} d’au moins {min} octets : la cellule {cell} en contient {length}',
  hiveCellSignature: 'on attendait {record} ({signatures}), pas la signature {found}',
  hiveKeyNameOverrun: 'le nom de clé de {length} octets dépasse sa cellule nk de {cellSize} octets',
  hiveKeyNameOdd: 'le nom de clé UTF-16 a une longueur impaire, {length}',
  hiveSubkeyCount: 'le nombre de sous-clés, {count}, dépasse ce que la ruche pourrait contenir',
  hiveSubkeyListsOverfull: 'les listes de sous-clés ont plus d’entrées que le nombre de sous-clés de la clé, {count}',
  hiveListOverrun: 'la liste {kind} de {count} entrées dépasse sa cellule de {cellSize} octets',
  hiveRiTwice: 'la liste ri désigne deux fois la sous-liste {list}',
  hiveRiNested: 'liste ri dans une liste ri (les listes ri ne s’imbriquent pas)',
  hiveSubkeyCountMismatch: 'la clé déclare {count} sous-clés, ses listes en contiennent {found}',
  hiveTooDeep: 'clés imbriquées sur plus de {limit} niveaux',
  hiveSubkeyTwice: 'la liste de sous-clés désigne deux fois la clé {key}',
  hiveCycle: 'cycle : la liste de sous-clés renvoie à la clé ancêtre « {name} »',
  hiveKeyReachedTwice: 'clé « {path} » atteinte deux fois (cycle dans les listes de sous-clés)',
  hiveValueCount: 'le nombre de valeurs, {count}, ne tient pas dans sa liste de valeurs de {cellSize} octets',
  hiveValueNameOverrun: 'le nom de valeur de {length} octets dépasse sa cellule vk de {cellSize} octets',
  hiveValueNameOdd: 'le nom de valeur UTF-16 a une longueur impaire, {length}',
  hiveInlineData: 'données de valeur intégrées de {size} octets (4 au plus peuvent être intégrées)',
  hiveValueDataSize: 'la taille des données de valeur, {size}, dépasse celle de la ruche',
  hiveValueDataCell:
    'les données de valeur de {size} octets dépassent leur cellule de {cellSize} octets, qui n’est pas un enregistrement db',
  hiveBigData: 'des données volumineuses de {size} octets ne tiennent pas dans {count} segments de {segment}',
  hiveDbListOverrun: 'la liste de segments db de {count} entrées dépasse sa cellule',
  hiveDbSegment: 'le segment db contient {size} octets, {expected} attendus',
  hiveEditRoot: 'impossible de remplacer ou de supprimer la clé racine d’une ruche (modification « {path} »)',
  hiveEditOverlap: 'deux modifications d’une même clé, ou d’une clé et d’une clé en dessous : « {path} »',
  hiveEditKeyName: 'impossible d’écrire la clé « {path} » : un nom de clé a de 1 à {max} caractères, sans \\',
  hiveEditKeyTwice: 'impossible d’écrire la clé « {path} » : elle figure deux fois (les noms de clé se comparent sans la casse)',
  hiveEditValueName: 'impossible d’écrire la valeur « {name} » de « {path} » : un nom de valeur a au plus {max} caractères',
  hiveEditValueType: 'impossible d’écrire la valeur « {name} » de « {path} » : le type {type} n’est pas un type de registre sur 32 bits',
  hiveEditValueData: 'impossible d’écrire la valeur « {name} » de « {path} » : ses données ne sont pas de l’hexadécimal d’octets entiers',
  hiveEditValueTwice:
    'impossible d’écrire la valeur « {name} » de « {path} » : elle figure deux fois (les noms de valeur se comparent sans la casse)',
  hiveEditTooManySubkeys: 'impossible d’écrire {count} sous-clés sous une même clé (au plus {max})',
  hiveLogTooShort: 'le journal de transactions de {size} octets est plus court que son bloc de base de 512 octets',
  hiveLogSignature: 'pas un journal de transactions : signature « regf » attendue, {found} trouvée',
  hiveLogFileType: 'pas un journal de transactions : type de fichier {found} (1 ou 2 : ancien format, 6 : nouveau format)',
  hiveLogChecksum:
    'le journal était en cours d’écriture quand il s’est arrêté : somme de contrôle du bloc de base {stored} ≠ {computed} calculée',
  hiveLogSequences:
    'le journal était en cours d’écriture quand il s’est arrêté : ses numéros de séquence diffèrent ({primary} ≠ {secondary})',
  hiveLogBinsSize: 'la taille des données des hbins {size} n’est pas un multiple non nul de 4096',
  hiveLogOlder: 'le journal a été écrit avant la dernière écriture de la ruche : ce qu’il contient y est déjà',
  hiveLogStale: 'ses entrées commencent au numéro de séquence {sequence}, {expected} attendu : elles sont déjà dans la ruche',
  hiveLogNoEntries: 'le journal ne contient aucune entrée à appliquer',
  hiveLogEntrySize: 'l’entrée de journal de {size} octets n’est pas un multiple de 512 tenant dans les {left} octets restants',
  hiveLogEntryHash: 'l’entrée de journal échoue à sa vérification Marvin32 ({which}) : elle n’a pas été écrite entièrement',
  hiveLogEntrySequence: 'l’entrée de journal a le numéro de séquence {found}, {expected} attendu',
  hiveLogEntryPages: 'l’entrée de journal de {size} octets ne peut pas contenir ses {count} pages modifiées',
  hiveLogEntryPage:
    'la page modifiée de {size} octets à {offset} n’est pas faite de secteurs de 512 octets entiers dans les {binsSize} octets de hbins',
  hiveLogEntryBinsSize: 'l’entrée de journal donne aux hbins une taille de {size} : pas un multiple non nul de 4096 atteint par ses pages',
  hiveLogDirtTruncated: 'le journal s’arrête avant son vecteur de pages modifiées (pour {size} octets de hbins)',
  hiveLogDirtSignature: 'vecteur de pages modifiées « DIRT » attendu, {found} trouvé',
  hiveLogDirtyPagesMissing: 'le journal s’arrête avant la page modifiée de la position {offset} du fichier',
  hiveLogDirtyBin: 'le hbin à la position {offset} du fichier ne serait pas valide une fois les pages modifiées appliquées',

  iniOddUtf16: 'un fichier UTF-16 doit avoir un nombre pair d’octets ; celui-ci en a {size}',
  iniSectionClose: 'un en-tête de section doit finir par « ] »',
  iniSectionEmpty: 'nom de section vide « [] »',
  iniSectionTwice: 'la section [{name}] apparaît deux fois (d’abord à la ligne {first})',
  iniLine: 'on attendait « [Section] », « clé=valeur » ou « ; commentaire »',
  iniEntryNoName: 'une entrée doit avoir un nom avant « = »',
  iniEntryBeforeSection: 'l’entrée « {key} » précède tout en-tête [Section]',

  prfGeneralTwice: '[General] définit {key} deux fois (d’abord à la ligne {first})',
  prfOneOrZero: '{key} doit valoir 1 ou 0, pas « {value} »',
  prfYesOrNo: '{key} doit valoir Yes ou No, pas « {value} »',
  prfTrueOrFalse: '{key} doit valoir TRUE ou FALSE, pas « {value} »',
  prfOverwriteProfile: 'OverwriteProfile doit valoir Yes, No ou Append, pas « {value} »',
  prfDefaultStore: 'DefaultStore doit désigner un service sous la forme ServiceN, pas « {value} »',
  prfServiceListEmpty: '{key} de [Service List] ne désigne aucune section',
  prfAccountListEmpty: '{key} de [Internet Account List] ne désigne aucune section',
  prfMappingTwice: '[{section}] définit {key} deux fois',
  prfGuid: '{key} doit compter 32 chiffres hexadécimaux, pas « {value} »',
  prfEmpty: '{key} est vide',
  prfMappingSyntax: 'la correspondance « {key} » doit s’écrire « PT_TYPE,0xID »',
  prfMappingType: 'type de propriété « {ptype} » inconnu dans la correspondance « {key} »',
  prfMappingId: 'la correspondance « {key} » a l’identifiant « {id} » ; on attendait 0x et 4 (ou 8) chiffres hexadécimaux',
  prfMappingIdType: 'la correspondance « {key} » : {id} ne porte pas le type de {ptypeName} (0x{ptype})',
  prfProfileNameEmpty: 'ProfileName « {name} » n’est pas un nom de profil valide : il est vide',
  prfProfileNameTooLong: 'ProfileName « {name} » n’est pas un nom de profil valide : il dépasse 64 caractères',
  prfProfileNameOuterSpace: 'ProfileName « {name} » n’est pas un nom de profil valide : il commence ou finit par une espace',
  prfProfileNameBackslash: 'ProfileName « {name} » n’est pas un nom de profil valide : il contient « \\ »',
  prfProfileNameControl: 'ProfileName « {name} » n’est pas un nom de profil valide : il contient un caractère de contrôle',

  prfWriteSectionTwice: 'impossible d’écrire le PRF : deux sections s’appellent [{name}]',
  prfWriteKeyEquals: 'impossible d’écrire le PRF : la clé « {key} » contient « = »',
  prfWriteKeyLooksLikeLine: 'impossible d’écrire le PRF : la clé « {key} » se lirait comme un commentaire ou une section',
  prfWriteValueSpaces: 'impossible d’écrire le PRF : la valeur de {key} a des espaces à une extrémité, qu’un lecteur supprime',
  prfWriteNotServiceSection: 'impossible d’écrire le PRF : [{name}] n’est pas un nom de section ServiceN',
  prfWriteNotAccountSection: 'impossible d’écrire le PRF : [{name}] n’est pas un nom de section AccountN',
  prfWriteMappingType: 'impossible d’écrire le PRF : la correspondance {key} a un type inconnu, 0x{type}',
  prfWriteSectionNameEmpty: 'impossible d’écrire le PRF : nom de section vide',
  prfWriteSectionNameLineBreak: 'impossible d’écrire le PRF : le nom de section « {text} » contient un saut de ligne',
  prfWriteSectionNameSpaces:
    'impossible d’écrire le PRF : le nom de section « {text} » a des espaces à une extrémité, qu’un lecteur supprime',
  prfWriteKeyEmpty: 'impossible d’écrire le PRF : clé vide',
  prfWriteKeyLineBreak: 'impossible d’écrire le PRF : la clé « {text} » contient un saut de ligne',
  prfWriteKeySpaces: 'impossible d’écrire le PRF : la clé « {text} » a des espaces à une extrémité, qu’un lecteur supprime',
  prfWriteValueLineBreak: 'impossible d’écrire le PRF : la valeur de {key} « {text} » contient un saut de ligne',

  mapisvcNoServiceSection: 'le service [{name}] est désigné ici, mais le fichier n’a pas cette section',
  mapisvcNoProviderSection: 'le fournisseur [{name}] est désigné ici, mais le fichier n’a pas cette section',
  mapisvcNoExtraSection: 'la section supplémentaire [{name}] est désignée ici, mais le fichier n’a pas cette section',
  mapisvcNoProviders: 'le service [{name}] n’a pas de ligne Providers=',
  mapisvcProvidersTwice: 'Providers= apparaît deux fois dans une même section de service',
  mapisvcProvidersEmpty: 'Providers= ne liste aucune section de fournisseur',
  mapisvcUidTwice: 'UID= apparaît deux fois dans une même section',
  mapisvcUidTypo:
    'UID={value} compte 31 chiffres hexadécimaux : c’est la coquille de la documentation de MAPISVC.INF de Microsoft ; la section globale d’Exchange est 13DBB0C8AA05101A9BB000AA002FC45A',
  mapisvcUidLength:
    'UID= doit compter 32 chiffres hexadécimaux (un MAPIUID dans l’ordre des octets) ; « {value} » compte {length} caractères',
  mapisvcEmptyTerm: '{key} : terme vide dans « {value} »',
  mapisvcByteImage:
    '{key} : « {term} » n’est pas une image d’octets little-endian d’au plus {bytes} octets (un nombre pair de chiffres hexadécimaux)',
  mapisvcUnknownConstant: '{key} : constante « {term} » inconnue',
  mapisvcTooWide: '{key} : « {term} » ne tient pas sur {bits} bits',
  mapisvcNotBoolean: '{key} : « {value} » n’est ni TRUE, ni FALSE, ni une image d’octets en hexadécimal',
  mapisvcNotHex: '{key} : « {value} » n’est pas un nombre pair de chiffres hexadécimaux',
  mapisvcClsidLength: '{key} : un PT_CLSID demande 32 chiffres hexadécimaux, pas {length}',
  mapisvcUnknownType: '{key} : aucune syntaxe de valeur MAPISVC.INF n’est connue pour le type 0x{type}',
};

export type FormatErrorLocale = 'en' | 'fr';
export const FORMAT_ERRORS: Record<FormatErrorLocale, Table> = { en, fr };

/** The hive records a cell is read as (`{record}`): what the reader expected to find there. */
const RECORDS = {
  en: {
    keyNode: 'key node',
    subkeyList: 'subkey list',
    valueList: 'value list',
    valueKey: 'value key',
    valueData: 'value data',
    dbSegmentList: 'db segment list',
    dbSegment: 'db segment',
    // No "(sk)": hiveCellSignature names the signatures it expected after the record.
    securityKey: 'security descriptor',
    className: 'class name',
  },
  fr: {
    keyNode: 'un nœud de clé',
    subkeyList: 'une liste de sous-clés',
    valueList: 'une liste de valeurs',
    valueKey: 'une clé de valeur',
    valueData: 'des données de valeur',
    dbSegmentList: 'une liste de segments db',
    dbSegment: 'un segment db',
    securityKey: 'un descripteur de sécurité',
    className: 'un nom de classe',
  },
} as const satisfies Record<FormatErrorLocale, Record<string, string>>;
export type HiveRecord = keyof typeof RECORDS.en;
export const HIVE_RECORDS: Record<FormatErrorLocale, Readonly<Record<HiveRecord, string>>> = RECORDS;

/** The parameters of a sentence: one per placeholder of its English sentence. */
export type FormatErrorParams<R extends FormatErrorReason> = {
  [P in Placeholders<(typeof en)[R]>]: P extends 'record' ? HiveRecord : string | number;
};

/** What follows the reason in a call: its parameters, or nothing when the sentence has none. */
export type FormatErrorArgs<R extends FormatErrorReason> = [Placeholders<(typeof en)[R]>] extends [never]
  ? []
  : [params: FormatErrorParams<R>];

/** A sentence as data: one of the reasons above, with exactly the parameters it names. */
export type FormatErrorSentence = { [R in FormatErrorReason]: { reason: R; params: FormatErrorParams<R> } }[FormatErrorReason];

export const isFormatErrorReason = (reason: string): reason is FormatErrorReason => Object.hasOwn(en, reason);

/** The sentence of `reason` in `locale`; a placeholder without its parameter stays as written. */
export function formatErrorText(
  locale: FormatErrorLocale,
  reason: FormatErrorReason,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(FORMAT_ERRORS[locale][reason], (k) => {
    const v = params[k];
    if (v === undefined) return undefined;
    if (k === 'record' && typeof v === 'string' && Object.hasOwn(RECORDS.en, v)) return RECORDS[locale][v as HiveRecord];
    return String(v);
  });
}

/**
 * A FormatError as an AppError carries it to the window (E_FORMAT's `details.formatError`): which parser,
 * the reason and parameters, and where in the file.
 */
export const FormatErrorDetail = z.object({
  format: z.string(),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  line: z.number().int().optional(),
  offset: z.number().int().nonnegative().optional(),
});
export type FormatErrorDetail = z.infer<typeof FormatErrorDetail>;

/** Where in the file, before the sentence: a 1-based line for text, a byte offset for binary files. */
const WHERE = {
  en: {
    line: (file: string, line: number) => `${file}:${line}: `,
    offset: (file: string, offset: number) => `${file}@0x${offset.toString(16)}: `,
    file: (file: string) => `${file}: `,
  },
  fr: {
    line: (file: string, line: number) => `${file}, ligne ${line} : `,
    offset: (file: string, offset: number) => `${file}, décalage 0x${offset.toString(16)} : `,
    file: (file: string) => `${file} : `,
  },
} as const;

/**
 * `sentence` located in `file`. In English it is the CLI's exit-4 form (DESIGN.md): `FILE:LINE: sentence`,
 * `FILE@0xOFFSET: sentence` or `FILE: sentence`; in French `FILE, ligne N : phrase`, `FILE, décalage 0x… : phrase`.
 */
export function locatedText(locale: FormatErrorLocale, file: string, where: { line?: number; offset?: number }, sentence: string): string {
  const w = WHERE[locale];
  if (where.line !== undefined) return w.line(file, where.line) + sentence;
  if (where.offset !== undefined) return w.offset(file, where.offset) + sentence;
  return w.file(file) + sentence;
}

/**
 * The located sentence of an E_FORMAT error's details (`file` and `formatError`) in `locale`; undefined when
 * they do not hold a format error this version knows (the caller then shows the English `message`).
 */
export function formatErrorDetailsText(locale: FormatErrorLocale, details: Readonly<Record<string, unknown>>): string | undefined {
  const parsed = FormatErrorDetail.safeParse(details.formatError);
  if (!parsed.success || typeof details.file !== 'string' || !isFormatErrorReason(parsed.data.reason)) return undefined;
  const d = parsed.data;
  return locatedText(locale, details.file, d, formatErrorText(locale, d.reason as FormatErrorReason, d.params));
}
