resource "google_compute_firewall" "belgium_validators_be_peers" {
  name          = "${local.name_prefix}-belgium-validators-be-peers"
  network       = google_compute_network.vpc.name
  description   = "devp2p (RLPx) from the regions with a path here; devp2p discovery from the regions with a path here; Raft consensus between nodes"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/15", "100.64.0.0/16"]
  target_tags   = ["node-validators-be"]

  allow {
    protocol = "tcp"
    ports    = ["30303", "53000"]
  }

  allow {
    protocol = "udp"
    ports    = ["30303"]
  }
}

resource "google_compute_firewall" "belgium_validators_be_allow_2" {
  name          = "${local.name_prefix}-belgium-validators-be-allow-2"
  network       = google_compute_network.vpc.name
  description   = "Prometheus metrics from the region's own network"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/16"]
  target_tags   = ["node-validators-be"]

  allow {
    protocol = "tcp"
    ports    = ["9545"]
  }
}

resource "google_compute_firewall" "belgium_validators_be_internal" {
  name        = "${local.name_prefix}-belgium-validators-be-internal"
  network     = google_compute_network.vpc.name
  description = "Any traffic between the group's own hosts"
  direction   = "INGRESS"
  source_tags = ["node-validators-be"]
  target_tags = ["node-validators-be"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "belgium_private_be_peers" {
  name          = "${local.name_prefix}-belgium-private-be-peers"
  network       = google_compute_network.vpc.name
  description   = "devp2p (RLPx) from the regions with a path here; devp2p discovery from the regions with a path here; Tessera peer-to-peer between private members; Raft consensus between nodes"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/15", "100.64.0.0/16"]
  target_tags   = ["node-private-be"]

  allow {
    protocol = "tcp"
    ports    = ["30303", "9000", "53000"]
  }

  allow {
    protocol = "udp"
    ports    = ["30303"]
  }
}

resource "google_compute_firewall" "belgium_private_be_allow_2" {
  name          = "${local.name_prefix}-belgium-private-be-allow-2"
  network       = google_compute_network.vpc.name
  description   = "JSON-RPC and WebSocket (applications in the region); Prometheus metrics from the region's own network"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/16"]
  target_tags   = ["node-private-be"]

  allow {
    protocol = "tcp"
    ports    = ["8545-8546", "9545"]
  }
}

resource "google_compute_firewall" "belgium_private_be_internal" {
  name        = "${local.name_prefix}-belgium-private-be-internal"
  network     = google_compute_network.vpc.name
  description = "Any traffic between the group's own hosts"
  direction   = "INGRESS"
  source_tags = ["node-private-be"]
  target_tags = ["node-private-be"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "netherlands_validators_nl_peers" {
  name          = "${local.name_prefix}-netherlands-validators-nl-peers"
  network       = google_compute_network.vpc.name
  description   = "devp2p (RLPx) from the regions with a path here; devp2p discovery from the regions with a path here; Raft consensus between nodes"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/15", "100.64.0.0/16"]
  target_tags   = ["node-validators-nl"]

  allow {
    protocol = "tcp"
    ports    = ["30303", "53000"]
  }

  allow {
    protocol = "udp"
    ports    = ["30303"]
  }
}

resource "google_compute_firewall" "netherlands_validators_nl_allow_2" {
  name          = "${local.name_prefix}-netherlands-validators-nl-allow-2"
  network       = google_compute_network.vpc.name
  description   = "Prometheus metrics from the region's own network"
  direction     = "INGRESS"
  source_ranges = ["10.21.0.0/16"]
  target_tags   = ["node-validators-nl"]

  allow {
    protocol = "tcp"
    ports    = ["9545"]
  }
}

resource "google_compute_firewall" "netherlands_validators_nl_internal" {
  name        = "${local.name_prefix}-netherlands-validators-nl-internal"
  network     = google_compute_network.vpc.name
  description = "Any traffic between the group's own hosts"
  direction   = "INGRESS"
  source_tags = ["node-validators-nl"]
  target_tags = ["node-validators-nl"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "netherlands_private_nl_peers" {
  name          = "${local.name_prefix}-netherlands-private-nl-peers"
  network       = google_compute_network.vpc.name
  description   = "devp2p (RLPx) from the regions with a path here; devp2p discovery from the regions with a path here; Tessera peer-to-peer between private members; Raft consensus between nodes"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/15", "100.64.0.0/16"]
  target_tags   = ["node-private-nl"]

  allow {
    protocol = "tcp"
    ports    = ["30303", "9000", "53000"]
  }

  allow {
    protocol = "udp"
    ports    = ["30303"]
  }
}

resource "google_compute_firewall" "netherlands_private_nl_allow_2" {
  name          = "${local.name_prefix}-netherlands-private-nl-allow-2"
  network       = google_compute_network.vpc.name
  description   = "JSON-RPC and WebSocket (applications in the region); Prometheus metrics from the region's own network"
  direction     = "INGRESS"
  source_ranges = ["10.21.0.0/16"]
  target_tags   = ["node-private-nl"]

  allow {
    protocol = "tcp"
    ports    = ["8545-8546", "9545"]
  }
}

resource "google_compute_firewall" "netherlands_private_nl_internal" {
  name        = "${local.name_prefix}-netherlands-private-nl-internal"
  network     = google_compute_network.vpc.name
  description = "Any traffic between the group's own hosts"
  direction   = "INGRESS"
  source_tags = ["node-private-nl"]
  target_tags = ["node-private-nl"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "netherlands_rpc_nl_peers" {
  name          = "${local.name_prefix}-netherlands-rpc-nl-peers"
  network       = google_compute_network.vpc.name
  description   = "devp2p (RLPx) from the regions with a path here; devp2p discovery from the regions with a path here; Raft consensus between nodes"
  direction     = "INGRESS"
  source_ranges = ["10.20.0.0/15", "100.64.0.0/16"]
  target_tags   = ["node-rpc-nl"]

  allow {
    protocol = "tcp"
    ports    = ["30303", "53000"]
  }

  allow {
    protocol = "udp"
    ports    = ["30303"]
  }
}

resource "google_compute_firewall" "netherlands_rpc_nl_allow_2" {
  name          = "${local.name_prefix}-netherlands-rpc-nl-allow-2"
  network       = google_compute_network.vpc.name
  description   = "JSON-RPC and WebSocket (private exposure); Prometheus metrics from the region's own network"
  direction     = "INGRESS"
  source_ranges = ["10.21.0.0/16"]
  target_tags   = ["node-rpc-nl"]

  allow {
    protocol = "tcp"
    ports    = ["8545-8546", "9545"]
  }
}

resource "google_compute_firewall" "netherlands_rpc_nl_internal" {
  name        = "${local.name_prefix}-netherlands-rpc-nl-internal"
  network     = google_compute_network.vpc.name
  description = "Any traffic between the group's own hosts"
  direction   = "INGRESS"
  source_tags = ["node-rpc-nl"]
  target_tags = ["node-rpc-nl"]

  allow {
    protocol = "all"
  }
}
