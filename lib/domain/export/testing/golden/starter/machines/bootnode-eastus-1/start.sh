#!/usr/bin/env bash
# Starts bootnode-eastus-1 (bootnode, group bootnodes) on its virtual machine in eastus, address 10.1.1.4.
# First copy keys/<node>/ to /opt/meridian/keys/ (mode 0600), and genesis.json and this folder's static-nodes.json to /opt/meridian/config/.
set -euo pipefail
docker run -d --name bootnode-eastus-1 --restart unless-stopped --network host --user root \
  -v /opt/meridian/keys:/keys:ro -v /opt/meridian/config:/config:ro -v /opt/meridian/data:/data \
  hyperledger/besu:26.9.0 \
  --genesis-file=/config/genesis.json \
  --node-private-key-file=/keys/nodekey \
  --data-path=/data \
  --network-id=1337 \
  --p2p-host=10.1.1.4 \
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
  --logging=INFO
