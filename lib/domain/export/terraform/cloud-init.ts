// cloud-init for virtual machines and scale-set instances on every cloud: Docker to run the node's
// container, and the directories the bundle's README copies keys and configuration into.

export const CLOUD_INIT = `#cloud-config
# Prepares a Meridian node host. The node itself starts from the container definition in the bundle's
# compose/ folder once its key (keys/<node>/) and genesis (genesis/genesis.json) are copied to /opt/meridian.
package_update: true
packages:
  - docker.io
  - jq
runcmd:
  - systemctl enable --now docker
  - mkdir -p /opt/meridian/keys /opt/meridian/config /opt/meridian/data
  - chmod 700 /opt/meridian/keys
`;
