import './fakeApi';
import { describe, expect, it } from 'vitest';
import FlagBadges from '../../renderer/components/services/FlagBadges.vue';
import { i18n } from '../../renderer/i18n';
import { mountApp } from './mountApp';

const labels = (w: ReturnType<typeof mountApp>) => w.findAll('.el-tag').map((t) => t.text());

describe('flag badges', () => {
  it('decode PR_RESOURCE_FLAGS as SERVICE_* on a service (CONTAB: 0x22)', () => {
    const w = mountApp(FlagBadges, { props: { value: 0x22, kind: 'service' } });
    expect(labels(w)).toEqual(['Single copy', 'No primary identity']);
    expect(w.findAll('.flag').map((t) => t.attributes('title'))).toEqual(['SERVICE_SINGLE_COPY', 'SERVICE_NO_PRIMARY_IDENTITY']);
    w.unmount();
  });
  it('decode the same bit 0x2 as STATUS_DEFAULT_STORE on a provider', () => {
    const w = mountApp(FlagBadges, { props: { value: 0x2, kind: 'provider' } });
    expect(labels(w)).toEqual(['Default store']);
    w.unmount();
  });
  it('show unnamed bits as hex, nothing set as a dash, and speak French', async () => {
    const w = mountApp(FlagBadges, { props: { value: 0x10001, kind: 'service' } });
    expect(labels(w)).toEqual(['Default store', '0x00010000']);
    await w.setProps({ value: 0 });
    expect(w.text()).toBe('—');
    i18n.global.locale.value = 'fr';
    await w.setProps({ value: 0x2 });
    expect(labels(w)).toEqual(['Copie unique']);
    i18n.global.locale.value = 'en';
    w.unmount();
  });
});
