# One VPC for every region: Google Cloud networks are global, so regions reach each other through it.
resource "google_compute_network" "vpc" {
  name                    = "${local.name_prefix}-vpc"
  auto_create_subnetworks = false
  routing_mode            = "GLOBAL"
}

# Region belgium (europe-west1)
resource "google_compute_subnetwork" "belgium_gke" {
  name                     = "${local.name_prefix}-belgium-gke"
  region                   = "europe-west1"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.20.0.0/24"
  private_ip_google_access = true

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "100.64.0.0/16"
  }

  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "172.16.0.0/20"
  }
}

resource "google_compute_subnetwork" "belgium_lb" {
  name                     = "${local.name_prefix}-belgium-p2p-lb"
  region                   = "europe-west1"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.20.255.192/26"
  private_ip_google_access = true
}

resource "google_compute_router" "belgium" {
  name    = "${local.name_prefix}-belgium-router"
  region  = "europe-west1"
  network = google_compute_network.vpc.id
}

resource "google_compute_router_nat" "belgium" {
  name                               = "${local.name_prefix}-belgium-nat"
  region                             = "europe-west1"
  router                             = google_compute_router.belgium.name
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

# Region netherlands (europe-west4)
resource "google_compute_subnetwork" "netherlands_validators_nl" {
  name                     = "${local.name_prefix}-netherlands-validators-nl"
  region                   = "europe-west4"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.21.0.0/24"
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "netherlands_private_nl" {
  name                     = "${local.name_prefix}-netherlands-private-nl"
  region                   = "europe-west4"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.21.1.0/24"
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "netherlands_rpc_nl" {
  name                     = "${local.name_prefix}-netherlands-rpc-nl"
  region                   = "europe-west4"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.21.2.0/24"
  private_ip_google_access = true
}

resource "google_compute_router" "netherlands" {
  name    = "${local.name_prefix}-netherlands-router"
  region  = "europe-west4"
  network = google_compute_network.vpc.id
}

resource "google_compute_router_nat" "netherlands" {
  name                               = "${local.name_prefix}-netherlands-nat"
  region                             = "europe-west4"
  router                             = google_compute_router.netherlands.name
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}
