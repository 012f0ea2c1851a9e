# Quorum Dev Quickstart's one-line forms of this design:
# npx quorum-dev-quickstart --azureRegionalDistribution "$(sed -n 's/^distribution=//p' topology.dsl)" ...
distribution=eastus:validators=2+rpc=1+boot=1,westeurope:validators=1+rpc=1+member=2,aws:us-east-1:validators=2+boot=1+archive=1
deploymentMap=validators=aks,rpc=aks,boot=vm,archive=vm,member=vmss
placement=validators:aks:eastus+westeurope+aws:us-east-1;rpc:aks:eastus+westeurope;boot:vm:eastus+aws:us-east-1;archive:vm:aws:us-east-1;member:vmss:westeurope
