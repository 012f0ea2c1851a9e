"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError } from "@/lib/client/api";
import { useEditor } from "@/lib/client/editor/context";
import { fetchExport, saveBlob, type DownloadedExport, type ExportProgress } from "@/lib/client/exports";
import { EXPORT_TARGETS, type ExportTarget } from "@/lib/domain/export/types";

const TARGET_LABELS: Record<ExportTarget, { title: string; detail: string }> = {
  terraform: { title: "Terraform", detail: "one root module per cloud: networks, peering, clusters or VMs, VPN between clouds" },
  helm: { title: "Helm values and Kubernetes manifests", detail: "per region cluster, for ConsenSys' quorum-kubernetes charts" },
  compose: { title: "docker-compose", detail: "a local replica of the network, one container per node" },
  genesis: { title: "Genesis and node keys", detail: "genesis.json for the client and consensus, static nodes" },
  qdq: { title: "Quorum Dev Quickstart", detail: "EnhancedTopologyFile JSON and its DSL lines" },
  monitoring: { title: "Monitoring", detail: "Prometheus scrape config, alert rules from the design's quorum, Grafana dashboard" },
};

type Status =
  | { kind: "idle" }
  | { kind: "running"; progress: ExportProgress }
  | { kind: "done"; result: DownloadedExport }
  | { kind: "error"; message: string; issues: string[]; needsApproval: boolean };

/** Chooses targets and keys, then builds the bundle of the saved version on the server and downloads it. */
export function ExportDialog({ topologyId, open, onOpenChange, onSaveNow }: { topologyId: string; open: boolean; onOpenChange(open: boolean): void; onSaveNow(): void }) {
  const savedVersion = useEditor((s) => s.baseVersion);
  const saveKind = useEditor((s) => s.save.kind);
  const [targets, setTargets] = useState<Set<ExportTarget>>(new Set(EXPORT_TARGETS));
  const [keysFile, setKeysFile] = useState<{ name: string; nodeKeys: Record<string, string> } | null>(null);
  const [keysError, setKeysError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const unsaved = saveKind !== "saved";
  const running = status.kind === "running";

  const toggle = (t: ExportTarget) => {
    const next = new Set(targets);
    if (next.has(t)) next.delete(t);
    else next.add(t);
    setTargets(next);
  };

  const readKeys = async (file: File | undefined) => {
    setKeysError(null);
    if (!file) return setKeysFile(null);
    try {
      const parsed = JSON.parse(await file.text()) as unknown;
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== "string")) {
        throw new Error('expected a JSON object of node name to private key hex, e.g. {"validator-eastus-1": "0x…"}');
      }
      setKeysFile({ name: file.name, nodeKeys: parsed as Record<string, string> });
    } catch (error) {
      setKeysFile(null);
      setKeysError(`${file.name}: ${(error as Error).message}`);
    }
  };

  const run = async () => {
    setStatus({ kind: "running", progress: { phase: "building", received: 0, total: 0 } });
    try {
      const result = await fetchExport(
        topologyId,
        { version: savedVersion, targets: EXPORT_TARGETS.filter((t) => targets.has(t)), keys: keysFile ? { mode: "supplied", nodeKeys: keysFile.nodeKeys } : { mode: "generate" } },
        (progress) => setStatus({ kind: "running", progress }),
      );
      // The connectivity check comes first: the user downloads once they have seen it.
      setStatus({ kind: "done", result });
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues.map((i) => `${i.path}: ${i.message}`) : [];
      setStatus({ kind: "error", message: (error as Error).message, issues, needsApproval: error instanceof ApiError && error.code === "approval_required" });
    }
  };

  return (
    <Dialog open={open} onOpenChange={(o) => !running && onOpenChange(o)} wide title="Export a deployment bundle"
      description={`A zip of saved version ${savedVersion}: what each target needs, a README on applying it, a manifest and SHA-256 checksums.`}>
      {unsaved ? (
        <div className="mb-3 flex items-center justify-between gap-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          <span>Your latest edits are not saved yet; the export uses version {savedVersion}.</span>
          <Button size="sm" onClick={onSaveNow} disabled={saveKind === "saving"}>Save now</Button>
        </div>
      ) : null}
      <fieldset className="mb-4" disabled={running} aria-describedby="export-keys-note">
        <legend className="mb-1.5 text-sm font-semibold text-slate-800">Targets</legend>
        <ul className="space-y-1.5">
          {EXPORT_TARGETS.map((t) => (
            <li key={t}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" checked={targets.has(t)} onChange={() => toggle(t)} />
                <span><span className="font-medium text-slate-900">{TARGET_LABELS[t].title}</span> <span className="text-slate-600">— {TARGET_LABELS[t].detail}</span></span>
              </label>
            </li>
          ))}
        </ul>
        <KeysNote selected={targets.size} supplied={keysFile !== null} />
      </fieldset>
      <fieldset className="mb-4" disabled={running}>
        <legend className="mb-1.5 text-sm font-semibold text-slate-800">Node keys</legend>
        <p className="mb-2 text-sm text-slate-600">
          New secp256k1 keys are generated for every node unless you supply your own. Private keys exist only in the downloaded zip: Meridian never stores or logs them, and the audit log records addresses only.
        </p>
        <label className="flex items-center gap-2 text-sm">
          <span className="text-slate-700">Use my keys (JSON of node name → private key):</span>
          <input type="file" accept=".json,application/json" aria-label="Node keys file" className="text-sm"
            onChange={(e) => void readKeys(e.target.files?.[0])} />
        </label>
        {keysFile ? <p className="mt-1 text-xs text-slate-600">{Object.keys(keysFile.nodeKeys).length} keys from {keysFile.name}; nodes without one get a new key.</p> : null}
        {keysError ? <p className="mt-1 text-xs text-sev-error" role="alert">{keysError}</p> : null}
      </fieldset>
      <ExportStatus status={status} topologyId={topologyId} />
      {status.kind === "done" ? <ConnectivityCheck verification={status.result.verification} /> : null}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)} disabled={running}>{status.kind === "done" ? "Close" : "Cancel"}</Button>
        {status.kind === "done" ? (
          <>
            <Button onClick={() => void run()}>Export again</Button>
            <Button variant="primary" onClick={() => saveBlob(status.result.blob, status.result.fileName)}>
              {status.result.verification && !status.result.verification.ok ? "Download anyway" : `Download ${status.result.fileName}`}
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={() => void run()} disabled={running || targets.size === 0 || keysError !== null}>
            {running ? "Exporting…" : `Export version ${savedVersion}`}
          </Button>
        )}
      </div>
    </Dialog>
  );
}

/**
 * Each export generates new node keys (they are never stored), so bundles exported one target at a time hold
 * different node identities. Said calmly with every target selected, and as an amber notice with fewer.
 */
function KeysNote({ selected, supplied }: { selected: number; supplied: boolean }) {
  const partial = selected > 0 && selected < EXPORT_TARGETS.length;
  const advice = supplied
    ? "Your keys file is used for the nodes it names: supply the same file with each export so separate bundles match (nodes it does not name get new keys each time)."
    : "Node keys are generated for each export and never stored: export every target you will deploy together in one bundle, or supply your own keys under Node keys below so separate exports match.";
  if (!partial || supplied) {
    return <p id="export-keys-note" data-testid="export-keys-note" className="mt-2 text-xs text-slate-600">{advice}</p>;
  }
  return (
    <p id="export-keys-note" data-testid="export-keys-note" data-emphasis="partial" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span className="font-medium">
        {selected} of {EXPORT_TARGETS.length} targets selected.
      </span>{" "}
      A later export of the other targets gets different node keys (nodekeys, addresses), so its bundle will not match this one. {advice}
    </p>
  );
}

function ExportStatus({ status, topologyId }: { status: Status; topologyId: string }) {
  if (status.kind === "idle") return null;
  if (status.kind === "error") {
    return (
      <div className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error" role="alert">
        <p>{status.message}</p>
        {status.issues.length ? <ul className="mt-1 list-disc pl-5">{status.issues.map((i) => <li key={i}>{i}</li>)}</ul> : null}
        {status.needsApproval ? (
          <Link href={`/topologies/${topologyId}/versions`} className="mt-1 inline-block font-medium underline">Request a review of this version</Link>
        ) : null}
      </div>
    );
  }
  if (status.kind === "done") {
    const { result } = status;
    return (
      <p className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800" role="status" data-testid="export-done">
        Built {result.fileName}: {result.files} files from version {result.version}
        {result.warnings ? `, ${result.warnings} note${result.warnings === 1 ? "" : "s"} in its README` : ""}. Manifest SHA-256 <code className="break-all text-xs">{result.manifestSha256}</code>
      </p>
    );
  }
  const { progress } = status;
  const percent = progress.total ? Math.round((progress.received / progress.total) * 100) : undefined;
  return (
    <div className="mb-4" role="status" aria-live="polite">
      <p className="mb-1 text-sm text-slate-700">
        {progress.phase === "building" ? "Generating keys and files, building the zip…" : `Downloading ${percent ?? 0}% (${Math.round(progress.received / 1024)} KiB)`}
      </p>
      <div className="h-1.5 overflow-hidden rounded-full bg-slate-100">
        <div className={progress.phase === "building" ? "h-full w-1/3 animate-pulse rounded-full bg-blue-600" : "h-full rounded-full bg-blue-600 transition-[width]"}
          style={percent !== undefined ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  );
}

/** verify-bundle's verdict on the bundle just built, read from its own files: shown before the download. */
function ConnectivityCheck({ verification }: { verification: DownloadedExport["verification"] }) {
  if (!verification) return null;
  const groups = verification.validatorGroups.length;
  if (!verification.checked) {
    return (
      <div className="mb-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="export-verify" data-ok="unchecked">
        <p className="font-medium">Connectivity not checked: these targets do not say where the nodes run.</p>
        <p className="mt-0.5">Export Terraform, or Helm and the Kubernetes manifests, to have the bundle checked before you deploy it.</p>
      </div>
    );
  }
  if (verification.ok) {
    return (
      <div className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="export-verify" data-ok="true">
        <p className="font-medium">Connectivity checked: every validator and bootnode reaches the nodes it dials.</p>
        <p className="mt-0.5 text-emerald-800">
          {verification.needed} needed pair{verification.needed === 1 ? "" : "s"} of {verification.pairs} checked on port 30303 from the bundle&apos;s own files: names in the private DNS zones, routes, peerings and VPNs, security rules, and the way back.
        </p>
        <NotChecked notes={verification.notes} />
      </div>
    );
  }
  return (
    <div className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error" role="alert" data-testid="export-verify" data-ok="false">
      <p className="font-medium">
        This bundle does not connect as configured{verification.brokenCount > 0 ? `: ${verification.brokenCount} needed pair${verification.brokenCount === 1 ? " is" : "s are"} broken` : ""}.
      </p>
      {verification.broken.length > 0 ? (
        <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5 text-slate-800">
          {verification.broken.map((p) => <li key={`${p.from}|${p.to}`}><span className="font-medium">{p.from} → {p.to}</span>: {p.problem}</li>)}
        </ul>
      ) : null}
      {groups > 1 ? <p className="mt-1 text-slate-800">The validators split into {groups} groups that cannot exchange messages: {verification.validatorGroups.map((g) => g.join(", ")).join(" | ")}.</p> : null}
      {verification.overlaps.length > 0 ? <ul className="mt-1 list-disc pl-5 text-slate-800">{verification.overlaps.map((o) => <li key={o}>{o}</li>)}</ul> : null}
      <NotChecked notes={verification.notes} />
    </div>
  );
}

function NotChecked({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <details className="mt-1 text-slate-700">
      <summary className="cursor-pointer">Not checked ({notes.length})</summary>
      <ul className="mt-1 list-disc pl-5">{notes.map((n) => <li key={n}>{n}</li>)}</ul>
    </details>
  );
}
