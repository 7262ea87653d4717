/** Exporting through the handlers in chunks (exports.*): the same bytes as the one-response export. */
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { SAMPLE, readSample } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

async function withSample() {
  const ctx = realHandlers();
  const imported = await dispatchEnvelope(ctx.handlers, 'profiles.import', {
    files: [{ name: 'outlook.reg', data: readSample(SAMPLE.hivexReg) }],
    format: 'auto',
  });
  if (!imported.ok) throw new Error(imported.error.message);
  return { ...ctx, ids: imported.value.imported.map((p) => p.id) };
}

describe('exports in chunks', () => {
  it('reads back, chunk by chunk, exactly the file profiles.export gives; then the export is released', async () => {
    const { handlers, context, ids } = await withSample();
    const whole = await dispatchEnvelope(handlers, 'profiles.export', { ids, format: 'reg' });
    const begun = await dispatchEnvelope(handlers, 'exports.begin', { ids, format: 'reg' });
    if (!whole.ok || !begun.ok) throw new Error('export failed');
    expect(begun.value).toMatchObject({ fileName: whole.value.fileName, mime: whole.value.mime });
    const parts: Uint8Array[] = [];
    let offset = 0;
    do {
      const chunk = await dispatchEnvelope(handlers, 'exports.read', { exportId: begun.value.exportId, offset });
      if (!chunk.ok) throw new Error(chunk.error.message);
      parts.push(chunk.value.data);
      offset += parts[parts.length - 1]!.length;
    } while (offset < begun.value.size);
    expect(Buffer.concat(parts).equals(whole.value.data)).toBe(true);
    expect(context.downloads.pending).toBe(0);
  });

  it('a discarded export can no longer be read; an unknown profile exports nothing', async () => {
    const { handlers, context, ids } = await withSample();
    const begun = await dispatchEnvelope(handlers, 'exports.begin', { ids, format: 'json' });
    if (!begun.ok) throw new Error(begun.error.message);
    expect(await dispatchEnvelope(handlers, 'exports.discard', { exportId: begun.value.exportId })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await dispatchEnvelope(handlers, 'exports.read', { exportId: begun.value.exportId, offset: 0 })).toMatchObject({
      ok: false,
      error: { reason: 'exportNotFound' },
    });
    expect(await dispatchEnvelope(handlers, 'exports.begin', { ids: ['nope'], format: 'reg' })).toMatchObject({ ok: false });
    expect(context.downloads.pending).toBe(0);
  });

  it('a value REGEDIT4 cannot carry is refused as a format error, said in French too, and nothing is staged', async () => {
    const { handlers, context } = realHandlers();
    const profile = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Test';
    // REG_EXPAND_SZ "Ж" (U+0416): REGEDIT4 writes hex(2) as windows-1252 bytes, which has no Ж.
    const reg = `Windows Registry Editor Version 5.00\r\n\r\n[${profile}]\r\n\r\n[${profile}\\0a0d020000000000c000000000000046]\r\n"x"=hex(2):16,04,00,00\r\n`;
    const imported = await dispatchEnvelope(handlers, 'profiles.import', {
      files: [{ name: 'test.reg', data: Buffer.from(reg) }],
      format: 'auto',
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const refused = await dispatchEnvelope(handlers, 'exports.begin', { ids: [imported.value.imported[0]!.id], format: 'reg4' });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error).toMatchObject({
      code: 'E_FORMAT',
      message: `Test.reg: cannot write value "x" of [${profile}\\0a0d020000000000c000000000000046]: its text cannot be written as windows-1252 in a REGEDIT4 file`,
    });
    const french = errorText('fr', refused.error.reason, refused.error.details);
    expect(french).toContain('Test.reg');
    expect(french).not.toContain('cannot write');
    expect(context.downloads.pending).toBe(0);
  });
});
