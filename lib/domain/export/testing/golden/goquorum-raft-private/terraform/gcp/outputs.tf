# Values other modules and operators need after apply.
output "network_names" {
  description = "VPC network per region."
  value       = {
    belgium     = google_compute_network.vpc.name
    netherlands = google_compute_network.vpc.name
  }
}

output "gke_get_credentials" {
  description = "Run these to point kubectl at each region's cluster before installing the Helm releases."
  value       = {
    belgium = "gcloud container clusters get-credentials ${google_container_cluster.belgium.name} --region europe-west1 --project ${var.project_id}"
  }
}

output "instance_private_ips" {
  description = "Private address per Compute Engine node."
  value       = {
    validator-netherlands-1 = google_compute_instance.validator_netherlands_1.network_interface[0].network_ip
    validator-netherlands-2 = google_compute_instance.validator_netherlands_2.network_interface[0].network_ip
    member-netherlands-1    = google_compute_instance.member_netherlands_1.network_interface[0].network_ip
  }
}
