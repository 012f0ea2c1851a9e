# Private zone trade-finance.internal: every node's p2p name, resolvable from every VPC (other clouds hold the same records).
resource "aws_route53_zone" "nodes" {
  name    = "trade-finance.internal"
  comment = "Node names of the network, managed by Meridian"

  vpc {
    vpc_id     = aws_vpc.virginia.id
    vpc_region = "us-east-1"
  }
}

resource "aws_route53_record" "validator_eastus_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "validator-eastus-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.1.255.196"]
}

resource "aws_route53_record" "validator_eastus_2" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "validator-eastus-2.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.1.255.197"]
}

resource "aws_route53_record" "bootnode_eastus_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "bootnode-eastus-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.1.1.4"]
}

resource "aws_route53_record" "validator_westeurope_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "validator-westeurope-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.2.0.4"]
}

resource "aws_route53_record" "validator_virginia_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "validator-virginia-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.3.255.196"]
}

resource "aws_route53_record" "validator_virginia_2" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "validator-virginia-2.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.3.255.197"]
}

resource "aws_route53_record" "bootnode_virginia_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "bootnode-virginia-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.3.1.4"]
}

resource "aws_route53_record" "archive_virginia_1" {
  zone_id = aws_route53_zone.nodes.zone_id
  name    = "archive-virginia-1.trade-finance.internal"
  type    = "A"
  ttl     = 300
  records = ["10.3.2.4"]
}
