/**
 * One call to the main process with the one error path: a failed envelope goes to the error dialog and
 * the caller gets `undefined`. Never throws (a transport failure is already an envelope in api.ts).
 */
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import { invokeChannel } from '../api';
import { useUiStore } from '../stores/ui';

export async function callOrShowError<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | undefined> {
  let res;
  try {
    res = await invokeChannel(channel, request);
  } catch (e) {
    // A channel the main process does not have yet, or a preload without it: still one error path.
    res = { ok: false as const, error: { code: 'E_INTERNAL', reason: 'internal', message: String(e), details: { message: String(e) } } };
  }
  if (res.ok) return res.value;
  useUiStore().showError(res.error);
  return undefined;
}
