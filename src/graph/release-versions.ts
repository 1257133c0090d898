// When a release from a known source is a new version of a stored one, and when it is a release of its
// own. Store-independent: both graph adapters ask this before they replace anything.

/** A stored release as far as versioning is concerned. */
export interface VersionedRelease {
  id: string;
  date: string | null;
}

/**
 * Whether a source may name several distinct releases: a web address, which publishers reuse for
 * follow-ups ("suspect identified" under the address of the appeal). A file or a row is one release.
 */
export function isSharedSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * The stored release that `incoming` is a new version of, or null when it is a release of its own.
 * A file's or row's release is replaced by whatever the changed file holds now; under a shared
 * source only a release of the same date is an earlier version, so a follow-up never replaces
 * the release it follows.
 */
export function previousVersion(
  incoming: { source: string; date: string | null },
  stored: readonly VersionedRelease[],
): string | null {
  if (!isSharedSource(incoming.source)) return stored[0]?.id ?? null;
  return stored.find((release) => release.date === incoming.date)?.id ?? null;
}
