# Quorum Dev Quickstart's one-line forms of this design:
# npx quorum-dev-quickstart --azureRegionalDistribution "$(sed -n 's/^distribution=//p' topology.dsl)" ...
distribution=gcp:europe-west1:validators=3+member=2,gcp:europe-west4:validators=2+rpc=1+member=1
deploymentMap=validators=aks,rpc=vmss,member=aks
placement=validators:aks:gcp:europe-west1+gcp:europe-west4;rpc:vmss:gcp:europe-west4;member:aks:gcp:europe-west1+gcp:europe-west4
