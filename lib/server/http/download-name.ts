/** A file name for downloads from a user's name for a thing: lower case, dashes, at most 60 characters. */
export function downloadSlug(name: string, fallback: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || fallback;
}
