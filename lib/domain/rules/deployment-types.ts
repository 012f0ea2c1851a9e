import { DEPLOYMENT_TYPES_BY_PROVIDER, type DeploymentType, type Provider } from "../schema";

export function isDeploymentTypeOf(provider: Provider, type: DeploymentType): boolean {
  return (DEPLOYMENT_TYPES_BY_PROVIDER[provider] as readonly string[]).includes(type);
}
