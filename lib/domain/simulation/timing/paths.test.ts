import { describe, expect, it } from "vitest";
import { region, withValidators } from "../../consensus/test-documents";
import { rtt } from "../../latency";
import { buildSimulationNetwork } from "../network";
import { DelayField } from "./delay-field";
import { buildRegionPaths, DIRECT, RELAYED, UNREACHABLE } from "./paths";
import { AT_P95 } from "./test-helpers";

const we = region("we", "azure", "westeurope");
const ne = region("ne", "azure", "northeurope");
const aws = region("aws", "aws", "eu-west-1");

describe("message paths between regions", () => {
  // One VPN joins we and aws; ne (Azure) has no packet path to aws, so its messages go through we's validators.
  const doc = withValidators([we, ne, aws], [1, 1, 1], {}, [{ id: "vpn", from: "we", to: "aws", kind: "vpn" }]);
  const network = buildSimulationNetwork(doc);
  const [w, n, a] = [0, 1, 2];

  it("relays through validators in a third region, over the hops with the smallest round trips", () => {
    const paths = buildRegionPaths(network, [w, n, a], {}, true);
    expect(paths.route[w * 3 + a]).toBe(DIRECT);
    expect(paths.route[n * 3 + a]).toBe(RELAYED);
    expect(paths.relayedRoutes).toEqual([{ pair: n * 3 + a, hops: [n * 3 + w, w * 3 + a] }, { pair: a * 3 + n, hops: [a * 3 + w, w * 3 + n] }]);
    const field = new DelayField(network, paths);
    field.drawAll(AT_P95);
    expect(field.pathMs(n, a)).toBeCloseTo((rtt("azure:northeurope", "azure:westeurope").rttMs + rtt("azure:westeurope", "aws:eu-west-1").rttMs) / 2, 9);
    expect(field.sameRegionMs(n)).toBe(0.5);
  });

  it("without relays (Raft) or with the link down, the pair cannot talk", () => {
    expect(buildRegionPaths(network, [w, n, a], {}, false).route[n * 3 + a]).toBe(UNREACHABLE);
    const cut = buildRegionPaths(network, [w, n, a], { link: "vpn" }, true);
    expect(cut.route[w * 3 + a]).toBe(UNREACHABLE);
    const field = new DelayField(network, cut);
    field.drawAll(AT_P95);
    expect(field.pathMs(n, a)).toBe(Infinity);
  });
});
