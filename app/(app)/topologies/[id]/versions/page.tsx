import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { VersionHistoryView } from "@/components/topologies/version-history-view";

export const metadata: Metadata = { title: "Versions" };

const versionOf = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export default async function VersionsPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  return (
    <Page>
      <VersionHistoryView id={id} initialFrom={versionOf(query.from)} initialTo={versionOf(query.to)} />
    </Page>
  );
}
