resource "aws_security_group" "virginia_validators_virginia" {
  provider    = aws.us_east_1
  name        = "${local.name_prefix}-virginia-validators-virginia"
  description = "Node group validators-virginia (validator)"
  vpc_id      = aws_vpc.virginia.id
  tags        = {
    Name = "${local.name_prefix}-virginia-validators-virginia"
  }

  ingress {
    description = "devp2p (RLPx) from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "devp2p discovery from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "udp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "Prometheus metrics from the region's own network"
    from_port   = 9545
    to_port     = 9545
    protocol    = "tcp"
    cidr_blocks = ["10.3.0.0/16"]
  }

  ingress {
    description = "Any traffic between the group's own hosts"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  egress {
    description = "Outbound to peers, image registries and package mirrors"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "virginia_boot_virginia" {
  provider    = aws.us_east_1
  name        = "${local.name_prefix}-virginia-boot-virginia"
  description = "Node group boot-virginia (bootnode)"
  vpc_id      = aws_vpc.virginia.id
  tags        = {
    Name = "${local.name_prefix}-virginia-boot-virginia"
  }

  ingress {
    description = "devp2p (RLPx) from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "devp2p discovery from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "udp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "Prometheus metrics from the region's own network"
    from_port   = 9545
    to_port     = 9545
    protocol    = "tcp"
    cidr_blocks = ["10.3.0.0/16"]
  }

  ingress {
    description = "Any traffic between the group's own hosts"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  egress {
    description = "Outbound to peers, image registries and package mirrors"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "virginia_archive_virginia" {
  provider    = aws.us_east_1
  name        = "${local.name_prefix}-virginia-archive-virginia"
  description = "Node group archive-virginia (archive)"
  vpc_id      = aws_vpc.virginia.id
  tags        = {
    Name = "${local.name_prefix}-virginia-archive-virginia"
  }

  ingress {
    description = "devp2p (RLPx) from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "devp2p discovery from the regions with a path here"
    from_port   = 30303
    to_port     = 30303
    protocol    = "udp"
    cidr_blocks = ["10.1.0.0/16", "10.2.0.0/15"]
  }

  ingress {
    description = "JSON-RPC and WebSocket (applications in the region)"
    from_port   = 8545
    to_port     = 8546
    protocol    = "tcp"
    cidr_blocks = ["10.3.0.0/16"]
  }

  ingress {
    description = "Prometheus metrics from the region's own network"
    from_port   = 9545
    to_port     = 9545
    protocol    = "tcp"
    cidr_blocks = ["10.3.0.0/16"]
  }

  ingress {
    description = "Any traffic between the group's own hosts"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  egress {
    description = "Outbound to peers, image registries and package mirrors"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
