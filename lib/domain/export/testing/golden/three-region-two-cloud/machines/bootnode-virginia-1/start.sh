#!/usr/bin/env bash
# Starts bootnode-virginia-1 (bootnode, group boot-virginia) on its virtual machine in virginia, address 10.3.1.4.
# First copy keys/<node>/ to /opt/meridian/keys/ (mode 0600), and genesis.json and this folder's static-nodes.json to /opt/meridian/config/.
set -euo pipefail
docker run -d --name bootnode-virginia-1 --restart unless-stopped --network host --user root \
  -v /opt/meridian/keys:/keys:ro -v /opt/meridian/config:/config:ro -v /opt/meridian/data:/data \
  hyperledger/besu:26.9.0 \
  --genesis-file=/config/genesis.json \
  --node-private-key-file=/keys/nodekey \
  --data-path=/data \
  --network-id=2024 \
  --p2p-host=10.3.1.4 \
  --p2p-port=30303 \
  --Xdns-enabled=true \
  --Xdns-update-enabled=true \
  --static-nodes-file=/config/static-nodes.json \
  --sync-mode=FULL \
  --min-gas-price=0 \
  --data-storage-format=BONSAI \
  --rpc-http-enabled \
  --rpc-http-host=0.0.0.0 \
  --rpc-http-port=8545 \
  --rpc-http-api=ETH,NET,WEB3 \
  '--rpc-http-cors-origins=*' \
  '--host-allowlist=*' \
  --metrics-enabled \
  --metrics-host=0.0.0.0 \
  --metrics-port=9545 \
  --logging=INFO \
  --bootnodes=enode://73dcb4f9b02ce625d39760479e2dfddf8b4b2745490ea9d2c3e8ee0efcf7134c5453db8c84f2dc1f8778b7f4d8363d0d82b31c579097b020980e761edc202a24@bootnode-eastus-1.trade-finance.internal:30303
