// Terraform for every cloud the document uses: one root module per cloud, a cross-cloud VPN module when
// links cross providers, and common.tfvars with the variables they share.

import type { NodeInstance } from "../nodes";
import type { TopologyDocument } from "../../schema";
import type { ExportFile } from "../types";
import { awsModule } from "./aws";
import { azureModule } from "./azure";
import { gcpModule } from "./gcp";
import type { TerraformModule } from "./module";
import { planNetwork, type NetworkPlan } from "./plan";
import { commonTfvars } from "./variables";
import { vpnModule } from "./vpn";

export interface TerraformExport {
  readonly files: ExportFile[];
  readonly modules: readonly TerraformModule[];
  readonly plan: NetworkPlan;
}

export function terraformFiles(doc: TopologyDocument, nodes: readonly NodeInstance[]): TerraformExport {
  const plan = planNetwork(doc, nodes);
  const modules = [azureModule(plan), awsModule(plan), gcpModule(plan), vpnModule(plan)].filter((m): m is TerraformModule => m !== undefined);
  const files: ExportFile[] = [{ path: "terraform/common.tfvars", contents: commonTfvars(plan), kind: "terraform" }];
  for (const m of modules) {
    for (const [name, contents] of Object.entries(m.files)) files.push({ path: `terraform/${m.dir}/${name}`, contents, kind: "terraform" });
  }
  return { files, modules, plan };
}

export type { NetworkPlan, TerraformModule };
export { planNetwork };
