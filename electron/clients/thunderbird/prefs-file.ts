// prefs.js as Thunderbird writes it: one `user_pref("name", value);` per line, value a string, an
// integer or a boolean. A strict tokenizer, never eval: a line that starts like a pref but is not one
// exactly is an error with its line number, so a file we do not understand is never rewritten. Every
// other line (the header comment, blank lines) is kept verbatim, and an unchanged pref keeps its bytes.

export type PrefValue = string | number | boolean;

export type PrefsLine =
  { kind: 'pref'; name: string; value: PrefValue; raw: string } | { kind: 'other'; raw: string };

export interface PrefsFile {
  lines: PrefsLine[];
  /** The line ending the file uses ("\n", or "\r\n" on files written on Windows). */
  eol: string;
  /** Whether the last line ended with the line ending. */
  finalEol: boolean;
}

export class PrefsSyntaxError extends Error {
  readonly code = 'PREFS_SYNTAX';
  constructor(readonly line: number) {
    super(`prefs.js: line ${line} is not a user_pref line MailWiz can read`);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Reads a JS string literal starting at `start` (the quote); returns the value and the index after it. */
function readString(text: string, start: number): [string, number] | null {
  const quote = text[start];
  if (quote !== '"' && quote !== "'") return null;
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === quote) return [out, i + 1];
    if (c === '\n' || c === '\r') return null;
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) return null;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      // Surrogate pairs arrive as two \u escapes; concatenating the halves rebuilds the character.
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      return null;
    }
  }
  return null;
}

const PREF_LINE = /^\s*user_pref\s*\(/;

/** One `user_pref(...)` line, or null when it is not exactly one. */
function parsePrefLine(line: string): { name: string; value: PrefValue } | null {
  const open = PREF_LINE.exec(line);
  if (!open) return null;
  let i = open[0].length;
  const skip = () => {
    while (line[i] === ' ' || line[i] === '\t') i += 1;
  };
  skip();
  const name = readString(line, i);
  if (!name) return null;
  i = name[1];
  skip();
  if (line[i] !== ',') return null;
  i += 1;
  skip();
  let value: PrefValue;
  const str = readString(line, i);
  if (str) {
    value = str[0];
    i = str[1];
  } else {
    const literal = /^(true|false|-?\d+)/.exec(line.slice(i));
    if (!literal) return null;
    const token = literal[1]!;
    value = token === 'true' ? true : token === 'false' ? false : Number(token);
    if (typeof value === 'number' && !Number.isSafeInteger(value)) return null;
    i += token.length;
  }
  skip();
  if (line.slice(i, i + 2) !== ');') return null;
  i += 2;
  // Only whitespace or a line comment may follow.
  const rest = line.slice(i).trim();
  if (rest !== '' && !rest.startsWith('//')) return null;
  return { name: name[0], value };
}

export function parsePrefs(text: string): PrefsFile {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalEol = text.endsWith(eol) || text === '';
  const body = finalEol && text !== '' ? text.slice(0, -eol.length) : text;
  const rawLines = text === '' ? [] : body.split(eol);
  const lines = rawLines.map((raw, index): PrefsLine => {
    if (!PREF_LINE.test(raw)) return { kind: 'other', raw };
    const pref = parsePrefLine(raw);
    if (!pref) throw new PrefsSyntaxError(index + 1);
    return { kind: 'pref', ...pref, raw };
  });
  return { lines, eol, finalEol };
}

export function serializePrefs(file: PrefsFile): string {
  const text = file.lines.map((line) => line.raw).join(file.eol);
  return file.finalEol && file.lines.length > 0 ? text + file.eol : text;
}

/** The string escaping of Mozilla's pref writer: backslash, quote, CR and LF; everything else as is. */
function quote(value: string): string {
  return `"${value.replace(/[\\"\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`))}"`;
}

export function prefLine(name: string, value: PrefValue): string {
  return `user_pref(${quote(name)}, ${typeof value === 'string' ? quote(value) : String(value)});`;
}

/** Name → value of the last definition (as Thunderbird reads it: a later line wins). */
export function prefsMap(file: PrefsFile): Map<string, PrefValue> {
  const map = new Map<string, PrefValue>();
  for (const line of file.lines) if (line.kind === 'pref') map.set(line.name, line.value);
  return map;
}

/**
 * Sets prefs in place: an existing line is rewritten where it stands; a new pref goes where
 * Thunderbird's sorted order puts it, so the file reads as if Thunderbird had written it.
 */
export function withPrefs(file: PrefsFile, changes: ReadonlyMap<string, PrefValue>): PrefsFile {
  const lines = [...file.lines];
  const pending = new Map(changes);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.kind !== 'pref' || !pending.has(line.name)) continue;
    const value = pending.get(line.name)!;
    if (value !== line.value)
      lines[i] = { kind: 'pref', name: line.name, value, raw: prefLine(line.name, value) };
    pending.delete(line.name);
  }
  for (const [name, value] of [...pending].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry: PrefsLine = { kind: 'pref', name, value, raw: prefLine(name, value) };
    const after = lines.findIndex((line) => line.kind === 'pref' && line.name > name);
    if (after >= 0) {
      lines.splice(after, 0, entry);
    } else {
      let last = -1;
      lines.forEach((line, index) => {
        if (line.kind === 'pref') last = index;
      });
      lines.splice(last + 1, 0, entry);
    }
  }
  return { ...file, lines };
}
