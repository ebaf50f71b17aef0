// Public surface of the mail-program readers and the in-place fix (plain Node, no Electron).
export {
  diagnoseAccount,
  probeConfigured,
  classify,
  type AccountReport,
  type ClientCheckOptions,
} from './check.js';
export { compareAccount } from './compare.js';
export { ClientError, type ClientErrorCode } from './errors.js';
export { fieldLabel } from './labels.js';
export { outlookAccounts, parseRegQuery, readOutlookRegistry } from './outlook/registry.js';
export { applyFix, assertUnlocked, previewFix, undoFix } from './thunderbird/fix.js';
export { profileLock } from './thunderbird/lock.js';
export { findAccount, loadProfile, type LoadedProfile } from './thunderbird/profile.js';
export { findThunderbirdProfiles, profilesFromIni, thunderbirdRoots } from './thunderbird/profiles.js';
export { parsePrefs, prefsMap, serializePrefs } from './thunderbird/prefs-file.js';
