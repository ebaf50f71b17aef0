import { describe, expect, it } from 'vitest';
import {
  parsePrefs,
  prefLine,
  prefsMap,
  PrefsSyntaxError,
  serializePrefs,
  withPrefs,
} from '../../electron/clients/thunderbird/prefs-file.js';
import { fixtureText, THREE_ACCOUNTS_PREFS } from './fixtures.js';

describe('prefs.js tokenizer', () => {
  it('round-trips the file Thunderbird 153 wrote, byte for byte', () => {
    const text = fixtureText(THREE_ACCOUNTS_PREFS);
    const file = parsePrefs(text);
    expect(serializePrefs(file)).toBe(text);
    expect(file.lines.filter((l) => l.kind === 'pref').length).toBeGreaterThan(60);
  });

  it("re-serialises every pref line exactly as Thunderbird's writer does", () => {
    for (const line of parsePrefs(fixtureText(THREE_ACCOUNTS_PREFS)).lines)
      if (line.kind === 'pref') expect(prefLine(line.name, line.value)).toBe(line.raw);
  });

  it('reads strings with escapes, non-ASCII, numbers and booleans', () => {
    const prefs = prefsMap(parsePrefs(fixtureText(THREE_ACCOUNTS_PREFS)));
    expect(prefs.get('mail.identity.id1.fullName')).toBe('山田 太郎');
    expect(prefs.get('mail.identity.id2.fullName')).toBe('事務所 "受付" \\ 窓口');
    expect(prefs.get('mail.identity.id3.fullName')).toBe('Hanako Ōno ✉');
    expect(prefs.get('mail.smtpserver.smtp1.port')).toBe(25);
    expect(prefs.get('mail.identity.id1.valid')).toBe(true);
  });

  it('decodes \\uXXXX (with surrogate pairs), \\xXX and the simple escapes', () => {
    const file = parsePrefs(
      'user_pref("a", "\\u5c71\\u7530 \\ud83d\\udce7");\nuser_pref(\'b\', \'\\x41\\n\\t\\r\\\'\');\nuser_pref("c", -5);\n',
    );
    const prefs = prefsMap(file);
    expect(prefs.get('a')).toBe('山田 📧');
    expect(prefs.get('b')).toBe("A\n\t\r'");
    expect(prefs.get('c')).toBe(-5);
  });

  it('keeps comments, blank lines and CRLF line endings', () => {
    const text = '// header\r\n\r\nuser_pref("x", true); // trailing\r\n';
    expect(serializePrefs(parsePrefs(text))).toBe(text);
  });

  it.each([
    'user_pref("a", 1)',
    'user_pref("a", 1); user_pref("b", 2);',
    'user_pref("a", "unterminated);',
    'user_pref("a", 1.5);',
    'user_pref("a", 99999999999999999999);',
    'user_pref("a", "\\q");',
    'user_pref("a", alert(1));',
    'user_pref("a" 1);',
  ])('refuses what is not exactly one pref: %s', (line) => {
    expect(() => parsePrefs(`// ok\n${line}\n`)).toThrow(PrefsSyntaxError);
    try {
      parsePrefs(`// ok\n${line}\n`);
    } catch (error) {
      expect(error).toMatchObject({ code: 'PREFS_SYNTAX', line: 2 });
    }
  });

  it('changes a pref where it stands and inserts new ones in sorted order', () => {
    const file = parsePrefs('// h\nuser_pref("a.b", 1);\nuser_pref("a.d", "x");\n');
    const next = withPrefs(
      file,
      new Map<string, string | number | boolean>([
        ['a.d', 'y "q"'],
        ['a.c', true],
        ['z', 2],
      ]),
    );
    expect(serializePrefs(next)).toBe(
      '// h\nuser_pref("a.b", 1);\nuser_pref("a.c", true);\nuser_pref("a.d", "y \\"q\\"");\nuser_pref("z", 2);\n',
    );
  });
});
