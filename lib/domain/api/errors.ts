import { z } from "zod";
import { PathIssueSchema } from "./common";

/**
 * The body of every failed API call: `{ error: { code, message, issues?, ...details }, requestId }`. A use
 * case's details (a save conflict's `currentVersion`, the `field` a setting clashed on) sit beside the code
 * and message, so the error object keeps every key it arrives with.
 */
export const ApiErrorBodySchema = z.object({
  error: z.looseObject({
    // Optional: a proxy or a framework page may answer with less, and the client still says what it can.
    code: z.string().optional(),
    message: z.string().optional(),
    issues: z.array(PathIssueSchema).optional(),
  }),
  requestId: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
