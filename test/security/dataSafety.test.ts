/**
 * Data safety (issue 9): importing never changes the file imported (through the handlers and through
 * `mpe import FILE`, which reads by path), and secrets stay secret — secure properties (ids 0x67F0–0x67FF,
 * `S…` names) and DPAPI passwords (`POP3 Password`) are never decoded, never in profiles.get nor in
 * `mpe show --json`, and `export --redact-secrets` removes them. (The export backup, FILE.bak, is tested
 * in test/cli/profileCommands.test.ts; the crash test in test/core/store/crashSafety.test.ts.)
 */
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../electron/ipc/dispatch.js';
import { decodeProperty } from '../../electron/core/model/index.js';
import { exportProfiles } from '../../electron/core/export/exportProfiles.js';
import { ProfileStore } from '../../electron/core/store/profileStore.js';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import { openContext } from '../../electron/ipc/handlers/context.js';
import type { ProfileDoc } from '../../shared/profileDoc.js';
import { mpe } from '../cli/mpeInProcess.js';
import { realProfile } from '../core/store/storeHelpers.js';
import { SAMPLE, samplePath, sampleHivePath } from '../helpers/samples.js';
import { realHandlers } from '../ipc/testContext.js';
import { hashFile } from './storeHash.js';
import { step } from '../helpers/historyStep.js';

const importable = () => [
  samplePath(SAMPLE.hivexReg),
  samplePath(SAMPLE.wineProfiles),
  samplePath(SAMPLE.wineGameConfig),
  sampleHivePath(),
];

describe('imports never modify their source file', () => {
  it('through the handlers (bytes) and through mpe import (path): same bytes, same mtime, after importing twice', async () => {
    const files = importable();
    // Writable copies too: a read-only sample would hide a write attempt behind EACCES.
    const dir = mkdtempSync(join(tmpdir(), 'mpe-import-source-'));
    const copies = files.map((f, i) => {
      const c = join(dir, `${i}-${f.split('/').pop()}`);
      copyFileSync(f, c);
      return c;
    });
    const all = [...files, ...copies];
    const before = all.map((f) => ({ hash: hashFile(f), mtime: statSync(f).mtimeMs, size: statSync(f).size }));
    const { handlers, storeDir } = realHandlers();
    for (const f of all) {
      const r = await dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: f.split('/').pop()!, data: readFileSync(f) }] });
      expect(r.ok, f).toBe(true);
    }
    for (let round = 0; round < 2; round++) {
      // Already open after the first round: opened again as separate sources (a reload would read them too).
      const r = await mpe(['--store', storeDir, 'import', ...copies, ...files, ...(round > 0 ? ['--again'] : [])]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(all.map((f) => ({ hash: hashFile(f), mtime: statSync(f).mtimeMs, size: statSync(f).size }))).toEqual(before);
  }, 60_000);
});

// ---- secrets ------------------------------------------------------------------------------------------

/** Bytes no real profile holds, so finding their hex anywhere means a secret leaked. */
const SECRET_BIN = 'deadbeef5ec12e7000112233445566778899aabbccddeeff';
/** "hunter2-secret" as UTF-16LE + NUL, the way a PT_UNICODE property holds it. */
const SECRET_TEXT = 'hunter2-secret';
const SECRET_UNICODE = Buffer.from(SECRET_TEXT + '\0', 'utf16le').toString('hex');
/** A DPAPI blob's first bytes (01000000d08c9ddf0115d1118c7a00c04fc297eb) then ours. */
const SECRET_DPAPI = '01000000d08c9ddf0115d1118c7a00c04fc297eb' + 'c0ffee' + SECRET_BIN;

const SECRET_VALUES = [
  { name: '010267f0', type: 3, data: SECRET_BIN }, // PT_BINARY, id 0x67F0
  { name: '001f67f1', type: 3, data: SECRET_UNICODE }, // PT_UNICODE, id 0x67F1
  { name: '000367ff', type: 3, data: 'efbeadde' }, // PT_LONG, id 0x67FF (the last secure id)
  { name: 'S001e67f1', type: 3, data: SECRET_BIN.slice(0, 16) + 'aa' }, // secure name form
  { name: 'S01026601', type: 3, data: SECRET_BIN.slice(0, 20) + 'bb' }, // S-prefixed, any id
];
const ACCOUNT_SECRETS = [
  { name: 'POP3 Password', type: 3, data: SECRET_DPAPI },
  { name: 'SMTP Password', type: 3, data: SECRET_DPAPI.replace('c0ffee', 'c0ffe1') },
  { name: 'IMAP Password', type: 1, data: SECRET_UNICODE },
];
/** Every fragment that must never appear where secrets are hidden. */
const LEAKS = [
  SECRET_BIN,
  SECRET_BIN.slice(0, 16),
  SECRET_UNICODE,
  SECRET_TEXT,
  'c0ffee',
  'c0ffe1',
  'efbeadde',
  Buffer.from(SECRET_BIN, 'hex').toString('base64').slice(0, 16),
];

function withSecrets(doc: ProfileDoc): ProfileDoc {
  return {
    ...doc,
    keys: doc.keys.map((k) => {
      if (k.path === '9207f3e0a3b11019908b08002b2a56c2') return { ...k, values: [...k.values, ...SECRET_VALUES] };
      if (k.path === '9375CFF0413111d3B88A00104B2A6676\\00000001') return { ...k, values: [...k.values, ...ACCOUNT_SECRETS] };
      return k;
    }),
  };
}

const expectNoLeak = (text: string, where: string) => {
  for (const leak of LEAKS) expect(text.toLowerCase().includes(leak.toLowerCase()), `${where} contains ${leak}`).toBe(false);
};

describe('secrets are never decoded, shown or exported when redacted', () => {
  const storeDir = mkdtempSync(join(tmpdir(), 'mpe-secrets-'));
  const doc = withSecrets(realProfile('secrets1', 'Secret Profile'));
  ProfileStore.open(storeDir).transact(step('add a profile with secrets'), (tx) => tx.put(doc));
  const handlers = createHandlers(openContext({ shell: 'web', storeDir }));

  it('decodeProperty marks each secure value and returns neither its bytes nor its value', () => {
    for (const v of [...SECRET_VALUES, ...ACCOUNT_SECRETS]) {
      const d = decodeProperty({ name: v.name, type: v.type, data: new Uint8Array(Buffer.from(v.data, 'hex')) });
      expect(d.secure, v.name).toBe(true);
      expect(d, v.name).not.toHaveProperty('value');
      expect(d, v.name).not.toHaveProperty('data');
      expectNoLeak(JSON.stringify(d), `decodeProperty(${v.name})`);
    }
    // The codec still decodes ordinary values (so the checks above mean something).
    const plain = decodeProperty({ name: '001f3001', type: 3, data: new Uint8Array(Buffer.from(SECRET_UNICODE, 'hex')) });
    expect(plain.value).toBe(SECRET_TEXT);
  });

  it('profiles.get lists the secure values (name, size) without their bytes', async () => {
    const r = await dispatchEnvelope(handlers, 'profiles.get', { id: doc.id });
    expect(r.ok).toBe(true);
    const text = JSON.stringify(r);
    expectNoLeak(text, 'profiles.get');
    for (const v of [...SECRET_VALUES, ...ACCOUNT_SECRETS]) expect(text, v.name).toContain(`"valueName":"${v.name}"`);
  });

  it('mpe show --json (and the text form) never print them', async () => {
    for (const argv of [
      ['--json', 'show', 'Secret Profile'],
      ['show', 'Secret Profile'],
    ]) {
      const r = await mpe(['--store', storeDir, ...argv]);
      expect(r.code, r.stderr).toBe(0);
      expectNoLeak(r.stdout + r.stderr, `mpe ${argv.join(' ')}`);
    }
  });

  it('export --redact-secrets removes every one of them, in every format; without it they are kept', async () => {
    for (const format of ['reg', 'reg4', 'json'] as const) {
      const kept = exportProfiles([{ doc, isDefault: false }], format);
      const text = (b: Uint8Array) => (format === 'reg' ? Buffer.from(b).toString('utf16le') : Buffer.from(b).toString('latin1'));
      const hexish = (s: string) => s.replace(/[,\\\s]|hex(\([0-9a-f]+\))?:/gi, '').toLowerCase();
      expect(hexish(text(kept.bytes)), `${format} unredacted keeps the bytes`).toContain(SECRET_BIN);
      const redacted = exportProfiles([{ doc, isDefault: false }], format, { redactSecrets: true });
      expect(redacted.redacted).toBe(SECRET_VALUES.length + ACCOUNT_SECRETS.length);
      expectNoLeak(hexish(text(redacted.bytes)), `export ${format} --redact-secrets`);
      for (const v of [...SECRET_VALUES, ...ACCOUNT_SECRETS]) expect(text(redacted.bytes)).not.toContain(`"${v.name}"`);
      const viaChannel = await dispatchEnvelope(handlers, 'profiles.export', { ids: [doc.id], format, redactSecrets: true });
      expect(viaChannel.ok).toBe(true);
      if (viaChannel.ok) expectNoLeak(hexish(text(viaChannel.value.data)), `profiles.export ${format}`);
    }
    const out = join(storeDir, '..', `secrets-${Date.now()}.reg`);
    const r = await mpe(['--store', storeDir, 'export', 'Secret Profile', '--out', out, '--redact-secrets']);
    expect(r.code, r.stderr).toBe(0);
    expectNoLeak(
      Buffer.from(readFileSync(out))
        .toString('utf16le')
        .replace(/[,\\\s]|hex(\([0-9a-f]+\))?:/gi, ''),
      'mpe export --redact-secrets',
    );
  });
});
