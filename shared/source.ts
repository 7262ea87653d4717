/**
 * A source: where profiles came from and where they save back to — an opened file (hive, `.reg`, PRF) or
 * "This computer" — or the "new profiles" source that has no file yet (Save needs `--as` there).
 *
 * Profile names are unique within one source and registry root, as MAPI keeps them unique under one
 * `…\Profiles` key (docs/mapi-profiles.md §3), never across the workspace: five hives that each hold
 * "Outlook" show five profiles named "Outlook", one per source.
 */
import { z } from 'zod';
import { KeyDoc } from './profileDoc.js';

/** How a `.reg` source was written, so that it saves back the same way (docs/file-formats.md §4.1, §4.2). */
export const RegDialect = z.strictObject({
  version: z.enum(['5.00', 'REGEDIT4']),
  encoding: z.enum(['utf-16le', 'utf-8-bom', 'utf-8', 'windows-1252']),
  /** regedit: CRLF, `hex:` / `dword:` / strings, lines wrapped at 80; hivexregedit: LF, `hex(N):`, no wrapping. */
  style: z.enum(['regedit', 'hivexregedit']),
});
export type RegDialect = z.infer<typeof RegDialect>;

export const SourceFormat = z.enum(['reg', 'hive', 'prf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const SourceDoc = z.strictObject({
  /** Ours; file-name safe (it keys the store's index). */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  kind: z.enum(['file', 'computer', 'new']),
  /** What the window and `mpe list` show, and what `SOURCE:NAME` matches: the file's base name. */
  name: z.string().min(1),
  /** The file's absolute path, when the process that opened it knew it (desktop, CLI); never in the browser mode. */
  path: z.string().optional(),
  format: SourceFormat.optional(),
  reg: RegDialect.optional(),
  /** SHA-256 of the bytes as opened: tells a file opened again from one merely of the same name. */
  digest: z.string().optional(),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

/** Profiles created in the editor before they have a file: one such source per workspace. */
export const NEW_SOURCE: SourceDoc = { id: 'new', kind: 'new', name: 'New profiles' };
export const THIS_COMPUTER_NAME = 'This computer';

/**
 * Where a source's default profile is recorded in the store's index: per source and per registry root
 * (one `DefaultProfile` per `…\Profiles` root in each registry, docs/file-formats.md §1).
 */
export const rootKey = (sourceId: string, root: string): string => `${sourceId}\\${root}`;

/** A profile key a save removes or has written: its root and name. */
export const ProfileKeyRef = z.strictObject({ root: z.string(), name: z.string() });
export type ProfileKeyRef = z.infer<typeof ProfileKeyRef>;

/**
 * A file's size and modification time (nanoseconds, as a decimal string) when it was read or written. The
 * same stamp again means the file still holds what was read — the check desktop editors make before
 * trusting what they read of a file earlier.
 */
export const FileStamp = z.strictObject({ size: z.number().int().min(0), mtimeNs: z.string().regex(/^\d+$/) });
export type FileStamp = z.infer<typeof FileStamp>;

/**
 * What a `.reg` source's file holds outside its profiles (other keys, `DefaultProfile` holders, with full
 * registry paths) at `stamp`: a save keeps those keys, and while the file is unchanged it need not read
 * and parse the whole file again to find them (saveSource.ts).
 */
export const FileOutside = z.strictObject({ stamp: FileStamp, keys: z.array(KeyDoc) });
export type FileOutside = z.infer<typeof FileOutside>;

/**
 * What the source's file held at its last open or save, so that the window can say what is unsaved
 * (a profile whose `rev` differs, one added or removed, a default moved) and a save can delete what
 * the editor removed (`[-KEY]` in a `.reg`).
 */
export const SavedState = z.strictObject({
  profiles: z.array(z.strictObject({ id: z.string(), rev: z.number().int().min(0), root: z.string(), name: z.string() })),
  /** Root → default profile name, for the roots of this source. */
  defaults: z.record(z.string(), z.string()),
  /** Profile keys the file deletes (`[-KEY]` lines of a `.reg`), kept on the next save: profiles it no
   *  longer holds, and profiles it deletes before writing them again (so that a merge replaces them whole). */
  removed: z.array(ProfileKeyRef),
  file: FileOutside.optional(),
});
export type SavedState = z.infer<typeof SavedState>;
