import { describe, expect, it } from 'vitest';
import { collectProfileKeys, openHive } from '../../../electron/core/formats/hive/index.js';
import { profilesFromRegistry, profileToRegistry } from '../../../electron/core/model/profilesFromRegistry.js';
import { profileView } from '../../../electron/core/model/profileView.js';
import { sampleHive } from '../../helpers/samples.js';

describe('the sample NTUSER.DAT through the hive reader', () => {
  it('gives the profile "Outlook" and writes its keys back unchanged', () => {
    const keys = collectProfileKeys(openHive(sampleHive()));
    const { profiles, warnings, defaults } = profilesFromRegistry(keys, { source: 'hive', file: 'NTUSER.DAT' });
    expect(warnings).toEqual([]);
    expect(defaults.map((d) => d.name)).toEqual(['Outlook']);
    expect(defaults[0]!.root).toBe(profiles[0]!.origin.root);
    expect(profiles.map((p) => p.name)).toEqual(['Outlook']);
    const view = profileView(profiles[0]!);
    expect(view.services.map((s) => s.serviceName)).toEqual(['CONTAB', 'MSUPST MS']);
    const back = profileToRegistry(profiles[0]!).map((k) => ({ path: k.path, values: k.values.map((v) => [v.name, v.type, v.data]) }));
    const original = keys
      .filter((k) => k.path.toLowerCase().includes('\\profiles\\'))
      .map((k) => ({ path: k.path, values: k.values.map((v) => [v.name, v.type, v.data]) }));
    expect(back).toEqual(original);
  });
});
