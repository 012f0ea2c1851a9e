import type { Metadata } from "next";
import { TemplateBrowser } from "@/components/templates/template-browser";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Templates" };

export default function TemplatesPage() {
  return (
    <Page>
      <TemplateBrowser />
    </Page>
  );
}
