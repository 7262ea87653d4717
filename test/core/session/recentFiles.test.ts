import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../electron/core/session/recentFiles.js';
import { UiStateFile } from '../../../electron/core/session/uiStateFile.js';
import { RECENT_FILES_MAX } from '../../../shared/session.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'mpe-session-'));

describe('recent files', () => {
  it('lists newest first, moves a reopened file to the top, and keeps at most RECENT_FILES_MAX', () => {
    const dir = tempDir();
    const recent = new RecentFiles(dir);
    const paths = Array.from({ length: RECENT_FILES_MAX + 2 }, (_, i) => join(dir, `f${i}.reg`));
    paths.forEach((p, i) => recent.add(p, i, new Date(Date.UTC(2026, 0, 1, 0, i))));
    recent.add(paths[5]!, 7, new Date(Date.UTC(2026, 0, 2)));
    const listed = new RecentFiles(dir).list();
    expect(listed).toHaveLength(RECENT_FILES_MAX);
    expect(listed.map((f) => f.name).slice(0, 3)).toEqual(['f5.reg', 'f11.reg', 'f10.reg']);
    expect(listed[0]).toMatchObject({ path: paths[5], profileCount: 7, openedAt: '2026-01-02T00:00:00.000Z', exists: false });
    expect(listed.some((f) => f.name === 'f0.reg')).toBe(false);
  });

  it('names files by opaque ids, says which still exist, and clears', () => {
    const dir = tempDir();
    const a = join(dir, 'a.reg');
    writeFileSync(a, 'x');
    const recent = new RecentFiles(dir);
    recent.add(a, 1);
    recent.add(join(dir, 'gone.dat'), 2);
    const [gone, kept] = recent.list();
    expect(kept).toMatchObject({ name: 'a.reg', exists: true });
    expect(gone).toMatchObject({ name: 'gone.dat', exists: false });
    expect(kept!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(recent.pathOf(kept!.id)).toBe(a);
    expect(recent.pathOf('0'.repeat(32))).toBeUndefined();
    recent.clear();
    expect(recent.list()).toEqual([]);
  });

  it('a damaged list reads as empty and is replaced on the next add', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'recent-files.json'), '{ not json');
    const recent = new RecentFiles(dir);
    expect(recent.list()).toEqual([]);
    recent.add(join(dir, 'x.reg'), 1);
    expect(recent.list()).toHaveLength(1);
  });
});

describe('the window state file', () => {
  it('merges values, forgets a key given as empty, survives a reopen, and reads a damaged file as empty', () => {
    const dir = tempDir();
    const file = new UiStateFile(dir);
    file.update({ 'mpe.panels': '{"workspace":420}', 'mpe.locale': 'fr' });
    file.update({ 'mpe.locale': '', 'mpe.theme': 'dark' });
    expect(new UiStateFile(dir).read()).toEqual({ 'mpe.panels': '{"workspace":420}', 'mpe.theme': 'dark' });
    writeFileSync(join(dir, 'ui-state.json'), '[1,2]');
    expect(file.read()).toEqual({});
    rmSync(join(dir, 'ui-state.json'));
    expect(file.read()).toEqual({});
  });

  it('refuses keys outside the window’s namespace and more than 32 keys, leaving the file as it was', () => {
    const dir = tempDir();
    const file = new UiStateFile(dir);
    file.update({ 'mpe.view': '{}' });
    expect(() => file.update({ '../etc': 'x' })).toThrow();
    const many = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`mpe.k${'a'.repeat(i + 1)}`, '1']));
    expect(() => file.update(many)).toThrow('over its limit of 32 values');
    expect(file.read()).toEqual({ 'mpe.view': '{}' });
  });
});
