/**
 * The IPC contract: every channel, declared once, with the zod schema of its request and its response.
 *
 * The main process parses every request with these schemas (the renderer is untrusted); the preload,
 * the browser-mode bridge, the renderer's api.ts and the CLI all derive their surface from this object.
 * Requests are strict objects: an extra field is an error, not something silently dropped.
 */
import { z } from 'zod';
import { ErrorShape } from './errors.js';
import { RecordedMessage } from './i18n/historyMessages.js';
import { ReportedWarning } from './i18n/importWarnings.js';
import { HexBytes, ProfileOrigin, PROFILE_ROOTS } from './profileDoc.js';
import { ProfileView, PropertyValue } from './profileView.js';
import { CopyPlan, LintFinding, LintFix } from './copyPlan.js';
import { Comparison, HistoryChanges, SearchKind, SearchResult } from './searchCompare.js';
import { RecentFile, UiState } from './session.js';
import { Bytes } from './wire/bytes.js';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' for the desktop app, 'web' for the browser mode, 'cli' for an `mpe` command (no window). */
  shell: z.enum(['electron', 'web', 'cli']),
  storeDir: z.string(),
  /** Windows only: this computer's profiles can be read from and written to the live registry. */
  liveRegistry: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ProfileSummary = z.object({
  id: z.string(),
  name: z.string(),
  origin: ProfileOrigin,
  isDefault: z.boolean(),
  /** Changed since its source was last opened or saved. */
  unsaved: z.boolean().optional(),
  serviceCount: z.number().int(),
  sectionCount: z.number().int(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

export const HistoryEntry = z.object({
  id: z.number().int(),
  /** The change in English (what the CLI prints). */
  description: z.string(),
  /** The same change as a key and parameters, for the window to say in the UI's language
   *  (historyEntryText); absent on changes recorded before messages existed. */
  message: RecordedMessage.optional(),
  /** ISO time of the change. */
  at: z.string(),
  undone: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const ImportReport = z.object({
  /** `renamedFrom`: never set since profiles belong to their source (kept for older readers). */
  imported: z.array(
    z.object({ id: z.string(), name: z.string(), file: z.string(), sourceId: z.string().optional(), renamedFrom: z.string().optional() }),
  ),
  /** Files that held no profile, or problems worth telling (dirty hive, deletions not applied…): each a
   *  reason and its parameters, for the window to say in the UI's language (reportedWarningText), and
   *  the English sentence (what the CLI prints). */
  warnings: z.array(ReportedWarning),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportFormat = z.enum(['reg', 'reg4', 'json', 'prf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportedFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  data: Bytes(Number.MAX_SAFE_INTEGER),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

const Empty = z.strictObject({});
const Id = z.string().min(1).max(100);
/** A profile name as IProfAdmin takes it; the admin code checks MAPI's rules and says which failed. */
const Name = z.string().min(1).max(200);
const Root = z.enum(Object.values(PROFILE_ROOTS) as [string, ...string[]]);
/** A section's path inside the profile (`4dce…`, `9375CFF0…\\00000001`). */
const SectionPath = z.string().max(1000);
const ValueName = z.string().max(16383);
/** Files travel as bytes (an upload, a drop, a native dialog in main): never as paths from the renderer. */
const UploadedFile = z.strictObject({ name: z.string().min(1).max(260), data: Bytes(300 * 1024 * 1024) });
const Ok = z.object({ ok: z.literal(true) });
/** An upload (uploads.begin) or a recent file (recent.list): an opaque handle the main process gave. */
const Handle = z.string().regex(/^[0-9a-f]{32}$/, '32 hex digits');
const ImportFormat = z.enum(['auto', 'reg', 'hive', 'prf']).optional();
/** A file that is already open: reload it (unsaved changes dropped) or open it again as a separate source. */
const OnReopen = z.enum(['reload', 'separate']).optional();
/** `.reg` export under another key than the profiles' own hive root: `HKEY_USERS\\Offline` for a `reg load`ed hive. */
const RootKey = z
  .string()
  .max(500)
  .regex(/^HKEY_[A-Z_]+(\\[^\\]+)*$/, 'a registry key such as HKEY_USERS\\Offline');
const Uid = z.string().regex(/^[0-9a-fA-F]{32}$/, '32 hex digits');
const CopyRequest = z.strictObject({
  sourceId: Id,
  serviceUid: Uid,
  targetId: Id,
  displayName: z.string().min(1).max(256).optional(),
  /**
   * `--data-file`: the .pst path the copy of a PST service is to open, as text written into its PR_PST_PATH
   * and entry IDs — profile data for the user's Outlook, never a file the editor opens or reads.
   */
  ownPst: z.string().min(1).max(32767).optional(),
});

const CopyProfileRequest = z.strictObject({
  id: Id,
  name: Name,
  sourceId: Id.optional(),
  root: z.union([z.enum(['office16', 'office15', 'messaging']), Root]).optional(),
});

export const CopyProfilePlan = z.object({
  from: z.object({ id: z.string(), name: z.string(), source: z.string(), root: z.string() }),
  to: z.object({ name: z.string(), sourceId: z.string(), source: z.string(), root: z.string() }),
  keys: z.number().int(),
  values: z.number().int(),
  becomesDefault: z.boolean(),
  defaultHolder: z.string(),
  rootChanges: z.boolean(),
  sourceChanges: z.boolean(),
});
export type CopyProfilePlan = z.infer<typeof CopyProfilePlan>;

/**
 * What `compare.run` compares the left profile with: another profile of the workspace, or the left
 * profile's own saved state — what its source file holds now, read from disk as an import reads it.
 */
export const CompareRight = z.union([z.strictObject({ profileId: Id }), z.strictObject({ saved: z.literal(true) })]);
export type CompareRight = z.infer<typeof CompareRight>;

export const SourceSummary = z.object({
  id: z.string(),
  kind: z.enum(['file', 'computer', 'new']),
  name: z.string(),
  format: z.enum(['reg', 'hive', 'prf']).optional(),
  profileCount: z.number().int(),
  /** Changed since the file was last opened or saved (profiles, deletions or defaults). */
  unsaved: z.boolean(),
  /** Save writes the file in place (the desktop app, a file opened from disk); else it is downloaded. */
  savesInPlace: z.boolean(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

/**
 * What a change answers: the profiles it touched as they now are, the sources they belong to, the view of
 * the profile it edited, and the history step it recorded — the window applies it instead of fetching the
 * list, the view and the history again (renderer/stores/workspace.ts applyChange).
 */
export const Change = z.object({
  profiles: z.array(ProfileSummary),
  sources: z.array(SourceSummary),
  /** The edited profile's view, for the window showing it. */
  view: z.object({ summary: ProfileSummary, view: ProfileView }).optional(),
  /** The undo step recorded; null when the change changed nothing (no step). */
  step: HistoryEntry.nullable(),
  /** The id of the oldest step the history keeps (older ones were dropped past the store's limit). */
  historyFrom: z.number().int().nullable(),
});
export type Change = z.infer<typeof Change>;
/** A change whose answer is nothing but what changed. */
const Changed = z.object({ change: Change });

export const SaveResult = z.object({
  source: z.string(),
  fileName: z.string(),
  written: z.boolean(),
  added: z.array(z.string()),
  changed: z.array(z.string()),
  removed: z.array(z.string()),
  warnings: z.array(z.string()),
  backup: z.string().optional(),
  /** Browser mode: the saved file, to read in chunks as an export (exports.read) and download. */
  download: z.object({ exportId: z.string(), fileName: z.string(), mime: z.string(), size: z.number().int() }).optional(),
});
export type SaveResult = z.infer<typeof SaveResult>;

export const LintReport = z.object({
  profiles: z.array(z.object({ id: z.string(), name: z.string(), findings: z.array(LintFinding) })),
  workspace: z.array(LintFinding),
});
export type LintReport = z.infer<typeof LintReport>;

export const channels = {
  'app.info': { request: Empty, response: AppInfo },
  'profiles.list': { request: Empty, response: z.array(ProfileSummary) },
  'profiles.get': { request: z.strictObject({ id: Id }), response: z.object({ summary: ProfileSummary, view: ProfileView }) },
  'profiles.import': {
    request: z.strictObject({ files: z.array(UploadedFile).min(1).max(100), format: ImportFormat, onReopen: OnReopen }),
    response: ImportReport,
  },
  /**
   * The window's way to open files: each file in chunks of a few MB (no request, and no task of the page,
   * carries a whole 40 MB export; the user can cancel between chunks), then imported by id. `size` is
   * the file's byte count, checked against what arrives.
   */
  'uploads.begin': {
    request: z.strictObject({ name: UploadedFile.shape.name, size: z.number().int().min(0) }),
    response: z.object({ uploadId: Handle }),
  },
  'uploads.append': {
    request: z.strictObject({ uploadId: Handle, data: Bytes(12 * 1024 * 1024) }),
    response: z.object({ received: z.number().int() }),
  },
  'uploads.discard': { request: z.strictObject({ uploadId: Handle }), response: Ok },
  'profiles.importUploads': {
    request: z.strictObject({ uploadIds: z.array(Handle).min(1).max(100), format: ImportFormat, onReopen: OnReopen }),
    response: ImportReport,
  },
  /**
   * The desktop app's native Open dialog, in two steps so that the window says "Importing…" only once
   * files are chosen: `files.pick` shows the dialog and answers an id for the chosen files (the paths stay
   * in main), or null when cancelled; `profiles.importPicked` reads and imports them, and lists them as
   * recent.
   */
  'files.pick': { request: Empty, response: z.object({ pickId: Handle }).nullable() },
  'profiles.importPicked': { request: z.strictObject({ pickId: Handle, onReopen: OnReopen }), response: ImportReport },
  'recent.list': { request: Empty, response: z.array(RecentFile) },
  /** Opens a recent file again, by the id recent.list gave: the path stays in the main process. */
  'recent.open': { request: z.strictObject({ id: Handle, onReopen: OnReopen }), response: ImportReport },
  'recent.clear': { request: Empty, response: Ok },
  'uiState.get': { request: Empty, response: UiState },
  /** Merges the values in; an empty string forgets a key. */
  'uiState.set': { request: z.strictObject({ values: UiState }), response: Ok },
  'profiles.export': {
    request: z.strictObject({
      ids: z.array(Id).min(1).max(10000),
      format: ExportFormat,
      redactSecrets: z.boolean().optional(),
      rootKey: RootKey.optional(),
    }),
    response: ExportedFile,
  },
  /**
   * The window's way to export: the file is built in one step, then read in chunks of 1 MiB (no response,
   * and no task of the page, carries a whole 40 MB export; the user can cancel between chunks). The last
   * chunk read, or a discard, releases it. `profiles.export` (one response) is the command line's.
   */
  'exports.begin': {
    request: z.strictObject({ ids: z.array(Id).min(1).max(10000), format: ExportFormat, redactSecrets: z.boolean().optional() }),
    response: z.object({ exportId: Handle, fileName: z.string(), mime: z.string(), size: z.number().int().min(0) }),
  },
  'exports.read': {
    request: z.strictObject({ exportId: Handle, offset: z.number().int().min(0) }),
    response: z.object({ data: Bytes(Number.MAX_SAFE_INTEGER) }),
  },
  'exports.discard': { request: z.strictObject({ exportId: Handle }), response: Ok },
  /**
   * The desktop app's Save: instead of reading the staged file, the window has main show the native Save
   * dialog (proposing the file's name) and write the file there itself; answers the name written (the path
   * stays in main), or null when the user cancelled (nothing written). Either way the staged file is released.
   */
  'exports.saveAs': { request: z.strictObject({ exportId: Handle }), response: z.object({ fileName: z.string() }).nullable() },
  /** In the source and root given (default: the "new profiles" source, Office 16.0). */
  'profiles.create': { request: z.strictObject({ name: Name, root: Root.optional(), sourceId: Id.optional() }), response: ProfileSummary },
  'profiles.delete': { request: z.strictObject({ id: Id }), response: Ok },
  'profiles.rename': { request: z.strictObject({ id: Id, name: Name }), response: ProfileSummary },
  /** Into another source and root when given (default: the original's); the plan first says what moves. */
  'profiles.copy': { request: CopyProfileRequest, response: ProfileSummary },
  'profiles.planCopy': { request: CopyProfileRequest, response: CopyProfilePlan },
  'profiles.setDefault': { request: z.strictObject({ id: Id, isDefault: z.boolean() }), response: Ok },
  'properties.set': {
    request: z.strictObject({ profileId: Id, section: SectionPath, valueName: ValueName, value: PropertyValue }),
    response: Changed,
  },
  'properties.setRaw': {
    request: z.strictObject({
      profileId: Id,
      section: SectionPath,
      valueName: ValueName,
      type: z.number().int().min(0).max(0xffffffff),
      data: HexBytes.max(2 * 1024 * 1024),
    }),
    response: Changed,
  },
  'properties.delete': { request: z.strictObject({ profileId: Id, section: SectionPath, valueName: ValueName }), response: Changed },
  'services.planCopy': { request: CopyRequest, response: CopyPlan },
  'services.copy': {
    /** The preview's new UIDs and target fingerprint: the copy applied is exactly the one previewed. */
    request: CopyRequest.extend({ previewUids: z.array(Uid).max(1000).optional(), fingerprint: z.string().max(128).optional() }),
    /** The plan applied, and the target as it now is (the window opens it). */
    response: CopyPlan.extend({ change: Change }),
  },
  /**
   * Which profiles cannot take a copy of the service, and why (the refusal the copy would meet), asked
   * when the copy dialog opens: the target list marks them before any preview.
   */
  'services.copyTargets': {
    request: z.strictObject({ sourceId: Id, serviceUid: Uid }),
    response: z.array(z.object({ profileId: z.string(), refusal: ErrorShape.nullable() })),
  },
  'services.catalog': {
    /** The shipped catalog, or the user's own MAPISVC.INF. */
    request: z.strictObject({ catalog: UploadedFile.optional() }),
    response: z.object({
      services: z.array(z.object({ name: z.string(), displayName: z.string(), singleCopy: z.boolean(), isDefault: z.boolean() })),
      warnings: z.array(z.string()),
    }),
  },
  'services.create': {
    /** From the shipped catalog, or from the user's own MAPISVC.INF when `catalog` is given. */
    request: z.strictObject({
      profileId: Id,
      serviceName: z.string().min(1).max(100),
      displayName: z.string().min(1).max(256).optional(),
      catalog: UploadedFile.optional(),
    }),
    response: z.object({ serviceUid: z.string(), change: Change }),
  },
  'services.delete': {
    request: z.strictObject({ profileId: Id, serviceUid: Uid }),
    /** PR_SERVICE_DELETE_FILES: files MAPI would delete with the service, for the user to remove. */
    response: z.object({
      deletedSections: z.array(z.string()),
      deleteFiles: z.array(z.string()),
      removedAccounts: z.array(z.string()),
      change: Change,
    }),
  },
  'services.rename': {
    request: z.strictObject({ profileId: Id, serviceUid: Uid, displayName: z.string().min(1).max(256) }),
    response: Changed,
  },
  'services.setDefaultStore': { request: z.strictObject({ profileId: Id, providerUid: Uid }), response: Changed },
  'services.setPrimaryIdentity': { request: z.strictObject({ profileId: Id, serviceUid: Uid.nullable() }), response: Changed },
  'lint.run': { request: z.strictObject({ id: Id.optional() }), response: LintReport },
  /** Applies the fix a finding of `lint.run` showed (one undo step); refused when the profile no longer offers it. */
  'lint.fix': { request: z.strictObject({ id: Id, fix: LintFix }), response: z.object({ findings: z.array(LintFinding), change: Change }) },
  'search.run': {
    request: z.strictObject({
      query: z.string().min(1).max(1000),
      kind: SearchKind.optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    }),
    response: SearchResult,
  },
  'compare.run': {
    request: z.strictObject({
      leftId: Id,
      right: CompareRight,
      /** Compare one section of each instead of the whole profiles. */
      sections: z.strictObject({ left: SectionPath, right: SectionPath }).optional(),
    }),
    response: Comparison,
  },
  'live.import': { request: z.strictObject({ onReopen: OnReopen }), response: ImportReport },
  'live.writeBack': {
    request: z.strictObject({ ids: z.array(Id).min(1).max(1000) }),
    response: z.object({ backupFile: z.string(), written: z.array(z.string()) }),
  },
  'sources.list': { request: Empty, response: z.array(SourceSummary) },
  /** Saves one source back into its file (desktop) or as a download (browser mode), in its own format. */
  /**
   * `force`: write a dirty hive that has no transaction logs beside it, once the user has confirmed
   * (refused otherwise with `hiveSaveDirty`, docs/file-formats.md §1).
   */
  'sources.save': {
    request: z.strictObject({ sourceId: Id, dryRun: z.boolean().optional(), force: z.boolean().optional() }),
    response: SaveResult,
  },
  'history.list': { request: Empty, response: z.array(HistoryEntry) },
  'history.undo': { request: Empty, response: HistoryEntry.nullable() },
  'history.redo': { request: Empty, response: HistoryEntry.nullable() },
  /** What one step changed: profiles created, deleted or changed, with old → new values (null: no such step). */
  'history.changes': { request: z.strictObject({ id: z.number().int().nonnegative() }), response: HistoryChanges.nullable() },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

/** Every answer, on every transport: a value or the one error shape. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };

/** Commands the native menu sends to the renderer (the browser mode has the same ones on its toolbar). */
export const MENU_COMMANDS = ['open', 'about', 'undo', 'redo', 'find', 'save', 'saveAll'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What `window.api` (preload) and the HTTP bridge both implement: one function per channel. */
export type Api = { [C in ChannelName]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>> } & {
  /** Native menu commands; absent in the browser mode. Returns an unsubscribe function. */
  onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
};

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
