// electron-builder: Windows (per-user NSIS), macOS (dmg), Linux (AppImage, deb). Fuses are flipped in
// the packaged app only: Playwright's _electron.launch needs nodeCliInspect, so development keeps them.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'jp.mailwiz.app',
  productName: 'MailWiz',
  copyright: 'Copyright © MailWiz developers',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  icon: 'build/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['ja_JP', 'en_US'],
    language: '1041',
    multiLanguageInstaller: true,
    displayLanguageSelector: true,
  },
  mac: { target: ['dmg'], category: 'public.app-category.utilities', icon: 'build/icon.icns' },
  dmg: { title: 'MailWiz' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Network;Email;Utility',
    icon: 'build/icons',
    synopsis: 'メール設定ウィザード — mail settings that work from this PC',
  },
  deb: { packageCategory: 'mail' },
};
