import { z } from "zod";

/** Pieces many API answers share. Response schemas strip keys they do not know, so a newer server's extra fields pass. */

/** A moment as the API sends it: an ISO 8601 date-time (the server writes Date.toISOString()). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A user as views show them; name and email may be unknown. */
export const PersonViewSchema = z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() });
export type PersonView = z.infer<typeof PersonViewSchema>;

/** One message per offending path (`nodeGroups[2].count`), as `formatIssues` writes them. */
export const PathIssueSchema = z.object({ path: z.string(), message: z.string() });
