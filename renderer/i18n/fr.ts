import type en from './en';

/** Chaînes françaises ; le type impose les mêmes clés que en.ts. */
const fr: typeof en = {
  app: {
    title: 'Éditeur de profils MAPI',
    tagline: 'Modifier les profils Outlook/MAPI hors ligne',
  },
  menu: {
    open: 'Ouvrir…',
    about: 'À propos',
    language: 'Langue',
    theme: 'Thème',
    themeSystem: 'Système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
  },
  workspace: {
    title: 'Profils',
    filter: 'Filtrer les profils',
    empty: 'Aucun profil pour l’instant',
    emptyHint: 'Ouvrez un export du registre (.reg), une ruche du registre (NTUSER.DAT) ou un fichier PRF pour voir ses profils Outlook. Utilisez Ouvrir… ou déposez les fichiers sur cette fenêtre.',
    count: 'aucun profil | un profil | {n} profils',
    default: 'Par défaut',
  },
  details: {
    pick: 'Sélectionnez un profil à gauche pour voir ses services, fournisseurs et propriétés.',
  },
  status: {
    store: 'Stockage : {dir}',
    ready: 'Prêt',
  },
  about: {
    title: 'À propos de l’Éditeur de profils MAPI',
    version: 'Version',
    platform: 'Plateforme',
    store: 'Emplacement du stockage',
    mode: 'Mode',
    modeElectron: 'Application de bureau',
    modeWeb: 'Mode navigateur',
    close: 'Fermer',
  },
  error: {
    title: 'Erreur',
    code: 'Code',
    close: 'Fermer',
  },
  language: {
    en: 'English',
    fr: 'Français',
  },
};
export default fr;
