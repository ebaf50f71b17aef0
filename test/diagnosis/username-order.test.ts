// Which user-name form the race starts with: the one provider knowledge or autoconfig states, else the
// full address; a user name the user typed is the only one tried.
import { describe, expect, it } from 'vitest';
import { usernamesToTry } from '../../electron/diagnosis/login.js';

const email = { address: 'jiro@local.test', localPart: 'jiro' };

describe('the user-name forms to race', () => {
  it('starts with the full address when nothing says otherwise', () => {
    expect(usernamesToTry({}, email, undefined)).toEqual(['jiro@local.test', 'jiro']);
  });
  it('starts with the local part when the provider or autoconfig says so', () => {
    expect(usernamesToTry({ usernameStyle: 'localpart' }, email, undefined)).toEqual([
      'jiro',
      'jiro@local.test',
    ]);
  });
  it('tries only the user name the user gave', () => {
    expect(usernamesToTry({ usernameStyle: 'localpart' }, email, 'j.sato')).toEqual(['j.sato']);
  });
});
