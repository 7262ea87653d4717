import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch.js';
import { CHANNEL_NAMES } from '../../shared/contract.js';
import { realHandlers } from './testContext.js';

describe('dispatch parses every request with the channel schema', () => {
  const { handlers, storeDir } = realHandlers();

  it('answers a valid request', async () => {
    const r = await dispatch(handlers, 'app.info', {});
    expect(r).toMatchObject({ ok: true, value: { storeDir, shell: 'web' } });
  });

  it.each([
    ['an extra field', { extra: 1 }],
    ['a string', 'hello'],
    ['null', null],
    ['an array', []],
  ])('refuses %s with E_INVALID_REQUEST on every channel', async (_what, request) => {
    for (const channel of CHANNEL_NAMES) {
      const r = await dispatch(handlers, channel, request);
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'E_INVALID_REQUEST', reason: 'invalidRequest' });
    }
  });

  it('refuses an unknown channel, including prototype names', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42]) {
      const r = await dispatch(handlers, channel, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST' } });
    }
  });
});
