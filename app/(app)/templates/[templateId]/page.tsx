import type { Metadata } from "next";
import { TemplateDetail } from "@/components/templates/template-detail";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "Template" };

export default async function TemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  return (
    <Page>
      <TemplateDetail templateId={decodeURIComponent(templateId)} />
    </Page>
  );
}
