// Azure price level per region: the pay-as-you-go Linux Standard_D4s_v5 price there divided by East US's,
// rounded to 0.01. Compiled from the public price lists (Azure Retail Prices API) as of 2026-11. China
// (21Vianet): CNY list prices converted at 7.1 CNY/USD, approximate. Government and DoD: Azure Government's
// own list prices. Figures marked "approx." are not the region's own list price: they are approximated from
// the nearest priced region open to all customers, which each comment names; access-restricted in-country
// partner regions take their partner's figure x1.22, the median of the priced pairs (francesouth,
// germanynorth, switzerlandwest, brazilsoutheast over their primaries: 1.25, 1.21, 1.23, 1.19).

export const AZURE_REGION_MULTIPLIERS: Readonly<Record<string, number>> = {
  // Americas
  eastus: 1.0, eastus2: 1.0, westus2: 1.0, westus3: 1.0,
  centralus: 1.1, northcentralus: 1.1, southcentralus: 1.1, westcentralus: 1.1, westus: 1.2,
  canadacentral: 1.1, canadaeast: 1.1, mexicocentral: 1.2,
  brazilsouth: 1.55, brazilsoutheast: 1.85,
  // approx.: the nearest priced region, brazilsouth, whose prices carry Brazilian taxes, scaled by Google Cloud's
  // Santiago / Sao Paulo ratio (1.43 / 1.59).
  chilecentral: 1.39,
  // Europe
  northeurope: 1.1, westeurope: 1.2, uksouth: 1.16, ukwest: 1.2, francecentral: 1.2, francesouth: 1.5,
  germanywestcentral: 1.2, germanynorth: 1.45, switzerlandnorth: 1.3, switzerlandwest: 1.6,
  norwayeast: 1.3, swedencentral: 1.07, polandcentral: 1.2, italynorth: 1.2, spaincentral: 1.15,
  norwaywest: 1.59, // approx.: restricted partner of norwayeast, x1.22
  swedensouth: 1.31, // approx.: restricted partner of swedencentral, x1.22
  denmarkeast: 1.3, // approx.: nearest open priced region, norwayeast (germanynorth is restricted)
  austriaeast: 1.2, // approx.: nearest open priced region, polandcentral
  belgiumcentral: 1.2, // approx.: nearest priced region, westeurope
  // Middle East and Africa
  uaenorth: 1.25, qatarcentral: 1.25, israelcentral: 1.3, southafricanorth: 1.3,
  uaecentral: 1.53, // approx.: restricted partner of uaenorth, x1.22
  southafricawest: 1.59, // approx.: restricted partner of southafricanorth, x1.22
  // Asia Pacific
  eastasia: 1.45, southeastasia: 1.2, japaneast: 1.3, japanwest: 1.35, koreacentral: 1.2, koreasouth: 1.15,
  australiaeast: 1.25, australiasoutheast: 1.25, centralindia: 1.1, southindia: 1.15, westindia: 1.2,
  australiacentral: 1.25, australiacentral2: 1.25, // approx.: nearest priced region, australiaeast
  newzealandnorth: 1.25, // approx.: nearest priced region, australiaeast
  // approx.: the nearest open priced region, centralindia (westindia is restricted).
  jioindiawest: 1.1, jioindiacentral: 1.1,
  indonesiacentral: 1.2, malaysiawest: 1.2, // approx.: nearest priced region, southeastasia
  // Azure Government (gov, DoD)
  usgovvirginia: 1.25, usgovtexas: 1.25, usgovarizona: 1.25, usdodcentral: 1.3, usdodeast: 1.3,
  // Azure operated by 21Vianet (China)
  chinaeast2: 1.3, chinanorth2: 1.3, chinanorth3: 1.3, chinaeast3: 1.3,
  chinaeast: 1.3, chinanorth: 1.3, // approx.: first-generation regions without v5 sizes; chinaeast2 / chinanorth2
};
