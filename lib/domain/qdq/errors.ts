/** One problem found in a QDQ input, located the way the user wrote it: `regions.eastus.nodeDistribution.validators.count`. */
export interface QdqIssue {
  path: string;
  message: string;
}

/**
 * The only error the QDQ importers throw. Its message names the offending key or DSL position, so the CLI
 * and the UI can show it as is; `issues` lists every problem when more than one was found.
 */
export class QdqImportError extends Error {
  readonly path: string | undefined;
  readonly issues: readonly QdqIssue[];

  constructor(message: string, options: { path?: string; issues?: readonly QdqIssue[]; cause?: unknown } = {}) {
    const located = options.path ? `${options.path}: ${message}` : message;
    super(located, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "QdqImportError";
    this.path = options.path;
    this.issues = options.issues ?? [{ path: options.path ?? "", message }];
  }
}

/**
 * Runs an importer so that it can only fail with QdqImportError: anything else (a bug meeting odd input)
 * is reported the same way, keeping the promise that malformed input never surfaces as a TypeError.
 */
export function guardImport<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof QdqImportError) throw error;
    throw new QdqImportError(`could not import: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
