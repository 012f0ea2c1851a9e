#!/usr/bin/env bash
# Installs the besu nodes of eastus (azure eastus) with the quorum-kubernetes besu-node chart
# into the current kubectl context. Point kubectl at the region's cluster first (see the Terraform outputs).
# Charts: git clone https://github.com/Consensys/quorum-kubernetes and set QUORUM_K8S_CHARTS to its helm/charts.
set -euo pipefail
cd "$(dirname "$0")"
CHARTS="${QUORUM_K8S_CHARTS:-./quorum-kubernetes/helm/charts}"
NAMESPACE=starter
KEYS=../../keys

kubectl apply -f prerequisites.yaml
kubectl apply -f p2p-services.yaml

# The chart's pre-install hook keeps an existing <fullname>-keys Secret, so each node runs with its bundle key.
node_keys() {
  kubectl -n "$NAMESPACE" create secret generic "$1-keys" \
    --from-file=nodekey="$KEYS/$2/nodekey" --from-file=nodekey.pub="$KEYS/$2/nodekey.pub" \
    --from-file=enode="$KEYS/$2/nodekey.pub" --from-file=address="$KEYS/$2/address" \
    --dry-run=client -o yaml | kubectl apply -f -
}
tessera_keys() {
  kubectl -n "$NAMESPACE" create secret generic "$1-tessera-keys" \
    --from-file=tm.key="$KEYS/$2/tm.key" --from-file=tm.pub="$KEYS/$2/tm.pub" \
    --dry-run=client -o yaml | kubectl apply -f -
}

# validators: validator
node_keys besu-node-validator-eastus-1 validator-eastus-1
helm upgrade --install validator-eastus-1 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/validators.yml --set node.besu.p2p.host=10.1.255.196
node_keys besu-node-validator-eastus-2 validator-eastus-2
helm upgrade --install validator-eastus-2 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/validators.yml --set node.besu.p2p.host=10.1.255.197
node_keys besu-node-validator-eastus-3 validator-eastus-3
helm upgrade --install validator-eastus-3 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/validators.yml --set node.besu.p2p.host=10.1.255.198
node_keys besu-node-validator-eastus-4 validator-eastus-4
helm upgrade --install validator-eastus-4 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/validators.yml --set node.besu.p2p.host=10.1.255.199

# rpc: rpc
node_keys besu-node-rpc-eastus-1 rpc-eastus-1
helm upgrade --install rpc-eastus-1 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/rpc.yml

# members: member
node_keys besu-node-member-eastus-1 member-eastus-1
helm upgrade --install member-eastus-1 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/members.yml
node_keys besu-node-member-eastus-2 member-eastus-2
helm upgrade --install member-eastus-2 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/members.yml
node_keys besu-node-member-eastus-3 member-eastus-3
helm upgrade --install member-eastus-3 "$CHARTS/besu-node" --namespace "$NAMESPACE" --values values/members.yml
