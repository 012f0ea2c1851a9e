import type { z } from "zod";

export interface PathIssue {
  path: string;
  message: string;
}

/** One message per offending path, with the path written as users read it: nodeGroups[2].count. */
export function formatIssues(error: z.ZodError): PathIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>(
      (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      "",
    ) || "(document)",
    message: issue.message,
  }));
}
