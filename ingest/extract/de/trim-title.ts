// German title phrases end in a noun or name; a trailing lower-case word is the verb the phrase ran into.

/** "Vertreterin des Vereins sprach" → "Vertreterin des Vereins" (function words like "für", "a. D." stay). */
export function trimGermanTitle(title: string): string {
  return title.replace(/(?:\s+(?!(?:für|und|der|des|von|im|am|a\.\s?D\.)$)\p{Ll}[\p{L}-]*)+$/u, '').trim() || title;
}
