# Quorum Dev Quickstart's one-line forms of this design:
# npx quorum-dev-quickstart --azureRegionalDistribution "$(sed -n 's/^distribution=//p' topology.dsl)" ...
distribution=eastus:validators=4+rpc=1+boot=1+member=3
deploymentMap=validators=aks,rpc=aks,boot=vm,member=aks
placement=validators:aks:eastus;rpc:aks:eastus;boot:vm:eastus;member:aks:eastus
