"use client";

import { Field } from "@/components/ui/field";
import { publicChainWarning } from "@/lib/domain/public-chains";
import { CLIENTS, CONSENSUS_BY_CLIENT, type Client, type Consensus } from "@/lib/domain/schema";
import { choiceCaveat, clientSupport, findSupport, statusSentence, unsupportedChoicesOf } from "@/lib/domain/support";
import { ChoiceCard } from "../choice-card";
import { CLIENT_CHOICES, CONSENSUS_CHOICES } from "../choices";
import { FieldMessage } from "../field-message";
import { issueFor } from "../read-answers";
import { StepFrame } from "../step-frame";
import { StepStatus } from "../step-status";
import { useWizardNavigation } from "../use-wizard-navigation";
import { useShowIssues, useWizard } from "../wizard-context";

const STEP = 0;
const CHAIN_ID_FIELD = "wizard-chain-id";

/** The client's caveat, from the support data: "no longer maintained". */
function clientCaveat(client: Client): string | undefined {
  return choiceCaveat(clientSupport(client));
}

/** An algorithm's caveat on a maintained client ("removed in Besu 26.4.0"); an unmaintained client says it once. */
function consensusCaveat(client: Client, consensus: Consensus): string | undefined {
  return clientSupport(client).status === "supported" ? choiceCaveat(findSupport({ kind: "consensus", client, consensus })) : undefined;
}

function withCaveat(choice: { title: string; description: string }, caveat: string | undefined) {
  if (!caveat) return choice;
  return {
    title: choice.title,
    description: (
      <>
        <span className="font-medium text-sev-warning">{caveat[0]!.toUpperCase() + caveat.slice(1)}.</span> {choice.description}
      </>
    ),
  };
}

/**
 * A legacy choice is kept only to describe a network that already runs: say what is unsupported and since when,
 * and let the user say so (the design then gets warnings to plan a migration instead of errors).
 */
function LegacyNotice({ client, consensus, existing, onExisting }: { client: Client; consensus: Consensus; existing: boolean; onExisting(existing: boolean): void }) {
  const unsupported = unsupportedChoicesOf(client, consensus);
  if (unsupported.length === 0) return null;
  const replacement = unsupported[0]!.replacement?.label ?? "a maintained stack";
  return (
    <div role="status" data-testid="wizard-legacy-notice" className="col-span-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-slate-800">
      <p>{unsupported.map((e) => `${statusSentence(e)}.`).join(" ")} A new network should use {replacement}.</p>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" checked={existing} onChange={(e) => onExisting(e.target.checked)} className="size-4 accent-blue-700" />
        This describes a network that already runs: keep it on its last release and plan its migration
      </label>
    </div>
  );
}

/** Step 1: the network's name, its Ethereum client and the consensus algorithm that client runs. */
export function NetworkStep() {
  const { state, dispatch, issuesByStep } = useWizard();
  const { next } = useWizardNavigation();
  const shown = useShowIssues(STEP);
  const issues = issuesByStep[STEP] ?? [];
  const message = (field: string) => (shown ? issueFor(issues, field) : undefined);
  const { draft } = state;
  const chainError = message("chainId");
  // Advisory, never blocking: a public network's chain id invites replayed transactions.
  const chainWarning = chainError ? undefined : publicChainWarning(draft.chainId);

  return (
    <StepFrame step={STEP} onSubmit={next} status={<StepStatus issues={issues} shown={shown} />}
      description="Name the network and choose the client your nodes run and how they agree on blocks.">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-x-10 gap-y-6">
        <div className="flex flex-col gap-4">
          <Field label="Network name" value={draft.name} maxLength={120} autoComplete="off" placeholder="e.g. Pan-EU settlement network"
            onChange={(e) => dispatch({ type: "set", patch: { name: e.target.value } })} error={message("name")} />
          <div className="flex max-w-sm flex-col gap-1">
            <Field id={CHAIN_ID_FIELD} label="Chain ID" inputMode="numeric" value={draft.chainId}
              hint="1337 is fine for a private network; pick a unique one for production."
              {...(chainWarning ? { "aria-describedby": `${CHAIN_ID_FIELD}-hint ${CHAIN_ID_FIELD}-warning` } : {})}
              onChange={(e) => dispatch({ type: "set", patch: { chainId: e.target.value } })} error={chainError} />
            {chainWarning ? (
              <p id={`${CHAIN_ID_FIELD}-warning`} role="status" data-testid="wizard-chain-id-warning" className="text-sm text-sev-warning">
                {chainWarning}
              </p>
            ) : null}
          </div>
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Client</legend>
          <div className="flex flex-col gap-2">
            {CLIENTS.map((c) => (
              <ChoiceCard key={c} type="radio" name="client" value={c} checked={draft.client === c}
                onChange={() => dispatch({ type: "setClient", client: c })} {...withCaveat(CLIENT_CHOICES[c], clientCaveat(c))} />
            ))}
          </div>
        </fieldset>
        <fieldset className="col-span-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">
            Consensus <span className="font-normal text-slate-500">({CLIENT_CHOICES[draft.client].title} runs {CONSENSUS_BY_CLIENT[draft.client].length})</span>
          </legend>
          <div className="grid grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] gap-2">
            {CONSENSUS_BY_CLIENT[draft.client].map((c) => (
              <ChoiceCard key={c} type="radio" name="consensus" value={c} checked={draft.consensus === c}
                onChange={() => dispatch({ type: "setConsensus", consensus: c })} {...withCaveat(CONSENSUS_CHOICES[c], consensusCaveat(draft.client, c))} />
            ))}
          </div>
          <FieldMessage message={message("consensus")} />
        </fieldset>
        <LegacyNotice client={draft.client} consensus={draft.consensus} existing={draft.existing}
          onExisting={(existing) => dispatch({ type: "setExisting", existing })} />
      </div>
    </StepFrame>
  );
}
