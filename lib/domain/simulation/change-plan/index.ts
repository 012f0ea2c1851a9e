// Change plans for a running network: the diff the chain sees, the ordered steps that keep it producing blocks,
// the replay that shows quorum and block production after each step, and the runbook.

export * from "./types";
export { planChange } from "./plan";
export { stepThrough, type StepThrough, type SteppedState } from "./step-through";
export { changePlanRunbook, describeState, type RunbookApproval } from "./runbook";
export { chainDiff, isEmptyForChain, type ChainDiff, type GroupMove, type GroupResize, type GroupReconfiguration, type RestartKind } from "./chain-diff";
export { validatorApi, callersNeeded, type ValidatorApi } from "./consensus-api";
