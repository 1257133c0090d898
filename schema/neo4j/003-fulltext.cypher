// Name and alias lookup. Aliases are lists, which range indexes cannot search by element; a
// full-text index can. The adapter queries the folded fields (nameKey, aliasKeys) and then checks
// candidates exactly; analysts can query the display fields, e.g.
//   CALL db.index.fulltext.queryNodes('entity_names', 'Ahlerding') YIELD node, score
// No stop words: "Haus der Jugend" must find "der" as well.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases, e.nameKey, e.aliasKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
