import type { Provider } from "../../schema";

/** One Terraform root module: a folder under terraform/ and its files by name. */
export interface TerraformModule {
  readonly dir: string;
  /** The cloud it deploys to; undefined for the cross-cloud VPN module, which spans several. */
  readonly provider?: Provider;
  readonly files: Readonly<Record<string, string>>;
}
