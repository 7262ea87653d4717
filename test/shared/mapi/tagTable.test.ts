import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_TABLE, TAGS_BY_NAME, providerFamily, tagInfo, tagName } from '../../../shared/mapi/tagTable.js';
import * as tags from '../../../shared/mapi/tags.js';

const REFERENCE = resolve(import.meta.dirname, '../../../docs/mapi-profiles.md');

/** Rows of the §11.1–11.5 tables: [subsection, names, tags]. */
function referenceRows(): { section: string; names: string[]; tags: number[] }[] {
  const text = readFileSync(REFERENCE, 'utf8');
  const start = text.indexOf('### 11.1');
  const end = text.indexOf('## 12.');
  const rows: { section: string; names: string[]; tags: number[] }[] = [];
  let section = '';
  for (const line of text.slice(start, end).split('\n')) {
    const h = /^### (11\.\d)/.exec(line);
    if (h) section = h[1]!;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^\*{0,2}PR_/.test(cells[1]!)) continue;
    const names = cells[1]!
      .replace(/\*/g, '')
      .replace(/\(.*?\)/g, '')
      .split('/')
      .map((n) => n.trim())
      .filter(Boolean);
    const tagCell = cells[2]!;
    const parts = tagCell.split('/').map((p) => p.trim());
    const tags: number[] = [];
    for (const p of parts) {
      const full = /^0x([0-9A-F]{8})$/i.exec(p);
      const short = /^([0-9A-F]{4})$/i.exec(p);
      if (full) tags.push(parseInt(full[1]!, 16));
      else if (short && tags.length) tags.push(((tags[0]! & 0xffff0000) | parseInt(short[1]!, 16)) >>> 0);
    }
    const expanded = names.map((n) => (n.startsWith('_') ? names[0] + n : n));
    rows.push({ section, names: expanded, tags });
  }
  return rows;
}

const SERVICE_OF_SECTION: Record<string, string | undefined> = { '11.3': 'MSUPST MS', '11.4': 'MSEMS', '11.5': 'CONTAB' };
const base = (n: string) => n.replace(/_[AW]$/, '');

describe('tag table', () => {
  const rows = referenceRows();

  it('parses the reference tables', () => {
    expect(rows.length).toBeGreaterThanOrEqual(110);
  });

  it('has an exact entry, with the reference name, for every tag of docs/mapi-profiles.md §11.1–11.5', () => {
    const missing: string[] = [];
    for (const row of rows) {
      row.tags.forEach((tag, i) => {
        const info = tagInfo(tag, SERVICE_OF_SECTION[row.section]);
        const expected = row.tags.length === row.names.length ? [row.names[i]!] : row.names;
        const known = info ? [info.name, ...(info.aliases ?? [])].map(base) : [];
        if (!info?.exact || !expected.some((n) => known.includes(base(n)))) {
          missing.push(`${row.section} ${expected.join('/')} 0x${tag.toString(16)} → ${info?.name}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it('names 001E/001F pairs _A and _W', () => {
    const expected: [number, string][] = [
      [0x3001001f, 'PR_DISPLAY_NAME_W'],
      [0x3001001e, 'PR_DISPLAY_NAME_A'],
      [0x3d09001e, 'PR_SERVICE_NAME_A'],
      [0x3d09001f, 'PR_SERVICE_NAME_W'],
      [0x3d0a001f, 'PR_SERVICE_DLL_NAME_W'],
      [0x3d0b001e, 'PR_SERVICE_ENTRY_NAME'],
      [0x3d0b001f, 'PR_SERVICE_ENTRY_NAME_W'],
      [0x3d0c0102, 'PR_SERVICE_UID'],
      [0x3d0d0102, 'PR_SERVICE_EXTRA_UIDS'],
      [0x3d0e0102, 'PR_SERVICES'],
      [0x3d0f101e, 'PR_SERVICE_SUPPORT_FILES_A'],
      [0x3d0f101f, 'PR_SERVICE_SUPPORT_FILES_W'],
      [0x3d10101e, 'PR_SERVICE_DELETE_FILES_A'],
      [0x3d13001f, 'PR_SERVICE_INSTALL_ID_W'],
      [0x3d150102, 'PR_EMSMDB_SECTION_UID'],
      [0x3d1a0102, 'PR_EMSABP_USER_UID'],
      [0x3d000102, 'PR_STORE_PROVIDERS'],
      [0x3d010102, 'PR_AB_PROVIDERS'],
      [0x3d020102, 'PR_TRANSPORT_PROVIDERS'],
      [0x3d051102, 'PR_AB_SEARCH_PATH'],
      [0x3d060102, 'PR_AB_DEFAULT_DIR'],
      [0x3d110102, 'PR_AB_SEARCH_PATH_UPDATE'],
      [0x3006001f, 'PR_PROVIDER_DISPLAY_W'],
      [0x30090003, 'PR_RESOURCE_FLAGS'],
      [0x300a001f, 'PR_PROVIDER_DLL_NAME_W'],
      [0x300b0102, 'PR_SEARCH_KEY'],
      [0x3e030003, 'PR_RESOURCE_TYPE'],
      [0x0fff0102, 'PR_ENTRYID'],
      [0x0ff90102, 'PR_RECORD_KEY'],
      [0x34140102, 'PR_MDB_PROVIDER'],
      [0x36150102, 'PR_AB_PROVIDER_ID'],
      [0x6700001f, 'PR_PST_PATH_W'],
      [0x6700001e, 'PR_PST_PATH_A'],
      [0x67700003, 'PR_PST_CONFIG_FLAGS'],
      [0x66010003, 'PR_PROFILE_CONFIG_FLAGS'],
      [0x6610001f, 'PR_PROFILE_OFFLINE_STORE_PATH_W'],
      [0x6641001f, 'PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_W'],
      [0x67f00102, 'PR_PROFILE_SECURE_MAILBOX'],
      [0x66010102, 'PR_CONTAB_UID'],
      [0x66261102, 'PR_CONTAB_STORE_ENTRYIDS'],
      [0x7cff001e, 'PR_PROFILE_MDB_DN'],
    ];
    for (const [tag, name] of expected) expect(tagName(tag), tag.toString(16)).toBe(name);
    expect(TAGS_BY_NAME.get('PR_DISPLAY_NAME')?.tag).toBe(0x3001001e);
    expect(TAGS_BY_NAME.get('PR_ROH_FLAGS')?.tag).toBe(0x66230003);
  });

  it('keeps tags.ts constants and the table in agreement', () => {
    const pairs = (Object.entries(tags) as [string, unknown][]).filter(
      (e): e is [string, number] => e[0].startsWith('PR_') && typeof e[1] === 'number',
    );
    expect(pairs.length).toBeGreaterThan(40);
    for (const [name, tag] of pairs) {
      const info = tagInfo(tag);
      expect(info, name).toBeDefined();
      // tags.ts reads its constants from the table by name (plain names are the _A aliases): compare base names.
      expect([info!.name, ...(info!.aliases ?? []), ...(info!.alternatives ?? [])].map(base), name).toContain(base(name));
    }
  });

  it('classifies copies as in the "on copy" column', () => {
    const cls = (tag: number) => [tagInfo(tag)?.copy, tagInfo(tag)?.uidList];
    expect(cls(0x3d0e0102)).toEqual(['remap', true]);
    expect(cls(0x3d000102)).toEqual(['remap', true]);
    expect(cls(0x3d0d0102)).toEqual(['remap', true]);
    expect(cls(0x3d0c0102)).toEqual(['remap', undefined]);
    expect(cls(0x3d150102)).toEqual(['remap', undefined]);
    expect(cls(0x34140102)).toEqual(['constant', undefined]);
    expect(cls(0x36150102)).toEqual(['constant', undefined]);
    expect(cls(0x3d13001f)).toEqual(['constant', undefined]);
    expect(cls(0x0fff0102)).toEqual(['verbatim', undefined]);
    expect(cls(0x3d051102)).toEqual(['scan', undefined]);
    expect(cls(0x300c0102)).toEqual(['tableOnly', undefined]);
    expect(cls(0x3001001f)).toEqual([undefined, undefined]);
  });

  it('falls back to the property id for another type', () => {
    expect(tagInfo(0x3d0b001f)).toMatchObject({ exact: true });
    expect(tagInfo(0x3d09101f)).toMatchObject({ name: 'PR_SERVICE_NAME_W', exact: false });
    expect(tagInfo(0x3d0c0003)).toMatchObject({ name: 'PR_SERVICE_UID', exact: false });
    expect(tagInfo(0x6602001f, 'MSEMS')).toMatchObject({ name: 'PR_PROFILE_HOME_SERVER_W', exact: false, providerDefined: true });
    expect(tagInfo(0x12340003)).toBeUndefined();
    expect(tagName(0x12340003)).toBe('0x12340003');
  });

  it('disambiguates provider-defined ids by service name', () => {
    expect(tagInfo(0x67020003, 'MSUPST MS')?.name).toBe('PR_PST_ENCRYPTION');
    expect(tagInfo(0x67020003, 'MSEMS')?.name).toBe('PR_OST_ENCRYPTION');
    const either = tagInfo(0x67020003)!;
    expect([either.name, ...(either.alternatives ?? [])].sort()).toEqual(['PR_OST_ENCRYPTION', 'PR_PST_ENCRYPTION']);
    expect(tagInfo(0x6612001e, 'CONTAB')?.name).toBe('PR_CONTAB_STORE_NAME_A');
    expect(tagInfo(0x6612001e, 'MSEMS')?.name).toBe('PR_PROFILE_HOME_SERVER_DN');
    // CONTAB's 0x6601 is binary; read with EMSMDB's meaning it is a PT_LONG.
    expect(tagInfo(0x66010102, 'MSEMS')).toMatchObject({ name: 'PR_PROFILE_CONFIG_FLAGS', exact: false });
    expect(tagInfo(0x66010102)).toMatchObject({ name: 'PR_CONTAB_UID', family: 'CONTAB' });
    expect(tagInfo(0x67f00102)).toMatchObject({ secure: true, providerDefined: true });
    expect(tagInfo(0x67f10102)).toBeUndefined();
    expect(providerFamily('msupst ms')).toBe('PST');
    expect(providerFamily('OMSAB')).toBeUndefined();
  });

  it('has no duplicate tag within a family', () => {
    const seen = new Set<string>();
    for (const e of TAG_TABLE) {
      const k = `${e.tag}/${e.family ?? ''}`;
      expect(seen.has(k), e.name).toBe(false);
      seen.add(k);
    }
  });
});
