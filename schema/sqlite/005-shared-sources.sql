-- A web address may name several releases (publishers reuse it for follow-ups), so the source is no
-- longer unique; which release replaces which is decided in src/graph/release-versions.ts.
DROP INDEX releases_source;
CREATE INDEX releases_source ON releases(source);
