// Lookup indexes for the adapter's queries and for analysts in Neo4j Browser.

// Exact name lookups. The adapter matches folded keys (nameKey: "joerg weiss mueller"); analysts
// usually write (p:Person {name: 'Jörg Weiß-Müller'}), which uses the index of that label.
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);

// Releases by source: the earlier versions an ingest replaces.
CREATE INDEX release_source_lookup IF NOT EXISTS FOR (r:Release) ON (r.source);

// Release listing and time filters.
CREATE INDEX release_date IF NOT EXISTS FOR (r:Release) ON (r.date);
CREATE INDEX release_publisher IF NOT EXISTS FOR (r:Release) ON (r.publisher);

// A release's facts are found (to list them, and to delete them when the release is replaced)
// by releaseId; a relationship index is per type.
CREATE INDEX holds_role_release_id IF NOT EXISTS FOR ()-[f:HOLDS_ROLE]-() ON (f.releaseId);
CREATE INDEX visited_release_id IF NOT EXISTS FOR ()-[f:VISITED]-() ON (f.releaseId);
CREATE INDEX quoted_in_release_id IF NOT EXISTS FOR ()-[f:QUOTED_IN]-() ON (f.releaseId);
CREATE INDEX part_of_release_id IF NOT EXISTS FOR ()-[f:PART_OF]-() ON (f.releaseId);
CREATE INDEX located_in_release_id IF NOT EXISTS FOR ()-[f:LOCATED_IN]-() ON (f.releaseId);

// Merges that pointed at an entity move when that entity is merged in turn.
CREATE INDEX entity_redirect_to IF NOT EXISTS FOR (x:EntityRedirect) ON (x.toId);
