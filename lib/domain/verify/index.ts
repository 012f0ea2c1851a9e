export { BundleError, P2P_PORT, verifyBundle, type PairCheck, type ParseHcl, type VerifyReport } from "./verify-bundle";
export { summarizeReport } from "./summary";
