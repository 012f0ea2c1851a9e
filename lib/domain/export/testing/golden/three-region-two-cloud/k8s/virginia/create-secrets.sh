#!/usr/bin/env bash
# Creates the node key Secrets of virginia from the bundle's keys/ folder, then applies the manifests.
# Run against the region's cluster: kubectl config use-context <the cluster>.
set -euo pipefail
cd "$(dirname "$0")"
KEYS=../../keys
NAMESPACE=trade-finance
kubectl apply -f 00-network.yaml
kubectl -n "$NAMESPACE" create secret generic validators-virginia-keys \
  --from-file=nodekey-0="$KEYS/validator-virginia-1/nodekey" \
  --from-file=nodekey-1="$KEYS/validator-virginia-2/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f validators-virginia.yaml
