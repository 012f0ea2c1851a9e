#!/usr/bin/env bash
# Creates the node key Secrets of eastus from the bundle's keys/ folder, then applies the manifests.
# Run against the region's cluster: kubectl config use-context <the cluster>.
set -euo pipefail
cd "$(dirname "$0")"
KEYS=../../keys
NAMESPACE=trade-finance
kubectl apply -f 00-network.yaml
kubectl -n "$NAMESPACE" create secret generic validators-eastus-keys \
  --from-file=nodekey-0="$KEYS/validator-eastus-1/nodekey" \
  --from-file=nodekey-1="$KEYS/validator-eastus-2/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NAMESPACE" create secret generic rpc-eastus-keys \
  --from-file=nodekey-0="$KEYS/rpc-eastus-1/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f validators-eastus.yaml
kubectl apply -f rpc-eastus.yaml
