// The curated marketplace catalog, in the order the marketplace lists it.

import type { MarketplaceTemplate } from "../types";
import { apacLowLatency } from "./apac-low-latency";
import { canadaUkAdequacy } from "./canada-uk-adequacy";
import { devMinimal } from "./dev-minimal";
import { euGdprAzureQbft } from "./eu-gdpr-azure-qbft";
import { gcpOnly } from "./gcp-only";
import { globalMulticloud } from "./global-multicloud";
import { goquorumRaftTessera } from "./goquorum-raft-tessera";
import { hubSpokeDr } from "./hub-spoke-dr";
import { publicRpcArchive } from "./public-rpc-archive";
import { soc2MultiRegion } from "./soc2-multi-region";
import { usGovCloud } from "./us-gov-cloud";
import { usHipaaAwsAzure } from "./us-hipaa-aws-azure";

export const TEMPLATES: readonly MarketplaceTemplate[] = Object.freeze([
  devMinimal,
  euGdprAzureQbft,
  usHipaaAwsAzure,
  globalMulticloud,
  apacLowLatency,
  hubSpokeDr,
  goquorumRaftTessera,
  publicRpcArchive,
  soc2MultiRegion,
  gcpOnly,
  usGovCloud,
  canadaUkAdequacy,
]);
