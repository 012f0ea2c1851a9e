#!/usr/bin/env bash
# Starts member-netherlands-1 (member, group private-nl) on its virtual machine in netherlands, address 10.21.1.4.
# First copy keys/<node>/ to /opt/meridian/keys/ (mode 0600), and genesis.json and this folder's static-nodes.json to /opt/meridian/config/.
# This member is private: start Tessera beside it as compose/docker-compose.yml shows.
set -euo pipefail
docker run -d --name member-netherlands-1 --restart unless-stopped --network host -e PRIVATE_CONFIG=ignore \
  -v /opt/meridian/keys:/keys:ro -v /opt/meridian/config:/config:ro -v /opt/meridian/data:/data \
  --entrypoint /bin/sh quorumengineering/quorum:24.4.1 -c 'set -e
if [ ! -d /data/geth/chaindata ]; then geth --datadir /data init /config/genesis.json; fi
cp /config/static-nodes.json /data/static-nodes.json
exec geth \
  --datadir /data \
  --nodekey /keys/nodekey \
  --networkid 10 \
  --nodiscover \
  --verbosity 3 \
  --syncmode full \
  --gcmode full \
  --port 30303 \
  --nat extip:10.21.1.4 \
  --http --http.addr 0.0.0.0 --http.port 8545 --http.corsdomain "*" --http.vhosts "*" --http.api eth,net,web3,quorum \
  --metrics --pprof --pprof.addr 0.0.0.0 --pprof.port 9545 \
  --raft --raftport 53000 --raftblocktime 250 --raftdnsenable'
