import { describe, expect, it } from "vitest";
import { group, makeDocument, region, withValidators } from "../consensus/test-documents";
import { validate } from "./engine";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const healthy = healthyDocument();

describe("network pack", () => {
  describe("network.cidr.invalid", () => {
    const code = "network.cidr.invalid";
    it("fires when subnets are larger than the network, and shrinks them", () => {
      const doc = variant(healthy, (d) => {
        d.regions[1]!.cidr = "10.2.0.0/20";
        d.regions[1]!.subnetPrefix = 16;
      });
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toBe("Region Azure northeurope has a /20 network but /16 subnets, which are larger than the network.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.regions[1]!.subnetPrefix).toBe(24);
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet for /16 networks with /24 subnets", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("network.cidr.misaligned", () => {
    const code = "network.cidr.misaligned";
    it("fires for host bits and names the network address", () => {
      const doc = variant(healthy, (d) => void (d.regions[0]!.cidr = "10.1.3.7/16"));
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toContain("10.1.3.7/16, which has host bits set; the network it names is 10.1.0.0/16");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.regions[0]!.cidr).toBe("10.1.0.0/16");
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet for network addresses", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("network.cidr.overlap", () => {
    const code = "network.cidr.overlap";
    it("names both regions and moves the second to a free block", () => {
      const doc = variant(healthy, (d) => void (d.regions[2]!.cidr = "10.1.128.0/17"));
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "francecentral" } });
      expect(finding!.message).toBe(
        "Region Azure francecentral (10.1.128.0/17) overlaps region Azure westeurope (10.1.0.0/16); peered networks need distinct address spaces.",
      );
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.regions[2]!.cidr).toBe("10.0.0.0/17");
      expect(findingsWith(fixed.doc, code)).toEqual([]);
    });
    it("reports each region once, however many it overlaps", () => {
      const doc = variant(healthy, (d) => {
        for (const r of d.regions) r.cidr = "10.1.0.0/16";
      });
      const findings = findingsWith(doc, code);
      expect(findings.map((f) => f.target)).toEqual(["northeurope", "francecentral", "germanywestcentral"].map((id) => ({ kind: "region", id })));
      expect(findings[2]!.message).toContain("overlaps region Azure westeurope (10.1.0.0/16) and 2 other regions");
    });
    it("stays quiet for disjoint networks", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("network.hub-spoke.hub-missing", () => {
    const code = "network.hub-spoke.hub-missing";
    it("fires for hub-spoke without a hub and makes the primary the hub", () => {
      const doc = variant(healthy, (d) => void (d.network.topology = "hub-spoke"));
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toBe("The topology is hub-spoke but no hub region is set.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.network.hubRegionId).toBe("westeurope");
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet for flat networks and hub-spoke with a hub", () => {
      expect(findingsWith(healthy, code)).toEqual([]);
      const withHub = variant(healthy, (d) => {
        d.network.topology = "hub-spoke";
        d.network.hubRegionId = "westeurope";
      });
      expect(findingsWith(withHub, code)).toEqual([]);
    });
  });

  describe("network.mesh.too-many-peerings", () => {
    const code = "network.mesh.too-many-peerings";
    const ids = ["westeurope", "northeurope", "francecentral", "germanywestcentral", "swedencentral", "norwayeast", "polandcentral", "italynorth", "spaincentral", "austriaeast", "belgiumcentral"];
    const mesh = (n: number) => withValidators(ids.slice(0, n).map((id) => region(id, "azure", id)), ids.slice(0, n).map(() => 1), { topology: "mesh" });
    it("warns above 10 regions with the number of peerings; no fix when the hub would halt the chain", () => {
      const [finding] = findingsWith(mesh(11), code);
      expect(finding!.message).toContain("A full mesh of 11 regions needs 55 peerings");
      expect(finding!.message).toContain("Hub-spoke through westeurope would make losing it halt the chain");
      expect(finding!.fix).toBeUndefined();
    });
    it("switches to hub-spoke with the primary region as hub when no outage gets worse", () => {
      const regions = ids.slice(0, 11).map((id, i) => region(id, "azure", id, { primary: i === 1 }));
      const doc = withValidators(regions, [0, 4], { topology: "mesh" }); // every validator in the primary
      const [finding] = findingsWith(doc, code);
      expect(finding!.fix!.label).toBe("Switch to hub-spoke with Azure northeurope as the hub");
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.network).toMatchObject({ topology: "hub-spoke", hubRegionId: "northeurope" });
      expect(findingsWith(fixed.doc, "network.hub-spoke.hub-missing")).toEqual([]);
      expect(validate(fixed.doc).failureDomains.domains.filter((d) => d.kind === "region" && !d.survives).map((d) => d.id)).toEqual(["azure:northeurope"]);
    });
    it("stays quiet at 10 regions", () => expect(findingsWith(mesh(10), code)).toEqual([]));
  });

  describe("network.sovereign-boundary", () => {
    const code = "network.sovereign-boundary";
    const eastus = region("eastus", "azure", "eastus", { primary: true });
    const westus = region("westus", "azure", "westus");
    const gov = region("usgovvirginia", "azure", "usgovvirginia");
    const govTexas = region("usgovtexas", "azure", "usgovtexas");
    const awsGov = region("awsgov", "aws", "us-gov-west-1");

    it("fires for a declared link between commercial and gov, and removes it", () => {
      const doc = withValidators([eastus, westus, awsGov], [2, 2, 1], {}, [{ id: "x", from: "eastus", to: "awsgov" }]);
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "link", id: "x" } });
      expect(finding!.message).toBe("Link 'x' joins Azure eastus, in the commercial cloud, and 'awsgov' (AWS us-gov-west-1), in the AWS gov cloud; sovereign clouds can't be connected to other clouds.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.links).toEqual([]);
      expect(fixed.remaining).toEqual([]);
    });

    it("fires for a link between two providers' gov clouds", () => {
      const doc = withValidators([gov, govTexas, awsGov], [2, 2, 1], {}, [{ id: "govs", from: "usgovvirginia", to: "awsgov" }]);
      expect(findingsWith(doc, code).map((f) => f.target)).toEqual([{ kind: "link", id: "govs" }]);
    });

    it("fires for a gov region inside a flat or hub-spoke commercial network", () => {
      const flat = withValidators([eastus, westus, gov], [2, 2, 1]);
      const [finding] = findingsWith(flat, code);
      expect(finding).toMatchObject({ target: { kind: "region", id: "usgovvirginia" } });
      expect(finding!.message).toBe("Region Azure usgovvirginia is in the Azure gov cloud and can't peer with eastus, westus (commercial) in this flat network.");
      const hub = withValidators([eastus, westus, gov], [2, 2, 1], { topology: "hub-spoke", hubRegionId: "eastus" });
      expect(findingsWith(hub, code).map((f) => f.target)).toEqual([{ kind: "region", id: "usgovvirginia" }]);
    });

    it("stays quiet inside one sovereign cloud", () => {
      expect(findingsWith(withValidators([gov, govTexas], [2, 2]), code)).toEqual([]);
      expect(findingsWith(healthy, code)).toEqual([]);
    });
  });

  describe("network.validators.unreachable", () => {
    const code = "network.validators.unreachable";
    const euw1 = region("euw1", "aws", "eu-west-1");
    const doc = variant(healthy, (d) => {
      d.regions.push({ ...euw1, primary: false, subnetPrefix: 24, cidr: "10.9.0.0/16" });
      d.nodeGroups.push({ ...d.nodeGroups[0]!, id: "val-aws", regionId: "euw1", deploymentType: "eks", vmSize: "m6i.xlarge" });
    });

    it("fires for validators on another cloud without a link, and links them in", () => {
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "euw1" } });
      expect(finding!.message).toBe(
        "'euw1' (AWS eu-west-1) holds 2 validators that can't reach the 7 in westeurope, northeurope, francecentral, germanywestcentral: regions of different clouds (or sovereign clouds) reach each other only over a declared link, and AWS eu-west-1 has none to them.",
      );
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.links).toEqual([{ id: "euw1-westeurope", from: "euw1", to: "westeurope", kind: "vpn" }]);
      expect(fixed.remaining).toEqual([]);
    });

    it("stays quiet when every validator region is connected", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("network.region.unreachable", () => {
    const code = "network.region.unreachable";
    const we = region("westeurope", "azure", "westeurope", { primary: true });
    const euw1 = region("euw1", "aws", "eu-west-1");
    const doc = makeDocument({
      regions: [we, euw1],
      nodeGroups: [group("v", we, "validator", 4), group("b", we, "bootnode", 1), group("rpc", euw1, "rpc", 2)],
    });

    it("warns about a region with nodes but no path to the validators, and links it", () => {
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "warning", target: { kind: "region", id: "euw1" } });
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
    });

    it("stays quiet when linked", () => {
      const linked = makeDocument({ regions: [we, euw1], nodeGroups: doc.nodeGroups, links: [{ id: "l", from: "euw1", to: "westeurope" }] });
      expect(findingsWith(linked, code)).toEqual([]);
    });
  });
});

describe("network.link.duplicate", () => {
  const code = "network.link.duplicate";
  const az = region("eastus", "azure", "eastus");
  const az2 = region("westus2", "azure", "westus2");
  const aws = region("use1", "aws", "us-east-1");
  it("flags a second link between the same two gateways, whatever its kind, and removes it", () => {
    const doc = withValidators([az, az2, aws], [2, 1, 2], {}, [
      { id: "vpn", from: "eastus", to: "use1", kind: "vpn" },
      { id: "backup", from: "use1", to: "eastus", kind: "interconnect" },
    ]);
    const [finding] = findingsWith(doc, code);
    expect(finding).toMatchObject({ severity: "info", target: { kind: "link", id: "backup" } });
    expect(finding!.message).toContain("same two VPN gateways as link 'vpn'");
    expect(afterFix(doc, finding!).doc.links.map((l) => l.id)).toEqual(["vpn"]);
  });
  it("stays quiet for links between other regions, and for links inside one cloud", () => {
    const doc = withValidators([az, az2, aws], [2, 1, 2], {}, [
      { id: "vpn", from: "eastus", to: "use1" },
      { id: "second", from: "westus2", to: "use1" },
      { id: "inside", from: "eastus", to: "westus2" },
    ]);
    expect(findingsWith(doc, code)).toEqual([]);
  });
});

describe("network.p2p.no-fixed-address", () => {
  const code = "network.p2p.no-fixed-address";
  const az = region("eastus", "azure", "eastus");
  it("warns about validators on a scale set and moves them to virtual machines", () => {
    const doc = makeDocument({
      regions: [az],
      nodeGroups: [
        group("v", az, "validator", 4, { deploymentType: "vmss", scale: { min: 4, max: 6 } }),
        group("rpc", az, "rpc", 2, { deploymentType: "aca" }),
      ],
    });
    const [finding] = findingsWith(doc, code);
    expect(findingsWith(doc, code)).toHaveLength(1); // RPC nodes dial out: no address needed
    expect(finding).toMatchObject({ severity: "warning", target: { kind: "nodeGroup", id: "v" } });
    expect(finding!.message).toContain("runs validators on a scale set");
    const fixed = afterFix(doc, finding!);
    expect(fixed.doc.nodeGroups[0]).toMatchObject({ deploymentType: "vm" });
    expect(fixed.doc.nodeGroups[0]!.scale).toBeUndefined();
    expect(fixed.remaining).toEqual([]);
  });
  it("covers every member of a Raft network, and stays quiet on VMs and Kubernetes", () => {
    const raft = makeDocument({ regions: [az], nodeGroups: [group("v", az, "validator", 3, { deploymentType: "vm" }), group("m", az, "member", 1, { deploymentType: "aca" })], network: { client: "goquorum", consensus: "raft" } });
    expect(findingsWith(raft, code).map((f) => f.target)).toEqual([{ kind: "nodeGroup", id: "m" }]);
    expect(findingsWith(healthy, code)).toEqual([]);
  });
});
