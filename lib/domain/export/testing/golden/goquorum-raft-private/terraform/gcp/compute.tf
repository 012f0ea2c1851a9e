# GKE nodes run as a dedicated, minimally privileged service account rather than the Compute Engine default.
resource "google_service_account" "gke_nodes" {
  account_id   = "${local.name_prefix}-gke-nodes"
  display_name = "Meridian GKE nodes"
}

resource "google_project_iam_member" "gke_nodes" {
  for_each = toset(["roles/logging.logWriter","roles/monitoring.metricWriter","roles/monitoring.viewer","roles/artifactregistry.reader"])
  project  = var.project_id
  role     = each.value
  member   = "serviceAccount:${google_service_account.gke_nodes.email}"
}

# GKE in europe-west1: regional, private nodes, one node pool per node group.
resource "google_container_cluster" "belgium" {
  name                     = "${local.name_prefix}-belgium"
  location                 = "europe-west1"
  network                  = google_compute_network.vpc.id
  subnetwork               = google_compute_subnetwork.belgium_gke.id
  networking_mode          = "VPC_NATIVE"
  remove_default_node_pool = true
  initial_node_count       = 1
  deletion_protection      = true
  resource_labels          = local.labels

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.31.240.0/28"
  }

  release_channel {
    channel = "REGULAR"
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }
}

resource "google_container_node_pool" "belgium_validators_be" {
  name               = "validators-be"
  location           = "europe-west1"
  cluster            = google_container_cluster.belgium.id
  initial_node_count = 1

  autoscaling {
    total_min_node_count = 3
    total_max_node_count = 3
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = "n2-standard-4"
    disk_size_gb    = 50
    disk_type       = "pd-balanced"
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    labels          = {
      "meridian.io/node-group" = "validators-be"
      "meridian.io/role"       = "validator"
    }
    resource_labels = local.labels
    tags            = ["node-validators-be"]

    shielded_instance_config {
      enable_secure_boot = true
    }

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_node_pool" "belgium_private_be" {
  name               = "private-be"
  location           = "europe-west1"
  cluster            = google_container_cluster.belgium.id
  initial_node_count = 1

  autoscaling {
    total_min_node_count = 2
    total_max_node_count = 2
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = "n2-standard-2"
    disk_size_gb    = 50
    disk_type       = "pd-balanced"
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    labels          = {
      "meridian.io/node-group" = "private-be"
      "meridian.io/role"       = "member"
    }
    resource_labels = local.labels
    tags            = ["node-private-be"]

    shielded_instance_config {
      enable_secure_boot = true
    }

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

data "google_compute_zones" "netherlands" {
  region = "europe-west4"
  status = "UP"
}

# validator-netherlands-1: validator of group validators-nl
resource "google_compute_disk" "validator_netherlands_1_data" {
  name   = "${local.name_prefix}-validator-netherlands-1-data"
  zone   = data.google_compute_zones.netherlands.names[0 % length(data.google_compute_zones.netherlands.names)]
  size   = 256
  type   = "pd-balanced"
  labels = local.labels
}

resource "google_compute_instance" "validator_netherlands_1" {
  name         = "${local.name_prefix}-validator-netherlands-1"
  zone         = data.google_compute_zones.netherlands.names[0 % length(data.google_compute_zones.netherlands.names)]
  machine_type = "n2-standard-4"
  tags         = ["node-validators-nl"]
  labels       = merge(local.labels, { "meridian-node" = "validator-netherlands-1", "meridian-role" = "validator" })
  metadata     = {
    user-data = file("${path.module}/cloud-init.yaml")
    ssh-keys  = var.ssh_public_key == "" ? null : "meridian:${var.ssh_public_key}"
  }

  boot_disk {
    initialize_params {
      image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
      size  = 30
      type  = "pd-balanced"
    }
  }

  attached_disk {
    source      = google_compute_disk.validator_netherlands_1_data.id
    device_name = "data"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.netherlands_validators_nl.id
    network_ip = "10.21.0.4"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

# validator-netherlands-2: validator of group validators-nl
resource "google_compute_disk" "validator_netherlands_2_data" {
  name   = "${local.name_prefix}-validator-netherlands-2-data"
  zone   = data.google_compute_zones.netherlands.names[1 % length(data.google_compute_zones.netherlands.names)]
  size   = 256
  type   = "pd-balanced"
  labels = local.labels
}

resource "google_compute_instance" "validator_netherlands_2" {
  name         = "${local.name_prefix}-validator-netherlands-2"
  zone         = data.google_compute_zones.netherlands.names[1 % length(data.google_compute_zones.netherlands.names)]
  machine_type = "n2-standard-4"
  tags         = ["node-validators-nl"]
  labels       = merge(local.labels, { "meridian-node" = "validator-netherlands-2", "meridian-role" = "validator" })
  metadata     = {
    user-data = file("${path.module}/cloud-init.yaml")
    ssh-keys  = var.ssh_public_key == "" ? null : "meridian:${var.ssh_public_key}"
  }

  boot_disk {
    initialize_params {
      image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
      size  = 30
      type  = "pd-balanced"
    }
  }

  attached_disk {
    source      = google_compute_disk.validator_netherlands_2_data.id
    device_name = "data"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.netherlands_validators_nl.id
    network_ip = "10.21.0.5"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

# member-netherlands-1: member of group private-nl
resource "google_compute_disk" "member_netherlands_1_data" {
  name   = "${local.name_prefix}-member-netherlands-1-data"
  zone   = data.google_compute_zones.netherlands.names[0 % length(data.google_compute_zones.netherlands.names)]
  size   = 256
  type   = "pd-balanced"
  labels = local.labels
}

resource "google_compute_instance" "member_netherlands_1" {
  name         = "${local.name_prefix}-member-netherlands-1"
  zone         = data.google_compute_zones.netherlands.names[0 % length(data.google_compute_zones.netherlands.names)]
  machine_type = "n2-standard-2"
  tags         = ["node-private-nl"]
  labels       = merge(local.labels, { "meridian-node" = "member-netherlands-1", "meridian-role" = "member" })
  metadata     = {
    user-data = file("${path.module}/cloud-init.yaml")
    ssh-keys  = var.ssh_public_key == "" ? null : "meridian:${var.ssh_public_key}"
  }

  boot_disk {
    initialize_params {
      image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
      size  = 30
      type  = "pd-balanced"
    }
  }

  attached_disk {
    source      = google_compute_disk.member_netherlands_1_data.id
    device_name = "data"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.netherlands_private_nl.id
    network_ip = "10.21.1.4"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

resource "google_compute_instance_template" "netherlands_rpc_nl" {
  name_prefix  = "${local.name_prefix}-rpc-nl-"
  machine_type = "n2-standard-4"
  region       = "europe-west4"
  tags         = ["node-rpc-nl"]
  labels       = local.labels
  metadata     = {
    user-data = file("${path.module}/cloud-init.yaml")
    ssh-keys  = var.ssh_public_key == "" ? null : "meridian:${var.ssh_public_key}"
  }

  disk {
    source_image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
    boot         = true
    auto_delete  = true
    disk_size_gb = 30
    disk_type    = "pd-balanced"
  }

  disk {
    boot         = false
    auto_delete  = false
    disk_size_gb = 256
    disk_type    = "pd-balanced"
    device_name  = "data"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.netherlands_rpc_nl.id
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "netherlands_rpc_nl" {
  name               = "${local.name_prefix}-netherlands-rpc-nl-2"
  region             = "europe-west4"
  base_instance_name = "${local.name_prefix}-rpc-nl"

  version {
    instance_template = google_compute_instance_template.netherlands_rpc_nl.self_link_unique
  }
}

resource "google_compute_region_autoscaler" "netherlands_rpc_nl" {
  name   = "${local.name_prefix}-netherlands-rpc-nl-autoscaler"
  region = "europe-west4"
  target = google_compute_region_instance_group_manager.netherlands_rpc_nl.id

  autoscaling_policy {
    min_replicas    = 1
    max_replicas    = 3
    cooldown_period = 120

    cpu_utilization {
      target = 0.6
    }
  }
}
