/** Runs `mpe` in this process with captured output: the same runCli the executable calls. */
import { runCli } from '../../electron/cli/runCli.js';

export async function mpe(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: process.cwd() });
  return { code, stdout, stderr };
}
