// One internal LoadBalancer Service per Kubernetes node, for devp2p from other regions: a fixed private
// address (planned in the region's load-balancer subnet, named in the private DNS zone) in front of one pod,
// TCP and UDP 30303. Pod addresses change on restart and a ClusterIP is reachable only inside its cluster, so
// nothing else gives a node in another cluster a stable path in.

import type { Provider } from "../schema";
import { PORTS } from "./images";
import type { P2pAddress } from "./node-addresses";
import type { RegionPlan } from "./terraform/plan";

/** Each cloud's controller needs its own annotations to make the balancer internal, in a subnet, at an address. */
function annotations(provider: Provider, region: RegionPlan, ip: string): Record<string, string> {
  switch (provider) {
    case "azure":
      return {
        "service.beta.kubernetes.io/azure-load-balancer-internal": "true",
        "service.beta.kubernetes.io/azure-load-balancer-internal-subnet": "snet-p2p-lb",
        "service.beta.kubernetes.io/azure-load-balancer-ipv4": ip,
      };
    case "aws":
      // The AWS Load Balancer Controller: an internal NLB sending to the pod's IP, in the subnet tagged
      // kubernetes.io/role/internal-elb (the region's load-balancer subnet), at this address.
      return {
        "service.beta.kubernetes.io/aws-load-balancer-type": "external",
        "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
        "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
        "service.beta.kubernetes.io/aws-load-balancer-private-ipv4-addresses": ip,
        "service.beta.kubernetes.io/aws-load-balancer-attributes": "load_balancing.cross_zone.enabled=true",
      };
    case "gcp":
      return {
        "networking.gke.io/load-balancer-type": "Internal",
        "networking.gke.io/internal-load-balancer-subnet": `${region.slug}-p2p-lb`,
      };
  }
}

/** The Service giving one pod its p2p address; `selector` picks exactly that pod. */
export function p2pService(region: RegionPlan, name: string, namespace: string, selector: Record<string, string>, address: P2pAddress): unknown {
  if (address.kind !== "load-balancer") throw new Error(`${name}: a Kubernetes node needs a load-balancer address`);
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name,
      namespace,
      labels: { "app.kubernetes.io/part-of": namespace, "meridian.io/p2p": "true" },
      annotations: annotations(region.provider, region, address.ip),
    },
    spec: {
      type: "LoadBalancer",
      // GKE and the AWS controller read the address from here, Azure from its annotation; all keep it fixed.
      loadBalancerIP: address.ip,
      // Keep the caller's address, so each cloud's firewall rules see the peer region's range.
      externalTrafficPolicy: "Local",
      // Peers must connect before the node is ready: a node syncs only once it has peers.
      publishNotReadyAddresses: true,
      selector,
      ports: [
        { name: "rlpx", port: PORTS.p2p, targetPort: PORTS.p2p, protocol: "TCP" },
        { name: "discovery", port: PORTS.p2p, targetPort: PORTS.p2p, protocol: "UDP" },
      ],
    },
  };
}
