import pkg from '../../../package.json' with { type: 'json' };
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const appHandlers = (ctx: HandlerContext): Pick<Handlers, 'app.info'> => ({
  'app.info': () => ({
    name: pkg.productName,
    version: pkg.version,
    platform: `${process.platform} ${process.arch}`,
    shell: ctx.shell,
    storeDir: ctx.storeDir,
    liveRegistry: ctx.live?.available ?? false,
  }),
});
