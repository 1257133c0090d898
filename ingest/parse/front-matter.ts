/** A document split into YAML-style front matter fields and the rest. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/u;

/** Splits simple `key: value` front matter (Markdown exports from CMSs) off the document; other text is returned unchanged. */
export function splitFrontMatter(raw: string): FrontMatter {
  const m = BLOCK.exec(raw);
  if (!m) return { fields: {}, body: raw };
  const fields: Record<string, string> = {};
  const lines = m[1]!.split(/\r?\n/u).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  for (const line of lines) {
    const field = FIELD.exec(line);
    // Anything that is not flat key: value is not front matter we understand (e.g. a horizontal rule block).
    if (!field && !/^\s/u.test(line)) return { fields: {}, body: raw };
    if (field) fields[field[1]!.toLowerCase()] = unquote(field[2]!.trim());
  }
  if (Object.keys(fields).length === 0) return { fields: {}, body: raw };
  return { fields, body: raw.slice(m[0].length) };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/u.exec(value);
  return m ? m[2]! : value;
}
