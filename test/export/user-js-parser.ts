// A strict reader for user.js as Mozilla's pref parser reads it: comments, and statements
// user_pref("name", value); with value a string, an integer or a boolean. Anything else throws,
// so an escaping bug shows up as a parse error rather than a silently different value.
export type PrefValue = string | number | boolean;

const STATEMENT = /^user_pref\(("(?:[^"\\\n]|\\.)*"), ("(?:[^"\\\n]|\\.)*"|-?\d+|true|false)\);$/u;

export function parseUserJs(text: string): Map<string, PrefValue> {
  const prefs = new Map<string, PrefValue>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const match = STATEMENT.exec(line);
    if (!match) throw new Error(`user.js line ${i + 1} is not a pref statement: ${line}`);
    const name = JSON.parse(match[1]!) as string;
    const token = match[2]!;
    const value: PrefValue = token.startsWith('"')
      ? (JSON.parse(token) as string)
      : token === 'true'
        ? true
        : token === 'false'
          ? false
          : Number(token);
    if (prefs.has(name)) throw new Error(`duplicate pref ${name}`);
    prefs.set(name, value);
  }
  return prefs;
}
