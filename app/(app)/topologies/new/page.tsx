import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { NewNetworkWizard } from "@/components/wizard/new-network-wizard";

export const metadata: Metadata = { title: "New network" };

export default function NewNetworkPage() {
  return (
    <Page>
      <NewNetworkWizard />
    </Page>
  );
}
