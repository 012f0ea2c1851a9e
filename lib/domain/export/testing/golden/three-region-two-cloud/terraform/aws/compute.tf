# EKS roles, shared by every region's cluster.
data "aws_iam_policy_document" "eks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "eks_cluster" {
  name               = "${local.name_prefix}-eks-cluster"
  assume_role_policy = data.aws_iam_policy_document.eks_assume.json
}

resource "aws_iam_role_policy_attachment" "eks_cluster" {
  role       = aws_iam_role.eks_cluster.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_iam_role" "eks_nodes" {
  name               = "${local.name_prefix}-eks-nodes"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy_attachment" "eks_nodes_worker" {
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_cni" {
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_ecr" {
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_ebs" {
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_ssm" {
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

# EKS in us-east-1: one managed node group per node group, in its own subnets and security group.
resource "aws_eks_cluster" "virginia" {
  provider   = aws.us_east_1
  name       = "${local.name_prefix}-virginia"
  role_arn   = aws_iam_role.eks_cluster.arn
  tags       = {
    Name = "${local.name_prefix}-virginia"
  }
  depends_on = [aws_iam_role_policy_attachment.eks_cluster]

  vpc_config {
    subnet_ids              = [
      aws_subnet.virginia_validators_virginia_a.id,
      aws_subnet.virginia_validators_virginia_b.id,
      aws_subnet.virginia_validators_virginia_c.id,
    ]
    endpoint_private_access = true
    endpoint_public_access  = true
  }

  kubernetes_network_config {
    service_ipv4_cidr = "172.16.16.0/20"
  }
}

resource "aws_launch_template" "virginia_validators_virginia_eks" {
  provider               = aws.us_east_1
  name_prefix            = "${local.name_prefix}-virginia-validators-virginia-"
  vpc_security_group_ids = [
    aws_security_group.virginia_validators_virginia.id,
    aws_eks_cluster.virginia.vpc_config[0].cluster_security_group_id,
  ]

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 50
      volume_type = "gp3"
      encrypted   = true
    }
  }

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_eks_node_group" "virginia_validators_virginia" {
  provider        = aws.us_east_1
  cluster_name    = aws_eks_cluster.virginia.name
  node_group_name = "validators-virginia"
  node_role_arn   = aws_iam_role.eks_nodes.arn
  subnet_ids      = [
    aws_subnet.virginia_validators_virginia_a.id,
    aws_subnet.virginia_validators_virginia_b.id,
    aws_subnet.virginia_validators_virginia_c.id,
  ]
  instance_types  = ["m6i.xlarge"]
  labels          = {
    "meridian.io/node-group" = "validators-virginia"
    "meridian.io/role"       = "validator"
  }
  depends_on      = [
    aws_iam_role_policy_attachment.eks_nodes_worker,
    aws_iam_role_policy_attachment.eks_nodes_cni,
    aws_iam_role_policy_attachment.eks_nodes_ecr,
    aws_iam_role_policy_attachment.eks_nodes_ebs,
    aws_iam_role_policy_attachment.eks_nodes_ssm,
  ]

  scaling_config {
    desired_size = 2
    min_size     = 2
    max_size     = 2
  }

  launch_template {
    id      = aws_launch_template.virginia_validators_virginia_eks.id
    version = aws_launch_template.virginia_validators_virginia_eks.latest_version
  }
}

resource "aws_eks_addon" "virginia_ebs_csi" {
  provider     = aws.us_east_1
  cluster_name = aws_eks_cluster.virginia.name
  addon_name   = "aws-ebs-csi-driver"
  depends_on   = [aws_eks_node_group.virginia_validators_virginia]
}

data "aws_ami" "virginia_ubuntu_amd64" {
  provider    = aws.us_east_1
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }
}

# bootnode-virginia-1: bootnode of group boot-virginia
resource "aws_instance" "bootnode_virginia_1" {
  provider               = aws.us_east_1
  ami                    = data.aws_ami.virginia_ubuntu_amd64.id
  instance_type          = "t3.medium"
  subnet_id              = aws_subnet.virginia_boot_virginia_a.id
  private_ip             = "10.3.1.4"
  vpc_security_group_ids = [aws_security_group.virginia_boot_virginia.id]
  key_name               = var.ssh_key_name
  user_data              = file("${path.module}/cloud-init.yaml")
  tags                   = {
    Name          = "${local.name_prefix}-bootnode-virginia-1"
    meridian-node = "bootnode-virginia-1"
    meridian-role = "bootnode"
  }

  root_block_device {
    volume_size = 30
    volume_type = "gp3"
    encrypted   = true
  }

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_ebs_volume" "bootnode_virginia_1_data" {
  provider          = aws.us_east_1
  availability_zone = aws_instance.bootnode_virginia_1.availability_zone
  size              = 256
  type              = "gp3"
  encrypted         = true
  tags              = {
    Name = "${local.name_prefix}-bootnode-virginia-1-data"
  }
}

resource "aws_volume_attachment" "bootnode_virginia_1_data" {
  provider    = aws.us_east_1
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.bootnode_virginia_1_data.id
  instance_id = aws_instance.bootnode_virginia_1.id
}

# archive-virginia-1: archive of group archive-virginia
resource "aws_instance" "archive_virginia_1" {
  provider               = aws.us_east_1
  ami                    = data.aws_ami.virginia_ubuntu_amd64.id
  instance_type          = "r6i.xlarge"
  subnet_id              = aws_subnet.virginia_archive_virginia_a.id
  private_ip             = "10.3.2.4"
  vpc_security_group_ids = [aws_security_group.virginia_archive_virginia.id]
  key_name               = var.ssh_key_name
  user_data              = file("${path.module}/cloud-init.yaml")
  tags                   = {
    Name          = "${local.name_prefix}-archive-virginia-1"
    meridian-node = "archive-virginia-1"
    meridian-role = "archive"
  }

  root_block_device {
    volume_size = 30
    volume_type = "gp3"
    encrypted   = true
  }

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_ebs_volume" "archive_virginia_1_data" {
  provider          = aws.us_east_1
  availability_zone = aws_instance.archive_virginia_1.availability_zone
  size              = 2048
  type              = "io2"
  iops              = 3000
  encrypted         = true
  tags              = {
    Name = "${local.name_prefix}-archive-virginia-1-data"
  }
}

resource "aws_volume_attachment" "archive_virginia_1_data" {
  provider    = aws.us_east_1
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.archive_virginia_1_data.id
  instance_id = aws_instance.archive_virginia_1.id
}
