import './fakeApi';
import { describe, expect, it } from 'vitest';
import { PT } from '../../shared/mapi/tags';
import ValueEditor from '../../renderer/components/inspector/ValueEditor.vue';
import type { ParseResult } from '../../renderer/lib/propertyInput';
import { mountApp, settle } from './mountApp';

const last = (w: { emitted: (e: string) => unknown[][] | undefined }) => w.emitted('result')!.at(-1)![0] as ParseResult;

describe('ValueEditor (mounted)', () => {
  it('PT_LONG: refuses out-of-range text with a message, accepts hex', async () => {
    const w = mountApp(ValueEditor, { props: { ptype: PT.LONG, initial: 34 } });
    const input = w.find('[data-testid="text-input"]');
    expect((input.element as HTMLInputElement).value).toBe('34');
    await input.setValue('4294967296');
    await settle();
    expect(w.find('[data-testid="editor-error"]').text()).toContain('Out of range');
    expect(last(w)).toMatchObject({ ok: false, reason: 'outOfRange' });
    await input.setValue('0x22');
    await settle();
    expect(w.find('[data-testid="editor-error"]').exists()).toBe(false);
    expect(last(w)).toEqual({ ok: true, value: 34 });
    w.unmount();
  });

  it('PT_BINARY: odd hex refused; PT_STRING8 outside windows-1252 warned', async () => {
    const w = mountApp(ValueEditor, { props: { ptype: PT.BINARY, initial: 'dead' } });
    await w.find('[data-testid="text-input"]').setValue('dea');
    await settle();
    expect(w.find('[data-testid="editor-error"]').text()).toContain('odd number');
    w.unmount();
    const s = mountApp(ValueEditor, { props: { ptype: PT.STRING8, initial: 'x' } });
    await s.find('[data-testid="text-input"]').setValue('Ωmega');
    await settle();
    expect(s.find('[data-testid="editor-warning"]').text()).toContain('windows-1252');
    expect(last(s)).toMatchObject({ ok: true, value: 'Ωmega' });
    s.unmount();
  });

  it('PT_BOOLEAN is a switch; MV lists add items and name the bad one', async () => {
    const b = mountApp(ValueEditor, { props: { ptype: PT.BOOLEAN, initial: false } });
    expect(last(b)).toEqual({ ok: true, value: false });
    await b.find('[data-testid="bool-input"]').trigger('click');
    await settle();
    expect(last(b)).toEqual({ ok: true, value: true });
    b.unmount();

    const m = mountApp(ValueEditor, { props: { ptype: PT.MV_LONG, initial: [1] } });
    await m.find('[data-testid="mv-add"]').trigger('click');
    await settle();
    await m.find('[data-testid="mv-item-1"]').setValue('nope');
    await settle();
    expect(m.find('[data-testid="editor-error"]').text()).toBe('Item 2: Not a whole number.');
    await m.find('[data-testid="mv-item-1"]').setValue('0x10');
    await settle();
    expect(last(m)).toEqual({ ok: true, value: [1, 16] });
    m.unmount();
  });

  it('PT_CLSID and PT_SYSTIME refuse malformed text', async () => {
    const g = mountApp(ValueEditor, { props: { ptype: PT.CLSID, initial: '{ED475414-B0D6-11D2-8C3B-00104B2A6676}' } });
    expect(last(g).ok).toBe(true);
    await g.find('[data-testid="text-input"]').setValue('{ED475414}');
    await settle();
    expect(g.find('[data-testid="editor-error"]').text()).toContain('GUID');
    g.unmount();
    const d = mountApp(ValueEditor, { props: { ptype: PT.SYSTIME, initial: '2011-01-01T12:00:00.0000000Z' } });
    await d.find('[data-testid="text-input"]').setValue('yesterday');
    await settle();
    expect(d.find('[data-testid="editor-error"]').text()).toContain('ISO');
    d.unmount();
  });
});
