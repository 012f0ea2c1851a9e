import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { TopologySummary, VersionSummary } from "@/lib/domain/api";
import { starterDocument } from "@/lib/domain/starter";
import { cacheSavedVersion } from "./saved-version-cache";
import { topologyKeys, type TopologyDetail } from "./topologies";

const summary = { id: "t1", name: "x", description: "", currentVersion: 1, archived: false, createdAt: "", updatedAt: "" } satisfies TopologySummary;
const version = {
  number: 1, message: "first", digest: "d1", author: { id: "u", name: null, email: null }, createdAt: "", validation: { errors: 0, warnings: 0, infos: 0 },
} satisfies VersionSummary;

describe("cacheSavedVersion", () => {
  it("puts the saved document and version into the cached detail and marks lists and histories stale", async () => {
    const client = new QueryClient();
    const opened: TopologyDetail = { topology: summary, version, document: starterDocument("x") };
    client.setQueryData(topologyKeys.detail("t1"), opened);
    client.setQueryData(topologyKeys.list("", "exclude"), { pages: [{ topologies: [summary], nextCursor: null }], pageParams: [null] });
    client.setQueryData(topologyKeys.versions("t1"), { versions: [version] });
    client.setQueryData(topologyKeys.detail("other"), opened);
    client.setQueryData(topologyKeys.version("t1", 1), { version, document: opened.document });
    const document = { ...starterDocument("x"), description: "edited" };

    cacheSavedVersion(client, "t1", { version: 2, digest: "d2", validation: { errors: 1, warnings: 0, infos: 0 }, document });
    await settle();

    const detail = client.getQueryData<TopologyDetail>(topologyKeys.detail("t1"))!;
    expect(detail.document).toEqual(document);
    expect(detail.topology.currentVersion).toBe(2);
    expect(detail.version).toMatchObject({ number: 2, digest: "d2", validation: { errors: 1 } });
    expect(client.getQueryState(topologyKeys.list("", "exclude"))!.isInvalidated).toBe(true);
    expect(client.getQueryState(topologyKeys.versions("t1"))!.isInvalidated).toBe(true);
    // Stored versions never change, and other topologies are not touched.
    expect(client.getQueryState(topologyKeys.version("t1", 1))!.isInvalidated).toBe(false);
    expect(client.getQueryState(topologyKeys.detail("other"))!.isInvalidated).toBe(false);
    // The detail is refreshed on its next read, and never replaced by what the designer was opened on.
    expect(client.getQueryState(topologyKeys.detail("t1"))!.isInvalidated).toBe(true);
  });

  it("reads a list again when its first read was already under way as the save landed", async () => {
    const client = new QueryClient();
    let reads = 0;
    const observer = new QueryObserver(client, {
      queryKey: topologyKeys.list("", "exclude"),
      queryFn: async () => {
        const read = ++reads;
        await sleep(20);
        return read;
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await sleep(5); // the first read is in flight, and will answer with what it saw before the save
    cacheSavedVersion(client, "t1", { version: 2, digest: "d2", validation: version.validation, document: starterDocument("x") });
    await sleep(60);
    expect(reads).toBe(2);
    expect(observer.getCurrentResult().data).toBe(2);
    unsubscribe();
  });

  it("leaves an uncached detail uncached", () => {
    const client = new QueryClient();
    cacheSavedVersion(client, "t1", { version: 2, digest: "d2", validation: version.validation, document: starterDocument("x") });
    expect(client.getQueryData(topologyKeys.detail("t1"))).toBeUndefined();
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settle = () => sleep(0);
