import './fakeApi';
import { describe, expect, it } from 'vitest';
import HexView from '../../renderer/components/inspector/HexView.vue';
import { hexDumpRows } from '../../renderer/lib/hex';
import { mountApp } from './mountApp';

describe('hex view', () => {
  it('shows offset | hex | ASCII, 16 bytes a row, non-printables as dots', () => {
    // "contab.dll\0" in UTF-16LE: 22 bytes, two rows.
    const data = '63006f006e007400610062002e0064006c006c000000';
    const w = mountApp(HexView, { props: { data } });
    const rows = w.findAll('[role="row"]');
    expect(rows).toHaveLength(3);
    const cells = rows[1]!.findAll('[role="cell"]').map((c) => c.text());
    expect(cells).toEqual(['00000000', '63 00 6f 00 6e 00 74 00 61 00 62 00 2e 00 64 00', 'c.o.n.t.a.b...d.']);
    expect(rows[2]!.findAll('[role="cell"]').map((c) => c.text())).toEqual(['00000010', '6c 00 6c 00 00 00', 'l.l...']);
    w.unmount();
  });
  it('says so when there are no bytes', () => {
    const w = mountApp(HexView, { props: { data: '' } });
    expect(w.text()).toContain('No bytes');
    w.unmount();
  });
  it('handles big values row by row', () => {
    expect(hexDumpRows('ab'.repeat(4096))).toHaveLength(256);
  });
});
