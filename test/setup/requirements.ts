/**
 * vitest globalSetup: before the run, one line for each group of tests that will be skipped because
 * something it needs is not on this machine (a peer tool, the extra real data), saying what to install.
 * In CI the same absence fails the run here, before any test, with the same sentence.
 */
import { EXTRA_MISSING_MESSAGE, extraRequired, hasExtraRealData } from '../helpers/extraRealData.js';
import { PEER_TOOLS, hasTool, type PeerToolName } from '../helpers/peerTools.js';

export default function requirements(): void {
  const tools = (Object.keys(PEER_TOOLS) as PeerToolName[])
    .filter((name) => !hasTool(name))
    .map((name) => `tests that need ${PEER_TOOLS[name].role} are skipped: apt-get install ${PEER_TOOLS[name].pkg}`);
  const extra = hasExtraRealData() ? [] : [`the extra real data tests are skipped: ${EXTRA_MISSING_MESSAGE}`];
  if (process.env.CI && (tools.length > 0 || (extra.length > 0 && extraRequired()))) {
    throw new Error(`CI lacks what the tests need:\n  ${[...tools, ...extra].join('\n  ')}`);
  }
  for (const line of [...tools, ...extra]) console.warn(`⚠ ${line}`);
}
