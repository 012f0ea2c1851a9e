// Azure regions: public cloud, Azure Government (gov + DoD) and Azure operated by 21Vianet (China).
// Sources (public Microsoft documentation): "Azure regions list" (learn.microsoft.com/azure/reliability/regions-list),
// "What is Azure Government?" and its region list,
// "Azure regions list" for Azure operated by 21Vianet (docs.azure.cn/en-us/reliability/regions-list),
// "What is Azure Extended Zones?". Compiled 2026-11 (as of the compiler's knowledge).
// Coordinates are approximate city coordinates; Microsoft publishes only a state or metro area.
// Availability zones: 3 where the region list shows zone support, else 0. In Azure Government only
// US Gov Virginia has zones; in China only China North 3.
// Not listed: retired regions (US Gov Iowa, Germany Central/Northeast), EUAP canary regions, and
// access-restricted regions without a public launch announcement.

import { defineRegions } from "./define-region";
import type { CatalogSource } from "./types";

export const AZURE_CATALOG_SOURCE: CatalogSource = {
  provider: "azure",
  compiled: "2026-11",
  documents: [
    { title: "Azure regions list (Microsoft Learn)", url: "https://learn.microsoft.com/azure/reliability/regions-list" },
    { title: "What is Azure Government? (Microsoft Learn)", url: "https://learn.microsoft.com/azure/azure-government/documentation-government-welcome" },
    { title: "Azure regions list, Azure operated by 21Vianet", url: "https://docs.azure.cn/en-us/reliability/regions-list" },
    { title: "What is Azure Extended Zones? (Microsoft Learn)", url: "https://learn.microsoft.com/azure/extended-zones/overview" },
  ],
  notes: [
    "Coordinates are approximate city coordinates.",
    "Availability zones: 3 where zone support is documented, 0 otherwise.",
    "Includes the 43 regions of Quorum Dev Quickstart's Azure list and every region of the bundled latency table.",
  ],
};

export const AZURE_REGIONS = defineRegions("azure", [
  // United States
  { id: "eastus", displayName: "East US", country: "US", city: "Ashburn, Virginia", lat: 39.04, lon: -77.49, geography: "United States", availabilityZones: 3 },
  { id: "eastus2", displayName: "East US 2", country: "US", city: "Boydton, Virginia", lat: 36.67, lon: -78.39, geography: "United States", availabilityZones: 3 },
  { id: "centralus", displayName: "Central US", country: "US", city: "Des Moines, Iowa", lat: 41.59, lon: -93.62, geography: "United States", availabilityZones: 3 },
  { id: "northcentralus", displayName: "North Central US", country: "US", city: "Chicago, Illinois", lat: 41.88, lon: -87.63, geography: "United States", availabilityZones: 0 },
  { id: "southcentralus", displayName: "South Central US", country: "US", city: "San Antonio, Texas", lat: 29.42, lon: -98.49, geography: "United States", availabilityZones: 3 },
  { id: "westcentralus", displayName: "West Central US", country: "US", city: "Cheyenne, Wyoming", lat: 41.14, lon: -104.82, geography: "United States", availabilityZones: 0 },
  { id: "westus", displayName: "West US", country: "US", city: "San Francisco, California", lat: 37.77, lon: -122.42, geography: "United States", availabilityZones: 0, edgeZones: ["losangeles"] },
  { id: "westus2", displayName: "West US 2", country: "US", city: "Quincy, Washington", lat: 47.23, lon: -119.85, geography: "United States", availabilityZones: 3 },
  { id: "westus3", displayName: "West US 3", country: "US", city: "Phoenix, Arizona", lat: 33.45, lon: -112.07, geography: "United States", availabilityZones: 3 },
  // Canada, Mexico, South America
  { id: "canadacentral", displayName: "Canada Central", country: "CA", city: "Toronto", lat: 43.65, lon: -79.38, geography: "Canada", availabilityZones: 3 },
  { id: "canadaeast", displayName: "Canada East", country: "CA", city: "Quebec City", lat: 46.81, lon: -71.21, geography: "Canada", availabilityZones: 0 },
  { id: "mexicocentral", displayName: "Mexico Central", country: "MX", city: "Querétaro", lat: 20.59, lon: -100.39, geography: "Mexico", availabilityZones: 3 },
  { id: "brazilsouth", displayName: "Brazil South", country: "BR", city: "São Paulo", lat: -23.55, lon: -46.63, geography: "South America", availabilityZones: 3 },
  { id: "brazilsoutheast", displayName: "Brazil Southeast", country: "BR", city: "Rio de Janeiro", lat: -22.91, lon: -43.17, geography: "South America", availabilityZones: 0 },
  { id: "chilecentral", displayName: "Chile Central", country: "CL", city: "Santiago", lat: -33.45, lon: -70.67, geography: "South America", availabilityZones: 3 },
  // Europe
  { id: "northeurope", displayName: "North Europe", country: "IE", city: "Dublin", lat: 53.35, lon: -6.26, geography: "Europe", availabilityZones: 3 },
  { id: "westeurope", displayName: "West Europe", country: "NL", city: "Amsterdam", lat: 52.37, lon: 4.9, geography: "Europe", availabilityZones: 3 },
  { id: "uksouth", displayName: "UK South", country: "GB", city: "London", lat: 51.51, lon: -0.13, geography: "Europe", availabilityZones: 3 },
  { id: "ukwest", displayName: "UK West", country: "GB", city: "Cardiff", lat: 51.48, lon: -3.18, geography: "Europe", availabilityZones: 0 },
  { id: "francecentral", displayName: "France Central", country: "FR", city: "Paris", lat: 48.86, lon: 2.35, geography: "Europe", availabilityZones: 3 },
  { id: "francesouth", displayName: "France South", country: "FR", city: "Marseille", lat: 43.3, lon: 5.37, geography: "Europe", availabilityZones: 0 },
  { id: "germanywestcentral", displayName: "Germany West Central", country: "DE", city: "Frankfurt", lat: 50.11, lon: 8.68, geography: "Europe", availabilityZones: 3 },
  { id: "germanynorth", displayName: "Germany North", country: "DE", city: "Berlin", lat: 52.52, lon: 13.4, geography: "Europe", availabilityZones: 0 },
  { id: "switzerlandnorth", displayName: "Switzerland North", country: "CH", city: "Zurich", lat: 47.38, lon: 8.54, geography: "Europe", availabilityZones: 3 },
  { id: "switzerlandwest", displayName: "Switzerland West", country: "CH", city: "Geneva", lat: 46.2, lon: 6.14, geography: "Europe", availabilityZones: 0 },
  { id: "norwayeast", displayName: "Norway East", country: "NO", city: "Oslo", lat: 59.91, lon: 10.75, geography: "Europe", availabilityZones: 3 },
  { id: "norwaywest", displayName: "Norway West", country: "NO", city: "Stavanger", lat: 58.97, lon: 5.73, geography: "Europe", availabilityZones: 0 },
  { id: "swedencentral", displayName: "Sweden Central", country: "SE", city: "Gävle", lat: 60.67, lon: 17.14, geography: "Europe", availabilityZones: 3 },
  { id: "swedensouth", displayName: "Sweden South", country: "SE", city: "Malmö", lat: 55.6, lon: 13.0, geography: "Europe", availabilityZones: 0 },
  { id: "denmarkeast", displayName: "Denmark East", country: "DK", city: "Copenhagen", lat: 55.68, lon: 12.57, geography: "Europe", availabilityZones: 3 },
  { id: "polandcentral", displayName: "Poland Central", country: "PL", city: "Warsaw", lat: 52.23, lon: 21.01, geography: "Europe", availabilityZones: 3 },
  { id: "italynorth", displayName: "Italy North", country: "IT", city: "Milan", lat: 45.46, lon: 9.19, geography: "Europe", availabilityZones: 3 },
  { id: "spaincentral", displayName: "Spain Central", country: "ES", city: "Madrid", lat: 40.42, lon: -3.7, geography: "Europe", availabilityZones: 3 },
  { id: "austriaeast", displayName: "Austria East", country: "AT", city: "Vienna", lat: 48.21, lon: 16.37, geography: "Europe", availabilityZones: 3 },
  { id: "belgiumcentral", displayName: "Belgium Central", country: "BE", city: "Brussels", lat: 50.85, lon: 4.35, geography: "Europe", availabilityZones: 3 },
  // Middle East, Africa
  { id: "uaenorth", displayName: "UAE North", country: "AE", city: "Dubai", lat: 25.2, lon: 55.27, geography: "Middle East", availabilityZones: 3 },
  { id: "uaecentral", displayName: "UAE Central", country: "AE", city: "Abu Dhabi", lat: 24.45, lon: 54.38, geography: "Middle East", availabilityZones: 0 },
  { id: "qatarcentral", displayName: "Qatar Central", country: "QA", city: "Doha", lat: 25.29, lon: 51.53, geography: "Middle East", availabilityZones: 3 },
  { id: "israelcentral", displayName: "Israel Central", country: "IL", city: "Tel Aviv", lat: 32.09, lon: 34.78, geography: "Middle East", availabilityZones: 3 },
  { id: "southafricanorth", displayName: "South Africa North", country: "ZA", city: "Johannesburg", lat: -26.2, lon: 28.05, geography: "Africa", availabilityZones: 3 },
  { id: "southafricawest", displayName: "South Africa West", country: "ZA", city: "Cape Town", lat: -33.92, lon: 18.42, geography: "Africa", availabilityZones: 0 },
  // Asia Pacific
  { id: "eastasia", displayName: "East Asia", country: "HK", city: "Hong Kong", lat: 22.32, lon: 114.17, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "southeastasia", displayName: "Southeast Asia", country: "SG", city: "Singapore", lat: 1.35, lon: 103.82, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "japaneast", displayName: "Japan East", country: "JP", city: "Tokyo", lat: 35.68, lon: 139.69, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "japanwest", displayName: "Japan West", country: "JP", city: "Osaka", lat: 34.69, lon: 135.5, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "koreacentral", displayName: "Korea Central", country: "KR", city: "Seoul", lat: 37.57, lon: 126.98, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "koreasouth", displayName: "Korea South", country: "KR", city: "Busan", lat: 35.18, lon: 129.08, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "australiaeast", displayName: "Australia East", country: "AU", city: "Sydney", lat: -33.86, lon: 151.21, geography: "Asia Pacific", availabilityZones: 3, edgeZones: ["perth"] },
  { id: "australiasoutheast", displayName: "Australia Southeast", country: "AU", city: "Melbourne", lat: -37.81, lon: 144.96, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "australiacentral", displayName: "Australia Central", country: "AU", city: "Canberra", lat: -35.31, lon: 149.12, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "australiacentral2", displayName: "Australia Central 2", country: "AU", city: "Canberra", lat: -35.31, lon: 149.12, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "newzealandnorth", displayName: "New Zealand North", country: "NZ", city: "Auckland", lat: -36.85, lon: 174.76, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "centralindia", displayName: "Central India", country: "IN", city: "Pune", lat: 18.52, lon: 73.86, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "southindia", displayName: "South India", country: "IN", city: "Chennai", lat: 13.08, lon: 80.27, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "westindia", displayName: "West India", country: "IN", city: "Mumbai", lat: 19.08, lon: 72.88, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "jioindiawest", displayName: "Jio India West", country: "IN", city: "Jamnagar", lat: 22.47, lon: 70.06, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "jioindiacentral", displayName: "Jio India Central", country: "IN", city: "Nagpur", lat: 21.15, lon: 79.09, geography: "Asia Pacific", availabilityZones: 0 },
  { id: "indonesiacentral", displayName: "Indonesia Central", country: "ID", city: "Jakarta", lat: -6.21, lon: 106.85, geography: "Asia Pacific", availabilityZones: 3 },
  { id: "malaysiawest", displayName: "Malaysia West", country: "MY", city: "Kuala Lumpur", lat: 3.14, lon: 101.69, geography: "Asia Pacific", availabilityZones: 3 },
  // Azure Government (gov) and its DoD regions (dod)
  { id: "usgovvirginia", displayName: "US Gov Virginia", country: "US", city: "Boydton, Virginia", lat: 36.67, lon: -78.39, geography: "United States", availabilityZones: 3, classification: "gov" },
  { id: "usgovtexas", displayName: "US Gov Texas", country: "US", city: "San Antonio, Texas", lat: 29.42, lon: -98.49, geography: "United States", availabilityZones: 0, classification: "gov" },
  { id: "usgovarizona", displayName: "US Gov Arizona", country: "US", city: "Phoenix, Arizona", lat: 33.45, lon: -112.07, geography: "United States", availabilityZones: 0, classification: "gov" },
  { id: "usdodcentral", displayName: "US DoD Central", country: "US", city: "Des Moines, Iowa", lat: 41.59, lon: -93.62, geography: "United States", availabilityZones: 0, classification: "dod" },
  { id: "usdodeast", displayName: "US DoD East", country: "US", city: "Boydton, Virginia", lat: 36.67, lon: -78.39, geography: "United States", availabilityZones: 0, classification: "dod" },
  // Azure operated by 21Vianet (china)
  { id: "chinaeast", displayName: "China East", country: "CN", city: "Shanghai", lat: 31.23, lon: 121.47, geography: "China", availabilityZones: 0, classification: "china" },
  { id: "chinaeast2", displayName: "China East 2", country: "CN", city: "Shanghai", lat: 31.23, lon: 121.47, geography: "China", availabilityZones: 0, classification: "china" },
  { id: "chinaeast3", displayName: "China East 3", country: "CN", city: "Shanghai", lat: 31.23, lon: 121.47, geography: "China", availabilityZones: 0, classification: "china" },
  { id: "chinanorth", displayName: "China North", country: "CN", city: "Beijing", lat: 39.9, lon: 116.4, geography: "China", availabilityZones: 0, classification: "china" },
  { id: "chinanorth2", displayName: "China North 2", country: "CN", city: "Beijing", lat: 39.9, lon: 116.4, geography: "China", availabilityZones: 0, classification: "china" },
  { id: "chinanorth3", displayName: "China North 3", country: "CN", city: "Zhangjiakou, Hebei", lat: 40.77, lon: 114.88, geography: "China", availabilityZones: 3, classification: "china" },
]);
