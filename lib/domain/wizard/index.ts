// The new-network wizard: validated answers in, a proposed topology and notes out.

export { WizardAnswersSchema, WizardRegionSchema, MAX_WIZARD_REGIONS, type WizardAnswers, type WizardAnswersInput, type WizardRegion, type Tolerance } from "./answers";
export { proposeTopology, type WizardProposal } from "./propose";
export type { WizardNote, WizardNoteCode } from "./notes";
export { spreadNotes } from "./spread-notes";
export { spreadValidators, minimumDomains, type ValidatorSpread } from "./spread-validators";
export { LINKS_PER_CLOUD_PAIR } from "./connectivity";
