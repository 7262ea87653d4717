/** English UI strings. fr.ts is typed by this file, so a missing translation does not compile. */
export default {
  app: {
    title: 'MAPI Profile Editor',
    tagline: 'Edit Outlook/MAPI profiles offline',
  },
  menu: {
    open: 'Open…',
    about: 'About',
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  workspace: {
    title: 'Profiles',
    filter: 'Filter profiles',
    empty: 'No profiles yet',
    emptyHint: 'Open a registry export (.reg), a registry hive (NTUSER.DAT) or a PRF file to see its Outlook profiles. Use Open… or drop the files on this window.',
    count: 'no profiles | one profile | {n} profiles',
    default: 'Default',
  },
  details: {
    pick: 'Select a profile on the left to see its services, providers and properties.',
  },
  status: {
    store: 'Store: {dir}',
    ready: 'Ready',
  },
  about: {
    title: 'About MAPI Profile Editor',
    version: 'Version',
    platform: 'Platform',
    store: 'Store location',
    mode: 'Mode',
    modeElectron: 'Desktop app',
    modeWeb: 'Browser mode',
    close: 'Close',
  },
  error: {
    title: 'Error',
    code: 'Code',
    close: 'Close',
  },
  language: {
    en: 'English',
    fr: 'Français',
  },
};
