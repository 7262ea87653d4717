/**
 * The one edge of the live registry that touches the operating system: run a program, collect its exit
 * code and output. Production uses `execFile` (no shell, arguments passed as an array); tests inject a
 * recorded fake of reg.exe and tasklist.
 */
import { execFile } from 'node:child_process';
import type { CommandResult } from './parsers.js';

export type RunCommand = (file: string, args: readonly string[]) => Promise<CommandResult>;

/**
 * Runs a Windows tool without a console window. Output is decoded as latin1: reg.exe and tasklist print in
 * the console's OEM code page, which no Node decoder knows, and latin1 keeps every byte (ASCII intact).
 * A program that cannot start resolves with code -1 and the reason in stderr; it never rejects.
 */
export const nodeRunCommand: RunCommand = (file, args) =>
  new Promise((resolve) => {
    execFile(file, [...args], { encoding: 'latin1', windowsHide: true, timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (!error) return resolve({ code: 0, stdout, stderr });
      const code = typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: stdout ?? '', stderr: code === -1 ? `${stderr ?? ''}${error.message}` : (stderr ?? '') });
    });
  });
