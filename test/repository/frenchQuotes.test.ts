/**
 * French text quotes with « … », never with English “…” or "…" (issue 20 §7): every string of the
 * window's French table, and no component writing quotes of its own around a name (a quote belongs to
 * the sentence of each language, as `copy.roleNamed` does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../renderer/i18n/fr.js';
import en from '../../renderer/i18n/en.js';

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const RENDERER = resolve(import.meta.dirname, '../../renderer');
function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? vueFiles(join(dir, e.name)) : e.name.endsWith('.vue') ? [join(dir, e.name)] : [],
  );
}

describe('French quotes', () => {
  it('the French table uses « » and no English quotes', () => {
    const english = strings(fr).filter(([, s]) => /[“”"]/.test(s));
    expect(english).toEqual([]);
    // The check can fail: the English table does quote with “ ”.
    expect(strings(en).some(([, s]) => /[“”]/.test(s))).toBe(true);
  });

  it('no component writes typographic quotes itself', () => {
    const found = vueFiles(RENDERER).flatMap((f) => (/[“”«»]/.test(readFileSync(f, 'utf8')) ? [f.slice(RENDERER.length + 1)] : []));
    expect(found).toEqual([]);
  });
});
