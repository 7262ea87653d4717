/** Importing files through the handlers: the report's warnings carry a reason, parameters and the English sentence. */
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/ipc/dispatch.js';
import { ImportReport } from '../../../shared/contract.js';
import { reportedWarningText } from '../../../shared/i18n/importWarnings.js';
import { sampleHive } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('profiles.import: the warnings of the report', () => {
  it('a dirty hive and a file with no profile: each warning its file, reason, parameters and English sentence', async () => {
    const { handlers } = realHandlers();
    const r = await call(handlers, 'profiles.import', {
      files: [
        { name: 'NTUSER.DAT', data: b64(sampleHive()) },
        { name: 'empty.reg', data: b64('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Other]\r\n"a"=dword:1\r\n') },
      ],
      format: 'auto',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(ImportReport.parse(r.value)).toEqual(r.value);
    expect(r.value.warnings).toEqual([
      {
        file: 'NTUSER.DAT',
        reason: 'hiveDirty',
        params: { primary: '29989', secondary: '29988' },
        message: 'dirty hive: sequence numbers differ (29989 ≠ 29988); changes in its .LOG1/.LOG2 files were not applied',
      },
      { file: 'empty.reg', reason: 'noProfile', params: {}, message: 'no Outlook profile found in this file' },
    ]);
    expect(r.value.warnings.map((w) => reportedWarningText('fr', w))).toEqual([
      'ruche non validée : les numéros de séquence diffèrent (29989 ≠ 29988) ; les modifications de ses fichiers .LOG1/.LOG2 n’ont pas été appliquées',
      'aucun profil Outlook dans ce fichier',
    ]);
  });
});
