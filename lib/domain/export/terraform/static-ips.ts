// Fixed private addresses for virtual machines, so enode URLs and firewall rules can name them before
// anything is applied. Every cloud reserves the first four addresses of a subnet, so hosts start at .4.

import { host, parseCidr, size } from "../ipv4";

const FIRST_HOST = 4;

/** The address of the index-th machine in a subnet, or undefined when the subnet is too small for it. */
export function staticIp(cidr: string, index: number): string | undefined {
  const block = parseCidr(cidr);
  const n = FIRST_HOST + index;
  // The last address is broadcast on Azure and AWS, and reserved on Google Cloud with the one before.
  return n < size(block.prefix) - 2 ? host(block, n) : undefined;
}
