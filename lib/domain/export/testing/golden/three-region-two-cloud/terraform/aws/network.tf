# Region virginia (us-east-1)
data "aws_availability_zones" "virginia" {
  provider = aws.us_east_1
  state    = "available"
}

resource "aws_vpc" "virginia" {
  provider             = aws.us_east_1
  cidr_block           = "10.3.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = {
    Name = "${local.name_prefix}-virginia"
  }
}

resource "aws_internet_gateway" "virginia" {
  provider = aws.us_east_1
  vpc_id   = aws_vpc.virginia.id
  tags     = {
    Name = "${local.name_prefix}-virginia"
  }
}

resource "aws_subnet" "virginia_public" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.255.0/26"
  availability_zone = data.aws_availability_zones.virginia.names[0]
  tags              = {
    Name = "${local.name_prefix}-virginia-public"
  }
}

resource "aws_eip" "virginia_nat" {
  provider = aws.us_east_1
  domain   = "vpc"
  tags     = {
    Name = "${local.name_prefix}-virginia-nat"
  }
}

resource "aws_nat_gateway" "virginia" {
  provider      = aws.us_east_1
  allocation_id = aws_eip.virginia_nat.id
  subnet_id     = aws_subnet.virginia_public.id
  tags          = {
    Name = "${local.name_prefix}-virginia"
  }
  depends_on    = [aws_internet_gateway.virginia]
}

resource "aws_route_table" "virginia_public" {
  provider = aws.us_east_1
  vpc_id   = aws_vpc.virginia.id
  tags     = {
    Name = "${local.name_prefix}-virginia-public"
  }
}

resource "aws_route" "virginia_public_internet" {
  provider               = aws.us_east_1
  route_table_id         = aws_route_table.virginia_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.virginia.id
}

resource "aws_route_table_association" "virginia_public" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_public.id
  route_table_id = aws_route_table.virginia_public.id
}

# Node subnets are private: egress through the NAT gateway, peers through peering or VPN routes.
resource "aws_route_table" "virginia_private" {
  provider = aws.us_east_1
  vpc_id   = aws_vpc.virginia.id
  tags     = {
    Name = "${local.name_prefix}-virginia-private"
  }
}

resource "aws_route" "virginia_private_internet" {
  provider               = aws.us_east_1
  route_table_id         = aws_route_table.virginia_private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.virginia.id
}

resource "aws_subnet" "virginia_lb" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.255.192/26"
  availability_zone = data.aws_availability_zones.virginia.names[0]
  tags              = {
    Name                              = "${local.name_prefix}-virginia-p2p-lb"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_route_table_association" "virginia_lb" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_lb.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_validators_virginia_a" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.0.0/26"
  availability_zone = data.aws_availability_zones.virginia.names[0]
  tags              = {
    Name                = "${local.name_prefix}-virginia-validators-virginia-a"
    meridian-node-group = "validators-virginia"
  }
}

resource "aws_route_table_association" "virginia_validators_virginia_a" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_validators_virginia_a.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_validators_virginia_b" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.0.64/26"
  availability_zone = data.aws_availability_zones.virginia.names[1]
  tags              = {
    Name                = "${local.name_prefix}-virginia-validators-virginia-b"
    meridian-node-group = "validators-virginia"
  }
}

resource "aws_route_table_association" "virginia_validators_virginia_b" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_validators_virginia_b.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_validators_virginia_c" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.0.128/26"
  availability_zone = data.aws_availability_zones.virginia.names[2]
  tags              = {
    Name                = "${local.name_prefix}-virginia-validators-virginia-c"
    meridian-node-group = "validators-virginia"
  }
}

resource "aws_route_table_association" "virginia_validators_virginia_c" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_validators_virginia_c.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_boot_virginia_a" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.1.0/26"
  availability_zone = data.aws_availability_zones.virginia.names[0]
  tags              = {
    Name                = "${local.name_prefix}-virginia-boot-virginia-a"
    meridian-node-group = "boot-virginia"
  }
}

resource "aws_route_table_association" "virginia_boot_virginia_a" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_boot_virginia_a.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_boot_virginia_b" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.1.64/26"
  availability_zone = data.aws_availability_zones.virginia.names[1]
  tags              = {
    Name                = "${local.name_prefix}-virginia-boot-virginia-b"
    meridian-node-group = "boot-virginia"
  }
}

resource "aws_route_table_association" "virginia_boot_virginia_b" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_boot_virginia_b.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_boot_virginia_c" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.1.128/26"
  availability_zone = data.aws_availability_zones.virginia.names[2]
  tags              = {
    Name                = "${local.name_prefix}-virginia-boot-virginia-c"
    meridian-node-group = "boot-virginia"
  }
}

resource "aws_route_table_association" "virginia_boot_virginia_c" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_boot_virginia_c.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_archive_virginia_a" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.2.0/26"
  availability_zone = data.aws_availability_zones.virginia.names[0]
  tags              = {
    Name                = "${local.name_prefix}-virginia-archive-virginia-a"
    meridian-node-group = "archive-virginia"
  }
}

resource "aws_route_table_association" "virginia_archive_virginia_a" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_archive_virginia_a.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_archive_virginia_b" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.2.64/26"
  availability_zone = data.aws_availability_zones.virginia.names[1]
  tags              = {
    Name                = "${local.name_prefix}-virginia-archive-virginia-b"
    meridian-node-group = "archive-virginia"
  }
}

resource "aws_route_table_association" "virginia_archive_virginia_b" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_archive_virginia_b.id
  route_table_id = aws_route_table.virginia_private.id
}

resource "aws_subnet" "virginia_archive_virginia_c" {
  provider          = aws.us_east_1
  vpc_id            = aws_vpc.virginia.id
  cidr_block        = "10.3.2.128/26"
  availability_zone = data.aws_availability_zones.virginia.names[2]
  tags              = {
    Name                = "${local.name_prefix}-virginia-archive-virginia-c"
    meridian-node-group = "archive-virginia"
  }
}

resource "aws_route_table_association" "virginia_archive_virginia_c" {
  provider       = aws.us_east_1
  subnet_id      = aws_subnet.virginia_archive_virginia_c.id
  route_table_id = aws_route_table.virginia_private.id
}
