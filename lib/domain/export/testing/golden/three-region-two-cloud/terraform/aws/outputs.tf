# Values other modules and operators need after apply.
output "vpc_ids" {
  description = "VPC id per region."
  value       = {
    virginia = aws_vpc.virginia.id
  }
}

output "nat_public_ips" {
  description = "Egress address per region, for allow-lists elsewhere."
  value       = {
    virginia = aws_eip.virginia_nat.public_ip
  }
}

output "eks_update_kubeconfig" {
  description = "Run these to point kubectl at each region's cluster before installing the Helm releases."
  value       = {
    virginia = "aws eks update-kubeconfig --region us-east-1 --name ${aws_eks_cluster.virginia.name}"
  }
}

output "instance_private_ips" {
  description = "Private address per EC2 node."
  value       = {
    bootnode-virginia-1 = aws_instance.bootnode_virginia_1.private_ip
    archive-virginia-1  = aws_instance.archive_virginia_1.private_ip
  }
}
