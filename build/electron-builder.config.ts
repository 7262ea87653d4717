/**
 * electron-builder configuration: `electron-builder --config build/electron-builder.config.ts`
 * (`npm run dist` builds the installers of the current platform; it needs the network once, to fetch
 * Electron 45.4.1 and the NSIS/AppImage tools). test/build/pack.test.ts packs this same configuration
 * offline with a stand-in Electron directory and checks the app.asar it produces.
 *
 * What goes into app.asar: the built app (out/**: main, preload, renderer, cli) and package.json; the
 * production dependency (zod) are added by electron-builder from
 * package.json `dependencies`. Everything the renderer uses (vue, element-plus, pinia…) is bundled into
 * out/renderer, so it is a devDependency and never shipped.
 */
import type { Configuration, FileAssociation } from 'electron-builder';

/** Profile files the app opens. PRF has no owner on any platform, so it is associated everywhere. */
const prf: FileAssociation = {
  ext: 'prf',
  name: 'Outlook Profile (PRF)',
  description: 'Outlook profile file (PRF)',
  mimeType: 'application/x-outlook-prf',
  role: 'Editor',
};
/**
 * .reg and .dat (NTUSER.DAT hives) are associated on macOS and Linux only. On Windows the NSIS installer
 * would replace the default handler of HKCR\.reg (regedit's "Merge", which administrators rely on) and of
 * every .dat file; there "Open with → MAPI Profile Editor" or drag and drop is the way in.
 */
const reg: FileAssociation = {
  ext: 'reg',
  name: 'Registry File',
  description: 'Windows registry export holding Outlook profiles',
  mimeType: 'text/x-ms-regedit',
  role: 'Editor',
  rank: 'Alternate',
};
const dat: FileAssociation = {
  ext: 'dat',
  name: 'Registry Hive',
  description: 'Windows registry hive (NTUSER.DAT) holding Outlook profiles',
  mimeType: 'application/x-windows-registry-hive',
  role: 'Editor',
  rank: 'Alternate',
};

const config: Configuration = {
  appId: 'io.github.mapiprofileeditor.app',
  productName: 'MAPI Profile Editor',
  copyright: 'Copyright © MAPI Profile Editor contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the build output and package.json; node_modules are added from `dependencies` (production only).
  // Negations also apply to those node_modules: no sources, maps, docs or tests of dependencies either.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.{ts,mts,cts,map,md,markdown}',
    '!**/{test,tests,__tests__,spec,samples,fixtures,example,examples}/**',
  ],
  asar: true,
  // No native modules: nothing to rebuild, and no rebuild step that would need the network.
  npmRebuild: false,
  nodeGypRebuild: false,
  electronLanguages: ['en-US', 'fr'],
  // Hardening of the Electron binary (https://www.electronjs.org/docs/latest/tutorial/fuses). The app
  // loads its page from file://, so grantFileProtocolExtraPrivileges keeps its default; reg.exe and
  // tasklist are run with execFile, not as Node, so runAsNode can go.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  fileAssociations: [prf],

  win: {
    target: [
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
  },
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },

  mac: {
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    category: 'public.app-category.developer-tools',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    fileAssociations: [reg, dat],
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility;Office',
    icon: 'build/icons',
    executableName: 'mapi-profile-editor',
    maintainer: 'MAPI Profile Editor contributors <mapi-profile-editor@users.noreply.github.com>',
    synopsis: 'Edit Outlook/MAPI profiles offline',
    fileAssociations: [reg, dat],
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
};

export default config;
