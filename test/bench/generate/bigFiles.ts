/**
 * Big files of each format the editor reads, of about `bytes` bytes, made of the same block repeated with
 * its names and numbers varied: the inputs of the parsers' growth figures (measure/parserGrowth.ts) and of
 * the fuzz suites' hang guards (test/fuzz). Moved here from the fuzz suites, which timed them.
 */
import { buildHive, type BKey } from '../../core/formats/hive/buildHive.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** A regedit 5.00 file (UTF-8 here: the parser's work is the same) of Profiles keys, wrapped hex and deletions. */
export function bigReg(bytes: number): Uint8Array {
  const parts = ['Windows Registry Editor Version 5.00', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = [
      `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\P${i % 97}\\${i.toString(16).padStart(32, '0')}]`,
      `"001f3001"=hex:${'41,00,'.repeat(12)}00,00`,
      `"00033009"=dword:${(i * 7).toString(16).padStart(8, '0')}`,
      `"01023615"=hex:${'ab,'.repeat(20)}\\\n  ${'cd,'.repeat(20)}ef`,
      `"Name ${i}"="value ${i}"`,
      `[-HKEY_CURRENT_USER\\Software\\Deleted\\${i}]`,
      '',
    ].join('\r\n');
    parts.push(block);
    size += block.length;
  }
  return utf8(parts.join('\r\n'));
}

/** The number of `[key]` blocks bigReg wrote (each also writes one `[-key]`). */
export const bigRegKeys = (file: Uint8Array): number =>
  Buffer.from(file)
    .toString('utf8')
    .match(/^\[HKEY_CURRENT_USER\\Software\\Microsoft/gm)!.length;

/** A PRF listing one Unicode PST service per block, each with its own Section 6 table. */
export function bigPrf(bytes: number): Uint8Array {
  const list: string[] = [];
  const sections: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    list.push(`Service${i + 1}=Map${i}`);
    const block = [
      `[Map${i}]`,
      'ServiceName=MSUPST MS',
      'Name=PT_STRING8,0x3001',
      'PathAndFilenameToPersonalFolders=PT_STRING8,0x6700',
      'EncryptionType=PT_LONG,0x6601',
      `[Service${i + 1}]`,
      `Name=Personal Folders ${i}`,
      `PathAndFilenameToPersonalFolders=%UserProfile%\\pst\\${i}.pst`,
      'EncryptionType=0x40000000',
      'UniqueService=No',
    ].join('\r\n');
    sections.push(block);
    size += block.length + 20;
  }
  return utf8(['[General]', 'Custom=1', 'ProfileName=Big', 'DefaultStore=Service1', '[Service List]', ...list, ...sections].join('\r\n'));
}

/** A MAPISVC.INF of services, each with two providers and an extra section. */
export function bigMapiSvc(bytes: number): Uint8Array {
  const list: string[] = ['[Services]'];
  const defaults: string[] = ['[Default Services]'];
  const sections: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    list.push(`SVC${i}=Service number ${i}`);
    if (i % 3 === 0) defaults.push(`SVC${i}=Service number ${i}`);
    const block = [
      `[SVC${i}]`,
      `PR_DISPLAY_NAME=Service number ${i}`,
      'PR_SERVICE_DLL_NAME=mspst.dll',
      'PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY',
      `Providers=PRV${i}a, PRV${i}b`,
      `Sections=EXT${i}`,
      `[PRV${i}a]`,
      'PR_RESOURCE_TYPE=MAPI_STORE_PROVIDER',
      'PR_PROVIDER_DLL_NAME=mspst.dll',
      'PR_RESOURCE_FLAGS=STATUS_DEFAULT_STORE',
      `[PRV${i}b]`,
      'PR_RESOURCE_TYPE=MAPI_AB_PROVIDER',
      '34140102=5494A1C0297F101BA58708002B2A2517',
      `[EXT${i}]`,
      `UID=${i.toString(16).padStart(32, '0')}`,
      'PR_DISPLAY_NAME=extra',
    ].join('\r\n');
    sections.push(block);
    size += block.length + 50;
  }
  return utf8([...list, ...defaults, ...sections].join('\r\n'));
}

const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

/**
 * A hive of about `bytes` bytes of keys (three values each) in groups of 500 under an `ri` root list. The
 * test builder writes one bin of at most 4 MB, so stay under 3.6 MB.
 */
export function bigHive(bytes: number): { bytes: Uint8Array; keys: number } {
  const perKey = 900;
  const keys = Math.floor(bytes / perKey);
  const subkeys: BKey[] = Array.from({ length: keys }, (_, i) => ({
    name: i.toString(16).padStart(32, '0'),
    values: [
      { name: '001f3001', type: 3, data: bytesOf(200, i) },
      { name: '01023d01', type: 3, data: bytesOf(400, i + 1) },
      { name: '00033009', type: 3, data: bytesOf(4, i + 2) },
    ],
  }));
  const groups: BKey[] = [];
  for (let i = 0; i < subkeys.length; i += 500) groups.push({ name: `P${i}`, list: 'lh', subkeys: subkeys.slice(i, i + 500) });
  return {
    bytes: buildHive({ name: 'ROOT', list: 'ri', riOf: 'lh', riChunk: 8, subkeys: groups }, { minor: 5 }).bytes,
    keys: 1 + groups.length + keys,
  };
}
