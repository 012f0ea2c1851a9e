import { describe, expect, it } from "vitest";
import { planChange } from "./plan";
import { changePlanRunbook } from "./runbook";
import { design, eu, us } from "./test-fixtures";

const plan = planChange(design([eu], [4]), design([eu, us], [4, 1]));

describe("changePlanRunbook", () => {
  it("numbers the steps with their calls, checks, quorum and rollback, naming the approving review", () => {
    const md = changePlanRunbook(plan, { versionFrom: 3, versionTo: 4, reviewTitle: "Add a US validator", approvedBy: ["ana", "li"], approvedAt: "2026-12-01" });
    expect(md).toContain('From version 3 to version 4 of test. Approved in review "Add a US validator" by ana, li on 2026-12-01.');
    expect(md.match(/^### \d+\. /gm)).toEqual(["### 1. ", "### 2. ", "### 3. "]);
    expect(md).toContain("### 3. Vote in validator 1 of group 'val-us' in 'us' (validator-us-1)");
    expect(md).toContain(`"method":"qbft_proposeValidatorVote"`);
    expect(md).toContain(`"method":"qbft_getValidatorsByBlockNumber","params":["latest"]`);
    // The vote's quorum, worked by hand: 4 validators (quorum 3) before, 5 (quorum 4) after.
    expect(md).toContain("While it runs: 4 of 4 validators online, quorum 3: blocks keep coming (1 more may fail).");
    expect(md).toContain("After it: 5 of 5 validators online, quorum 4: blocks keep coming (1 more may fail).");
    expect(md.match(/^Rollback: /gm)).toHaveLength(3);
    expect(md).toContain("keys/NODE/address");
    expect(md).not.toContain("<TRANSITION_BLOCK>");
  });

  it("is the same text for the same plan, and says when a review has not approved it yet", () => {
    const approval = { versionFrom: 3, versionTo: 4, reviewTitle: "Add a US validator" };
    expect(changePlanRunbook(plan, approval)).toBe(changePlanRunbook(planChange(design([eu], [4]), design([eu, us], [4, 1])), approval));
    expect(changePlanRunbook(plan, approval)).toContain('Not yet approved (review "Add a US validator").');
    expect(changePlanRunbook(plan)).not.toContain("version 3");
  });

  it("lists refusals and no steps for a change that needs a new genesis", () => {
    const base = design([eu], [4]);
    const md = changePlanRunbook(planChange(base, { ...base, network: { ...base.network, chainId: 7 } }));
    expect(md).toContain("## Refused");
    expect(md).toContain("- chain id: The chain id (1337 -> 7)");
    expect(md).not.toContain("## Steps");
  });
});
