#!/usr/bin/env bash
# Creates the node key Secrets of belgium from the bundle's keys/ folder, then applies the manifests.
# Run against the region's cluster: kubectl config use-context <the cluster>.
set -euo pipefail
cd "$(dirname "$0")"
KEYS=../../keys
NAMESPACE=supply-chain-raft
kubectl apply -f 00-network.yaml
kubectl -n "$NAMESPACE" create secret generic validators-be-keys \
  --from-file=nodekey-0="$KEYS/validator-belgium-1/nodekey" \
  --from-file=nodekey-1="$KEYS/validator-belgium-2/nodekey" \
  --from-file=nodekey-2="$KEYS/validator-belgium-3/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NAMESPACE" create secret generic private-be-keys \
  --from-file=nodekey-0="$KEYS/member-belgium-1/nodekey" \
  --from-file=tm-key-0="$KEYS/member-belgium-1/tm.key" \
  --from-file=tm-pub-0="$KEYS/member-belgium-1/tm.pub" \
  --from-file=nodekey-1="$KEYS/member-belgium-2/nodekey" \
  --from-file=tm-key-1="$KEYS/member-belgium-2/tm.key" \
  --from-file=tm-pub-1="$KEYS/member-belgium-2/tm.pub" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f validators-be.yaml
kubectl apply -f private-be.yaml
