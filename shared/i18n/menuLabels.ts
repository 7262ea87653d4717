/**
 * The labels of the native menu and of the native Open and Save dialogs' filters, in English and French. The
 * window's own tables (renderer/i18n) take their `menu.open` and `menu.about` from here, so the desktop menu
 * and the window say the same thing. `&` marks the access key on Windows and Linux.
 */
import type { FormatErrorLocale } from './formatErrors.js';

export type MenuLocale = FormatErrorLocale;

const en = {
  file: '&File',
  open: 'Open…',
  save: 'Save',
  saveAll: 'Save All',
  unsavedQuestion: 'Some files have unsaved changes.',
  unsavedDetail: 'Close the window and lose them?',
  closeAnyway: 'Close without saving',
  keepOpen: 'Cancel',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  find: 'Find…',
  view: '&View',
  help: '&Help',
  about: 'About',
  aboutApp: 'About MAPI Profile Editor',
  profileFiles: 'Outlook profiles (.reg, NTUSER.DAT, .prf)',
  allFiles: 'All files',
  /** The Save dialog's filter for the exported file's own type. */
  fileOfType: '.{ext} files',
};

export type MenuLabels = Readonly<Record<keyof typeof en, string>>;

const fr: MenuLabels = {
  file: '&Fichier',
  open: 'Ouvrir…',
  save: 'Enregistrer',
  saveAll: 'Tout enregistrer',
  unsavedQuestion: 'Des fichiers ont des modifications non enregistrées.',
  unsavedDetail: 'Fermer la fenêtre et les perdre ?',
  closeAnyway: 'Fermer sans enregistrer',
  keepOpen: 'Annuler',
  edit: '&Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  find: 'Rechercher…',
  view: '&Affichage',
  help: '&Aide',
  about: 'À propos',
  aboutApp: 'À propos de MAPI Profile Editor',
  profileFiles: 'Profils Outlook (.reg, NTUSER.DAT, .prf)',
  allFiles: 'Tous les fichiers',
  fileOfType: 'Fichiers .{ext}',
};

export const MENU_LABELS: Readonly<Record<MenuLocale, MenuLabels>> = { en, fr };

/** The menu language for a system locale (`fr`, `fr-CA`… → French; anything else → English). */
export const menuLocale = (systemLocale: string): MenuLocale => (systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
