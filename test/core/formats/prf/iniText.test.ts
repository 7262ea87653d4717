import { describe, expect, it } from 'vitest';
import { formatErrorOf } from '../../../helpers/formatErrorOf.js';
import { decodeIniText, parseIni, parseIniLines, readIni } from '../../../../electron/core/formats/prf/iniText.js';
import { EXTRA, describeExtra, readExtra } from '../../../helpers/extraRealData.js';
import { octPrfBytes } from './prfFixtures.js';

describe('INI tokenizer', () => {
  it('reads sections, entries and line numbers; comments and blank lines skipped', () => {
    const s = parseIniLines('; top\r\n\r\n[ A b ]\r\nk = v  v \r\n;c\r\nk=second\r\n[B]\r\n');
    expect(s).toEqual([
      {
        name: 'A b',
        line: 3,
        entries: [
          { key: 'k', value: 'v  v', line: 4 },
          { key: 'k', value: 'second', line: 6 },
        ],
      },
      { name: 'B', line: 7, entries: [] },
    ]);
  });

  it('splits at the first "=" and keeps ";" inside values', () => {
    expect(parseIniLines('[S]\na=b=c ; not a comment\n')[0]!.entries[0]).toEqual({
      key: 'a',
      value: 'b=c ; not a comment',
      line: 2,
    });
  });

  it('accepts LF, CRLF and CR line ends alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const s = parseIniLines(['[S]', 'a=1', 'b=2'].join(eol));
      expect(s[0]!.entries.map((e) => [e.key, e.line])).toEqual([
        ['a', 2],
        ['b', 3],
      ]);
    }
  });

  // What Windows' INI reader (GetPrivateProfileString; Wine's PROFILE_Load) skips, the reader skips and lists.
  it.each([
    ['[S]\njust text\n', 2, 'notAnEntry'],
    ['[S]\n# another comment style\n', 2, 'notAnEntry'],
    ['[S]\na=1\n   wrapped from the line before\n', 3, 'notAnEntry'],
    ['[S\n', 1, 'unclosedHeader'],
    ['[ ]\n', 1, 'emptySectionName'],
    ['a=1\n[S]\n', 1, 'beforeSection'],
    ['[S]\n=1\n', 2, 'emptyKey'],
    ['[S]\n[s]\nk=v\n', 2, 'sectionRepeated'],
  ])('ignores %j at line %i (%s), as Windows does', (text, line, why) => {
    const { sections, ignored } = parseIni(text);
    expect(ignored.map((i) => [i.line, i.why])).toEqual([[line, why]]);
    // Nothing of an ignored line reaches the sections; a repeated section's entries are never read.
    expect(sections.flatMap((x) => x.entries).some((e) => e.line === line || e.key === 'k')).toBe(false);
  });

  it('reads a section name up to the last "]" and keeps the first of two sections named alike', () => {
    const { sections, ignored } = parseIni('[Service1] trailing\nk=1\n[SERVICE1]\nk=2\n');
    expect(sections).toEqual([{ name: 'Service1', line: 1, entries: [{ key: 'k', value: '1', line: 2 }] }]);
    expect(ignored).toEqual([{ line: 3, text: '[SERVICE1]', why: 'sectionRepeated', first: 1 }]);
  });

  it('decodes UTF-16LE with BOM, UTF-8 with BOM and windows-1252', () => {
    const text = '[S]\r\nname=Müller €\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeIniText(utf16, 'prf')).toEqual({ text, encoding: 'utf-16le' });
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeIniText(utf8, 'prf')).toEqual({ text, encoding: 'utf-8-bom' });
    const ansi = Uint8Array.from('[S]\r\nname=M\xfcller \x80\r\n', (c) => c.charCodeAt(0));
    expect(decodeIniText(ansi, 'prf')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('rejects a UTF-16 file with an odd number of bytes, at its offset', () => {
    const e = formatErrorOf(() => decodeIniText(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x53]), 'prf'));
    expect(e.offset).toBe(4);
  });
});

/** `PathAndFilenameToPersonalFolders=PT_STRING8,0x6700 ` ends with a space in OCT's tables (docs/file-formats.md §5.5). */
const keepsTrailingSpaceLine = (bytes: Uint8Array) => () => {
  it('keeps the trailing-space line, trimmed, at its line', () => {
    const line = new TextDecoder('latin1')
      .decode(bytes)
      .split('\n')
      .findIndex((l) => l === 'PathAndFilenameToPersonalFolders=PT_STRING8,0x6700 ');
    expect(line).toBeGreaterThan(0);
    const pf = readIni(bytes, 'prf').sections.find((s) => s.name === 'Personal Folders')!;
    expect(pf.entries.find((e) => e.key === 'PathAndFilenameToPersonalFolders')).toEqual({
      key: 'PathAndFilenameToPersonalFolders',
      value: 'PT_STRING8,0x6700',
      line: line + 1,
    });
  });
};

describe('INI tokenizer on the OCT-layout PRF of the repository', keepsTrailingSpaceLine(octPrfBytes()));
describeExtra('INI tokenizer on the real OCT sample', () => keepsTrailingSpaceLine(readExtra(EXTRA.prf))());
