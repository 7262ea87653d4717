/**
 * The IPC contract: every channel, declared once, with the zod schema of its request and its response.
 *
 * The main process parses every request with these schemas (the renderer is untrusted); the preload,
 * the browser-mode bridge, the renderer's api.ts and the CLI all derive their surface from this object.
 * Requests are strict objects: an extra field is an error, not something silently dropped.
 */
import { z } from 'zod';
import { ErrorShape } from './errors.js';
import { ProfileOrigin } from './profileDoc.js';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' for the desktop app, 'web' for the browser mode. */
  shell: z.enum(['electron', 'web']),
  storeDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ProfileSummary = z.object({
  id: z.string(),
  name: z.string(),
  origin: ProfileOrigin,
  isDefault: z.boolean(),
  serviceCount: z.number().int(),
  sectionCount: z.number().int(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

const Empty = z.strictObject({});

export const channels = {
  'app.info': { request: Empty, response: AppInfo },
  'profiles.list': { request: Empty, response: z.array(ProfileSummary) },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

/** Every answer, on every transport: a value or the one error shape. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };

/** Commands the native menu sends to the renderer (the browser mode has the same ones on its toolbar). */
export const MENU_COMMANDS = ['open', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What `window.api` (preload) and the HTTP bridge both implement: one function per channel. */
export type Api = { [C in ChannelName]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>> } & {
  /** Native menu commands; absent in the browser mode. Returns an unsubscribe function. */
  onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
};

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
