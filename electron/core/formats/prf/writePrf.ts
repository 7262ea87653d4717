/**
 * PRF writer in the layout the Office Customization Tool produces (docs/file-formats.md §5.1 table; the real
 * OCT sample): `[General]`, `[Service List]`, `[Internet Account List]`, `[ServiceN]`…, `[AccountN]`…, then
 * the Section 6 and Section 7 mapping tables re-emitted from the model, in model order. CRLF line ends; the caller picks
 * the encoding (PRF files are ANSI; Outlook 2007+ also reads Unicode).
 *
 * Throws FormatError('prf') without a line when the model holds something a PRF cannot carry (a line
 * break in a value, a key with "=", surrounding spaces the reader would trim, two sections of one name).
 */
import type { FormatErrorArgs, FormatErrorReason } from '../../../../shared/i18n/formatErrors.js';
import { FormatError } from '../formatError.js';
import { SERVICE_SECTION_NAME, ACCOUNT_SECTION_NAME } from './parsePrf.js';
import { formatMappingId, idTextMatches, PTYPE_BY_NAME, ptypeNameOf } from './prfSyntax.js';
import type { PrfEntry, PrfFile, PrfGeneral, PrfMappingSection, PrfValueSection } from './prfTypes.js';

const STARS = '; **************************************************************';

export function writePrf(model: PrfFile): string {
  const out: string[] = [];
  const names = new Map<string, string>();
  const header = (title: string) => out.push(STARS, `; ${title}`, STARS, '');
  const section = (name: string) => {
    checkText(name, 'section');
    const folded = name.toLowerCase();
    if (names.has(folded)) fail('prfWriteSectionTwice', { name });
    names.set(folded, name);
    out.push(`[${name}]`);
  };
  const line = (key: string, value: string) => {
    checkText(key, 'key');
    if (key.includes('=')) fail('prfWriteKeyEquals', { key });
    if (key.startsWith(';') || key.startsWith('[')) fail('prfWriteKeyLooksLikeLine', { key });
    if (value !== value.trim()) fail('prfWriteValueSpaces', { key });
    if (/[\r\n]/.test(value)) fail('prfWriteValueLineBreak', { key, text: value.slice(0, 40) });
    out.push(`${key}=${value}`);
  };
  const entries = (list: readonly PrfEntry[]) => list.forEach((e) => line(e.key, e.value));

  out.push('; PRF file written by MAPI Profile Editor', '');
  header('Section 1 - Profile Defaults');
  section('General');
  writeGeneral(model.general, line);
  entries(model.general.other);
  out.push('');

  header('Section 2 - Services in Profile');
  section('Service List');
  for (const ref of model.serviceList) line(ref.key, ref.mappingName);
  out.push('');

  header('Section 3 - List of internet accounts');
  section('Internet Account List');
  for (const ref of model.internetAccountList) line(ref.key, ref.mappingName);
  out.push('');

  header('Section 4 - Default values for each service.');
  for (const s of model.services) {
    if (!SERVICE_SECTION_NAME.test(s.name)) fail('prfWriteNotServiceSection', { name: s.name });
    valueSection(s, section, entries, out);
  }
  header('Section 5 - Values for each internet account.');
  for (const s of model.accounts) {
    if (!ACCOUNT_SECTION_NAME.test(s.name)) fail('prfWriteNotAccountSection', { name: s.name });
    valueSection(s, section, entries, out);
  }
  if (model.otherSections.length > 0) {
    header('Other sections (kept as read)');
    for (const s of model.otherSections) valueSection(s, section, entries, out);
  }

  // Tables stay in model order; the Section 7 banner goes before the first account table.
  header('Section 6 - Mapping for profile properties');
  let section7 = false;
  for (const m of model.mappings) {
    if (m.kind === 'account' && !section7) {
      header('Section 7 - Mapping for internet account properties.  DO NOT MODIFY.');
      section7 = true;
    }
    mappingSection(m, section, line, out);
  }

  return out.join('\r\n');
}

type LineFn = (key: string, value: string) => void;

function writeGeneral(g: PrfGeneral, line: LineFn): void {
  const yn = (b: boolean) => (b ? 'Yes' : 'No');
  if (g.custom !== undefined) line('Custom', g.custom ? '1' : '0');
  if (g.profileName !== undefined) line('ProfileName', g.profileName);
  if (g.defaultProfile !== undefined) line('DefaultProfile', yn(g.defaultProfile));
  if (g.overwriteProfile !== undefined) {
    line('OverwriteProfile', g.overwriteProfile === 'append' ? 'Append' : g.overwriteProfile === 'yes' ? 'Yes' : 'No');
  }
  if (g.modifyDefaultProfileIfPresent !== undefined) {
    line('ModifyDefaultProfileIfPresent', g.modifyDefaultProfileIfPresent ? 'TRUE' : 'FALSE');
  }
  if (g.backupProfile !== undefined) line('BackupProfile', yn(g.backupProfile));
  if (g.defaultStore !== undefined) line('DefaultStore', g.defaultStore);
}

function valueSection(
  s: PrfValueSection,
  section: (name: string) => void,
  entries: (list: readonly PrfEntry[]) => void,
  out: string[],
): void {
  section(s.name);
  entries(s.entries);
  out.push('');
}

function mappingSection(m: PrfMappingSection, section: (name: string) => void, line: LineFn, out: string[]): void {
  section(m.name);
  if (m.serviceName !== undefined) line('ServiceName', m.serviceName);
  if (m.sectionGuid !== undefined) line('SectionGUID', m.sectionGuid);
  if (m.mdbGuid !== undefined) line('MDBGUID', m.mdbGuid);
  if (m.accountType !== undefined) line('AccountType', m.accountType);
  for (const a of m.attributes) line(a.key, a.value);
  for (const x of m.mappings) {
    const name = PTYPE_BY_NAME.get(x.ptypeName) === x.ptype ? x.ptypeName : ptypeNameOf(x.ptype);
    if (name === undefined) fail('prfWriteMappingType', { key: x.key, type: x.ptype.toString(16) });
    const id = x.idText !== undefined && idTextMatches({ ...x, ptypeName: name }, x.idText) ? x.idText : formatMappingId(x, false);
    line(x.key, `${name},${id}`);
  }
  out.push('');
}

/** What a section name or a key must not be: empty, broken over lines, or with spaces a reader would trim. */
const TEXT_PROBLEMS = {
  section: { empty: 'prfWriteSectionNameEmpty', lineBreak: 'prfWriteSectionNameLineBreak', spaces: 'prfWriteSectionNameSpaces' },
  key: { empty: 'prfWriteKeyEmpty', lineBreak: 'prfWriteKeyLineBreak', spaces: 'prfWriteKeySpaces' },
} as const;

function checkText(text: string, what: keyof typeof TEXT_PROBLEMS): void {
  const problem = TEXT_PROBLEMS[what];
  if (text.trim() === '') fail(problem.empty);
  if (/[\r\n]/.test(text)) fail(problem.lineBreak, { text: text.slice(0, 40) });
  if (text !== text.trim()) fail(problem.spaces, { text });
}

/** `cannot write PRF: …` (formatErrors.ts), with no line: the model is at fault, not a file. */
function fail<R extends FormatErrorReason>(reason: R, ...params: FormatErrorArgs<R>): never {
  throw new FormatError('prf', {}, reason, ...params);
}
