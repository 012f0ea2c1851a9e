// The CLI's own failures. Both end the command with exit code 2 and one clear message on stderr: a usage
// error also points at the command's --help.

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Bad arguments: unknown option, missing file name, a value outside its choices. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** An input that can't be read or isn't a valid topology. `details` are extra lines (one per schema issue). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "InputError";
  }
}
