// The optimiser's refusals of its input (as opposed to an infeasible but well-formed request).

export class OptimiseInputError extends Error {
  override name = "OptimiseInputError";
  constructor(message: string, readonly details: readonly string[] = []) {
    super(message);
  }
}
