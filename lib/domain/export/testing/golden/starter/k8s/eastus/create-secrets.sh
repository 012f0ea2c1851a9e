#!/usr/bin/env bash
# Creates the node key Secrets of eastus from the bundle's keys/ folder, then applies the manifests.
# Run against the region's cluster: kubectl config use-context <the cluster>.
set -euo pipefail
cd "$(dirname "$0")"
KEYS=../../keys
NAMESPACE=starter
kubectl apply -f 00-network.yaml
kubectl -n "$NAMESPACE" create secret generic validators-keys \
  --from-file=nodekey-0="$KEYS/validator-eastus-1/nodekey" \
  --from-file=nodekey-1="$KEYS/validator-eastus-2/nodekey" \
  --from-file=nodekey-2="$KEYS/validator-eastus-3/nodekey" \
  --from-file=nodekey-3="$KEYS/validator-eastus-4/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NAMESPACE" create secret generic rpc-keys \
  --from-file=nodekey-0="$KEYS/rpc-eastus-1/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NAMESPACE" create secret generic members-keys \
  --from-file=nodekey-0="$KEYS/member-eastus-1/nodekey" \
  --from-file=nodekey-1="$KEYS/member-eastus-2/nodekey" \
  --from-file=nodekey-2="$KEYS/member-eastus-3/nodekey" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f validators.yaml
kubectl apply -f rpc.yaml
kubectl apply -f members.yaml
