// Compounds that end in an award or programme head but are ordinary German words: a price or sum of money
// ("Kaufpreis", "Geldpreis", "Hauptpreis"), not a named award. Shared by the compound and form rules. Anchored at
// the start, so an award whose modifier merely ends like one ("Jugendpreis", not "Endpreis") stays an award.

/** Modifiers that make "…preis" a price or a prize of a raffle rather than an award. */
const PRICE =
  /^(?:kauf|verkauf|einkauf|miet|strom|energie|gas|oel|benzin|lebensmittel|grundstueck|grund|boden|eintritt|fahr|end|markt|erzeuger|sprit|heiz|geld|sach|trost|haupt|gesamt|stueck|einzel|fest|hoechst|mindest|auf|neu|listen|ticket|netto|brutto|paket)s?preis/;

/** True for a "…preis" compound that means a price or a raffle prize (folded form). */
export function isGenericPrice(norm: string): boolean {
  return PRICE.test(norm);
}
