// What a node on a virtual machine needs beside its key: the peers it can reach (static-nodes.json, at the
// names of the private DNS zone) and a start script that runs the client's container with the machine's
// fixed address as its p2p host. Written per node under machines/<node>/, next to the Terraform that
// creates the machine; the key is copied from keys/<node>/ by the operator (never stored with the rest).

import { besuArgs, goQuorumScript, type NodeLaunch } from "./client-config";
import type { NodeKeys } from "./identities";
import { clientImageRef } from "./images";
import { ALLOWLIST_FILE, allowlistContents, enforcesNodePermissioning } from "./node-permissioning";
import { runsTessera } from "./nodes";
import { peerEnodes } from "./peer-lists";
import type { NetworkPlan } from "./terraform/plan";
import type { ExportFile } from "./types";
import { shellWord } from "./yaml-docs";

export function machineFiles(plan: NetworkPlan, keys: readonly NodeKeys[]): ExportFile[] {
  const files: ExportFile[] = [];
  const { doc } = plan;
  const isGoQuorum = doc.network.client === "goquorum";
  for (const r of plan.regions) {
    const staticNodes = peerEnodes(plan, keys, r);
    const bootnodes = peerEnodes(plan, keys, r, { roles: ["bootnode"] });
    for (const g of r.groups.filter((x) => x.kind === "vm")) {
      for (const node of g.nodes) {
        const address = plan.p2p.get(node.name);
        if (!address || !("ip" in address)) continue;
        const own = keys.find((k) => k.node.name === node.name);
        const launch: NodeLaunch = {
          doc,
          node,
          p2pHost: address.ip,
          bootnodes: bootnodes.filter((b) => !own || !b.includes(own.identity.publicKey)),
          paths: { genesis: "/config/genesis.json", nodeKey: "/keys/nodekey", data: "/data", staticNodes: "/config/static-nodes.json", tesseraPublicKey: "/keys/tm.pub", allowlist: `/config/${ALLOWLIST_FILE[doc.network.client]}` },
        };
        const run = isGoQuorum
          ? `docker run -d --name ${node.name} --restart unless-stopped --network host -e PRIVATE_CONFIG=ignore \\\n  -v /opt/meridian/keys:/keys:ro -v /opt/meridian/config:/config:ro -v /opt/meridian/data:/data \\\n  --entrypoint /bin/sh ${clientImageRef(doc)} -c ${shellWord(goQuorumScript(launch))}`
          : `docker run -d --name ${node.name} --restart unless-stopped --network host --user root \\\n  -v /opt/meridian/keys:/keys:ro -v /opt/meridian/config:/config:ro -v /opt/meridian/data:/data \\\n  ${clientImageRef(doc)} \\\n  ${besuArgs(launch).map(shellWord).join(" \\\n  ")}`;
        const script = [
          "#!/usr/bin/env bash",
          `# Starts ${node.name} (${node.role}, group ${g.group.id}) on its virtual machine in ${r.region.id}, address ${address.ip}.`,
          `# First copy keys/<node>/ to /opt/meridian/keys/ (mode 0600), and genesis.json and this folder's ${enforcesNodePermissioning(g.group) ? `static-nodes.json and ${ALLOWLIST_FILE[doc.network.client]}` : "static-nodes.json"} to /opt/meridian/config/.`,
          ...(runsTessera(g.group) ? ["# This member is private: start Tessera beside it as compose/docker-compose.yml shows."] : []),
          "set -euo pipefail",
          run,
        ];
        files.push(
          { path: `machines/${node.name}/static-nodes.json`, contents: `${JSON.stringify(staticNodes, null, 2)}\n`, kind: "machine" },
          { path: `machines/${node.name}/start.sh`, contents: `${script.join("\n")}\n`, kind: "script", executable: true },
        );
        if (enforcesNodePermissioning(g.group)) {
          files.push({ path: `machines/${node.name}/${ALLOWLIST_FILE[doc.network.client]}`, contents: allowlistContents(doc.network.client, staticNodes), kind: "machine" });
        }
      }
    }
  }
  return files;
}
