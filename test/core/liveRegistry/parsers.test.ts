import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  commandError,
  importCommand,
  matchProfileName,
  parseRegQueryValue,
  parseTasklist,
} from '../../../electron/core/liveRegistry/index.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';

describe('parseTasklist', () => {
  it('finds every running OUTLOOK.EXE in CSV rows', () => {
    const out = '"OUTLOOK.EXE","10412","Console","1","183,204 K"\r\n"outlook.exe","2230","Console","1","9,100 K"\r\n';
    expect(parseTasklist(out)).toEqual([10412, 2230]);
  });

  it('reads the "no tasks" line in any language as nothing running', () => {
    for (const line of [
      'INFO: No tasks are running which match the specified criteria.',
      'INFORMATIONS : aucune tâche en service ne correspond aux critères spécifiés.',
      'INFORMATION: Es werden keine Aufgaben mit den angegebenen Kriterien ausgeführt.',
      '',
    ]) {
      expect(parseTasklist(line + '\r\n')).toEqual([]);
    }
  });

  it('ignores other images and malformed rows, and unquotes doubled quotes', () => {
    expect(parseTasklist('"OUTLOOK.EXE.bak","1","Console","1","1 K"\r\n"OUTLOOK.EXE",broken\r\n')).toEqual([]);
    expect(parseTasklist('"a""b.exe","7","Console","1","1 K"', 'a"b.exe')).toEqual([7]);
  });
});

describe('parseRegQueryValue', () => {
  const out = (data: string, type = 'REG_SZ') =>
    `\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\r\n    DefaultProfile    ${type}    ${data}\r\n\r\n`;

  it('reads the data, spaces included', () => {
    expect(parseRegQueryValue(out('Outlook'), 'DefaultProfile')).toBe('Outlook');
    expect(parseRegQueryValue(out('Outlook - Contoso  (2)'), 'defaultprofile')).toBe('Outlook - Contoso  (2)');
  });

  it('returns an empty name as empty, a non-string or missing value as null', () => {
    expect(parseRegQueryValue(out(''), 'DefaultProfile')).toBe('');
    expect(parseRegQueryValue('\r\nHKEY_CURRENT_USER\\X\r\n    DefaultProfile    REG_SZ\r\n', 'DefaultProfile')).toBe('');
    expect(parseRegQueryValue(out('0x1', 'REG_DWORD'), 'DefaultProfile')).toBeNull();
    expect(parseRegQueryValue(out('x'), 'Other')).toBeNull();
    expect(parseRegQueryValue('', 'DefaultProfile')).toBeNull();
  });
});

describe('matchProfileName', () => {
  it('matches exactly, then case-insensitively, then across code-page damage when unique', () => {
    expect(matchProfileName('Outlook', ['Outlook', 'outlook'])).toBe('Outlook');
    expect(matchProfileName('OUTLOOK', ['Outlook', 'Other'])).toBe('Outlook');
    // "Hélène" printed in cp850 and read as latin1 comes back as "H\x82l\x8ane".
    expect(matchProfileName('H\u0082l\u008ane', ['Hélène', 'Helene2'])).toBe('Hélène');
    expect(matchProfileName('H?l?ne', ['Hélène', 'Hèlène'])).toBeNull();
    expect(matchProfileName('Missing', ['Outlook'])).toBeNull();
  });
});

describe('reg.exe failures', () => {
  const fail = (stderr: string, code = 1) => ({ code, stdout: '', stderr });

  it('classifies by message in English, French and German; by exit code otherwise', () => {
    expect(classifyFailure(fail('ERROR: The system was unable to find the specified registry key or value.\r\n'))).toBe('notFound');
    expect(classifyFailure(fail('ERREUR : Le système n\u0092a pas pu trouver la clé ou la valeur de Registre spécifiée.'))).toBe(
      'notFound',
    );
    expect(classifyFailure(fail('FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.'))).toBe('notFound');
    expect(classifyFailure(fail('ERROR: Access is denied.'))).toBe('accessDenied');
    expect(classifyFailure(fail('ERREUR : Accès refusé.'))).toBe('accessDenied');
    expect(classifyFailure(fail('FEHLER: Zugriff verweigert'))).toBe('accessDenied');
    expect(classifyFailure(fail('ERROR: The system cannot find the file specified.'))).toBe('fileNotFound');
    expect(classifyFailure(fail('spawn C:\\Windows\\System32\\reg.exe ENOENT', -1))).toBe('notStarted');
    expect(classifyFailure(fail('ERROR: Error accessing the registry.'))).toBe('other');
    // Success is the exit code, whatever is printed: reg import reports success on stderr.
    expect(classifyFailure({ code: 0, stdout: '', stderr: 'The operation completed successfully.' })).toBeNull();
  });

  it('turns each into a sentence naming the command, in English and French', () => {
    const cmd = importCommand('C:\\Temp\\my dir\\write-back.reg', { SystemRoot: 'C:\\Windows' });
    const denied = commandError(cmd, fail('ERROR: Access is denied.\r\n'));
    expect(denied.code).toBe('MAPI_E_NO_ACCESS');
    expect(denied.hresult).toBe(0x80070005);
    expect(denied.message).toBe('Windows denied access (reg.exe import "C:\\Temp\\my dir\\write-back.reg"): Access is denied.');
    expect(errorText('fr', denied.reason, denied.details)).toBe(
      'Windows a refusé l’accès (reg.exe import "C:\\Temp\\my dir\\write-back.reg") : Access is denied.',
    );

    const missing = commandError(cmd, fail('ERROR: The system cannot find the file specified.\r\n'));
    expect(missing.message).toBe(
      'reg.exe import "C:\\Temp\\my dir\\write-back.reg" could not find the file C:\\Temp\\my dir\\write-back.reg.',
    );

    const other = commandError(cmd, fail('ERROR: Error accessing the registry.\r\n'));
    expect(other.code).toBe('E_IO');
    expect(other.message).toBe('reg.exe import "C:\\Temp\\my dir\\write-back.reg" failed with exit code 1: Error accessing the registry.');
    expect(other.details).toMatchObject({ exitCode: 1, stderr: 'ERROR: Error accessing the registry.' });
  });
});
