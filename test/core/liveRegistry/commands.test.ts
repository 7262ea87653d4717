import { describe, expect, it } from 'vitest';
import {
  defaultProfileQueryCommand,
  describeCommand,
  exportCommand,
  exportCommands,
  importCommand,
  isOutlookRunningCommand,
  LIVE_ROOTS,
  liveRootOf,
  systemTool,
  toLongPath,
  toRegExePath,
} from '../../../electron/core/liveRegistry/index.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';

const env = { SystemRoot: 'C:\\WINDOWS' };
const REG = 'C:\\WINDOWS\\System32\\reg.exe';

describe('live registry commands', () => {
  it('exports each profiles root to its own file, paths with spaces as single arguments', () => {
    const cmds = exportCommands((r) => `C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\mpe-live-x\\${r.id}.reg`, env);
    expect(cmds.map((c) => c.command)).toEqual([
      {
        file: REG,
        args: [
          'export',
          'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
          'C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\mpe-live-x\\office16.reg',
          '/y',
        ],
      },
      {
        file: REG,
        args: [
          'export',
          'HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
          'C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\mpe-live-x\\office15.reg',
          '/y',
        ],
      },
      {
        file: REG,
        args: [
          'export',
          'HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
          'C:\\Users\\Jane Doe\\AppData\\Local\\Temp\\mpe-live-x\\messaging.reg',
          '/y',
        ],
      },
    ]);
  });

  it('queries DefaultProfile on the Office Outlook keys; the old root carries it in its export', () => {
    expect(LIVE_ROOTS.map((r) => r.defaultHolder)).toEqual([
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook',
      null,
    ]);
    expect(defaultProfileQueryCommand(LIVE_ROOTS[0]!.defaultHolder!, env)).toEqual({
      file: REG,
      args: ['query', 'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook', '/v', 'DefaultProfile'],
    });
  });

  it('imports one file, and asks tasklist for OUTLOOK.EXE as CSV without header', () => {
    expect(importCommand('C:\\Temp\\my dir\\write-back.reg', env)).toEqual({
      file: REG,
      args: ['import', 'C:\\Temp\\my dir\\write-back.reg'],
    });
    expect(isOutlookRunningCommand(env)).toEqual({
      file: 'C:\\WINDOWS\\System32\\tasklist.exe',
      args: ['/FI', 'IMAGENAME eq OUTLOOK.EXE', '/FO', 'CSV', '/NH'],
    });
  });

  it('runs the System32 tools by full path, C:\\Windows when SystemRoot is unset', () => {
    expect(systemTool('reg.exe', {})).toBe('C:\\Windows\\System32\\reg.exe');
    expect(systemTool('reg.exe', { SystemRoot: 'D:\\Win' })).toBe('D:\\Win\\System32\\reg.exe');
  });

  it('refuses arguments Windows cannot pass unchanged: quotes, line breaks, a trailing backslash', () => {
    expect(() => importCommand('C:\\a"b.reg')).toThrow(/cannot be passed/);
    expect(() => importCommand('C:\\a\nb.reg')).toThrow(/cannot be passed/);
    expect(() => exportCommand('HKCU\\Software\\', 'x.reg')).toThrow(/cannot be passed/);
    expect(() => importCommand('')).toThrow(/cannot be passed/);
  });

  it('converts between HKEY_CURRENT_USER and HKCU, and finds live roots case-insensitively', () => {
    expect(toRegExePath(PROFILE_ROOTS.office16)).toBe('HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles');
    expect(toLongPath('hkcu\\Software\\X')).toBe('HKEY_CURRENT_USER\\Software\\X');
    expect(toRegExePath('HKEY_LOCAL_MACHINE\\X')).toBe('HKEY_LOCAL_MACHINE\\X');
    expect(liveRootOf('HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles')?.id).toBe('office16');
    expect(liveRootOf('HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles')).toBeUndefined();
  });

  it('describes a command for messages with spaced arguments quoted', () => {
    expect(describeCommand(isOutlookRunningCommand(env))).toBe('tasklist.exe /FI "IMAGENAME eq OUTLOOK.EXE" /FO CSV /NH');
  });
});
