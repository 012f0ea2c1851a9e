import { describe, expect, it } from "vitest";
import { asRegionKey, isRegionKey, parseRegionKey, readRegionRef, regionKey, regionKeyOf, RegionKeyError } from "./region-key";

describe("region keys", () => {
  it("are made one way from a provider and id, or from a document region", () => {
    expect(regionKey("azure", "eastus")).toBe("azure:eastus");
    expect(regionKeyOf({ provider: "gcp", region: "europe-west1" })).toBe("gcp:europe-west1");
  });

  it("parse exactly: a known lower-case provider, a colon and a non-empty id", () => {
    expect(parseRegionKey("aws:us-east-1")).toEqual({ provider: "aws", id: "us-east-1" });
    for (const bad of ["eastus", "oracle:us-ashburn-1", "AWS:us-east-1", "aws:", ":eastus", "aws: us-east-1", "", "azure"]) {
      expect(() => parseRegionKey(bad), bad).toThrow(RegionKeyError);
      expect(isRegionKey(bad), bad).toBe(false);
    }
    expect(asRegionKey("gcp:us-central1")).toBe("gcp:us-central1");
  });

  it("read people's spelling: a bare name is Azure, as in Quorum Dev Quickstart; the provider is case-insensitive", () => {
    expect(readRegionRef("eastus")).toEqual({ provider: "azure", id: "eastus" });
    expect(readRegionRef(" GCP: europe-west1 ")).toEqual({ provider: "gcp", id: "europe-west1" });
    expect(() => readRegionRef("oracle:us-ashburn-1")).toThrow(/Unknown cloud provider "oracle"/);
  });
});
