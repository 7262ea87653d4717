/**
 * PRF reader (docs/file-formats.md §5): sorts the sections of the INI text into the seven PRF parts and types
 * `[General]`. Values of `[ServiceN]`/`[AccountN]` stay text here; `resolvePrf` maps them to tags through
 * the Section 6/7 tables read from the same file.
 *
 * @example
 * const prf = parsePrf(readFileSync('custom16.prf'));
 * prf.mappings.find((m) => m.name === 'Personal Folders')?.mappings[0]; // Name → PT_STRING8 0x3001
 */
import type { FormatErrorArgs, FormatErrorReason } from '../../../../shared/i18n/formatErrors.js';
import { FormatError } from '../formatError.js';
import { excerptOf, readIni, type IniEntry, type IniIgnored, type IniSection, type ReadIniOptions } from './iniText.js';
import { HEX32, parseMappingValue, parseYesNo } from './prfSyntax.js';
import type {
  PrfAccountRef,
  PrfEntry,
  PrfFile,
  PrfGeneral,
  PrfGeneralKey,
  PrfMappingSection,
  PrfOverwrite,
  PrfServiceRef,
  PrfValueSection,
} from './prfTypes.js';

/** Section names of Section 4 (`Service1`, `ServiceX`, `ServiceEGS1`, `ServiceEGSX`) and Section 5. */
export const SERVICE_SECTION_NAME = /^Service(EGS)?(\d+|X)$/i;
export const ACCOUNT_SECTION_NAME = /^Account\d+$/i;

/** Keys of a mapping section that say where the values go, not how. */
const MAPPING_TARGET_KEYS = ['servicename', 'sectionguid', 'mdbguid', 'accounttype'];

export function parsePrf(input: Uint8Array | string, options: ReadIniOptions = {}): PrfFile {
  const doc = readIni(input, 'prf', options);
  const ignored: IniIgnored[] = [...doc.ignored];
  const prf: PrfFile = {
    general: { other: [], lines: {} },
    serviceList: [],
    internetAccountList: [],
    services: [],
    accounts: [],
    mappings: [],
    otherSections: [],
    encoding: doc.encoding,
    ignored,
  };
  for (const section of doc.sections) {
    const folded = section.name.toLowerCase();
    if (folded === 'general') prf.general = readGeneral(section, ignored);
    else if (folded === 'service list') prf.serviceList = section.entries.map(readServiceRef);
    else if (folded === 'internet account list') prf.internetAccountList = section.entries.map(readAccountRef);
    else if (SERVICE_SECTION_NAME.test(section.name)) prf.services.push(valueSection(section));
    else if (ACCOUNT_SECTION_NAME.test(section.name)) prf.accounts.push(valueSection(section));
    else if (isMappingSection(section)) prf.mappings.push(readMappingSection(section, ignored));
    else prf.otherSections.push(valueSection(section));
  }
  return prf;
}

const entry = (e: IniEntry): PrfEntry => ({ key: e.key, value: e.value, line: e.line });
const valueSection = (s: IniSection): PrfValueSection => ({ name: s.name, line: s.line, entries: s.entries.map(entry) });

const whereOf = (e: IniEntry) => ({ line: e.line, excerpt: excerptOf(`${e.key}=${e.value}`) });

function fail<R extends FormatErrorReason>(e: IniEntry, reason: R, ...params: FormatErrorArgs<R>): never {
  throw new FormatError('prf', whereOf(e), reason, ...params);
}

function readGeneral(section: IniSection, ignored: IniIgnored[]): PrfGeneral {
  const general: PrfGeneral = { other: [], lines: {} };
  const lines = general.lines!;
  /** The first value of a key is the one Windows reads (GetPrivateProfileString): a repeat is ignored, with a warning. */
  const repeated = (e: IniEntry) => {
    const first = section.entries.find((x) => x.key.toLowerCase() === e.key.toLowerCase())!;
    if (first === e) return false;
    ignored.push({ line: e.line, text: excerptOf(`${e.key}=${e.value}`), why: 'keyRepeated', first: first.line });
    return true;
  };
  const set = <K extends PrfGeneralKey>(key: K, value: PrfGeneral[K], e: IniEntry) => {
    general[key] = value;
    lines[key] = e.line;
  };
  const yesNo = (e: IniEntry, spelled: 'prfOneOrZero' | 'prfYesOrNo' | 'prfTrueOrFalse'): boolean => {
    const b = parseYesNo(e.value);
    if (b === undefined) fail(e, spelled, { key: e.key, value: e.value });
    return b;
  };
  for (const e of section.entries) {
    if (repeated(e)) continue;
    switch (e.key.toLowerCase()) {
      case 'custom':
        set('custom', yesNo(e, 'prfOneOrZero'), e);
        break;
      case 'profilename':
        set('profileName', e.value, e);
        break;
      case 'defaultprofile':
        set('defaultProfile', yesNo(e, 'prfYesOrNo'), e);
        break;
      case 'overwriteprofile': {
        const v = e.value.toLowerCase();
        if (v !== 'yes' && v !== 'no' && v !== 'append') fail(e, 'prfOverwriteProfile', { value: e.value });
        set('overwriteProfile', v as PrfOverwrite, e);
        break;
      }
      case 'modifydefaultprofileifpresent':
        set('modifyDefaultProfileIfPresent', yesNo(e, 'prfTrueOrFalse'), e);
        break;
      case 'backupprofile':
        set('backupProfile', yesNo(e, 'prfYesOrNo'), e);
        break;
      case 'defaultstore':
        if (!/^Service(\d+|X)$/i.test(e.value)) fail(e, 'prfDefaultStore', { value: e.value });
        set('defaultStore', e.value, e);
        break;
      default:
        general.other.push(entry(e));
    }
  }
  return general;
}

function readServiceRef(e: IniEntry): PrfServiceRef {
  const m = /^Service(EGS)?(\d+|X)$/i.exec(e.key);
  const ref: PrfServiceRef = { key: e.key, kind: 'other', mappingName: e.value, line: e.line };
  if (m) {
    const slot = m[2]!.toUpperCase() === 'X' ? 'X' : m[2]!;
    if (m[1]) {
      ref.kind = 'egs';
      ref.pairsWith = `Service${slot}`;
    } else {
      ref.kind = slot === 'X' ? 'client' : 'service';
    }
  }
  if (e.value === '') fail(e, 'prfServiceListEmpty', { key: e.key });
  return ref;
}

function readAccountRef(e: IniEntry): PrfAccountRef {
  if (e.value === '') fail(e, 'prfAccountListEmpty', { key: e.key });
  return { key: e.key, mappingName: e.value, line: e.line };
}

const looksLikeMapping = (value: string): boolean => /^PT_/i.test(value);

function isMappingSection(section: IniSection): boolean {
  return section.entries.some((e) => MAPPING_TARGET_KEYS.includes(e.key.toLowerCase()) || looksLikeMapping(e.value));
}

function readMappingSection(section: IniSection, ignored: IniIgnored[]): PrfMappingSection {
  const out: PrfMappingSection = { name: section.name, kind: 'service', mappings: [], attributes: [], line: section.line };
  const firstLine: Partial<Record<string, number>> = {};
  const once = (field: 'serviceName' | 'sectionGuid' | 'mdbGuid' | 'accountType', e: IniEntry, guid: boolean) => {
    // GetPrivateProfileString reads the first value of a key: a repeat is ignored, with a warning.
    if (out[field] !== undefined)
      return void ignored.push({ line: e.line, text: excerptOf(`${e.key}=${e.value}`), why: 'keyRepeated', first: firstLine[field] });
    firstLine[field] = e.line;
    if (guid && !HEX32.test(e.value)) fail(e, 'prfGuid', { key: e.key, value: e.value });
    if (e.value === '') fail(e, 'prfEmpty', { key: e.key });
    out[field] = e.value;
  };
  for (const e of section.entries) {
    const folded = e.key.toLowerCase();
    if (folded === 'servicename') once('serviceName', e, false);
    else if (folded === 'sectionguid') once('sectionGuid', e, true);
    else if (folded === 'mdbguid') once('mdbGuid', e, true);
    else if (folded === 'accounttype') once('accountType', e, false);
    else if (looksLikeMapping(e.value)) {
      const m = parseMappingValue(e.key, e.value);
      if ('reason' in m) throw FormatError.of('prf', whereOf(e), m);
      out.mappings.push({ ...m, line: e.line });
    } else out.attributes.push(entry(e));
  }
  if (out.accountType !== undefined) out.kind = 'account';
  return out;
}
