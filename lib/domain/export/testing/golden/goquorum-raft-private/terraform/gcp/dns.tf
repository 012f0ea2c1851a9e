# Private zone supply-chain-raft.internal: every node's p2p name, resolvable from the VPC (other clouds hold the same records).
resource "google_dns_managed_zone" "nodes" {
  name       = "${local.name_prefix}-nodes"
  dns_name   = "supply-chain-raft.internal."
  visibility = "private"
  labels     = local.labels

  private_visibility_config {
    networks {
      network_url = google_compute_network.vpc.id
    }
  }
}

resource "google_dns_record_set" "validator_belgium_1" {
  name         = "validator-belgium-1.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.20.255.196"]
}

resource "google_dns_record_set" "validator_belgium_2" {
  name         = "validator-belgium-2.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.20.255.197"]
}

resource "google_dns_record_set" "validator_belgium_3" {
  name         = "validator-belgium-3.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.20.255.198"]
}

resource "google_dns_record_set" "member_belgium_1" {
  name         = "member-belgium-1.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.20.255.199"]
}

resource "google_dns_record_set" "member_belgium_2" {
  name         = "member-belgium-2.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.20.255.200"]
}

resource "google_dns_record_set" "validator_netherlands_1" {
  name         = "validator-netherlands-1.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.21.0.4"]
}

resource "google_dns_record_set" "validator_netherlands_2" {
  name         = "validator-netherlands-2.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.21.0.5"]
}

resource "google_dns_record_set" "member_netherlands_1" {
  name         = "member-netherlands-1.supply-chain-raft.internal."
  managed_zone = google_dns_managed_zone.nodes.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.21.1.4"]
}
