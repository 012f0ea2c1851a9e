// YAML output shared by the Kubernetes targets: multi-document files with a comment header, plain
// scalars where YAML allows them, no anchors (kubectl and Helm users read these files).

import { stringify } from "yaml";

export function yamlDocuments(header: readonly string[], docs: readonly unknown[]): string {
  const body = docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join("---\n");
  return `${header.map((h) => `# ${h}`).join("\n")}${header.length > 0 ? "\n" : ""}---\n${body}`;
}

export function yamlFile(header: readonly string[], value: unknown): string {
  return `${header.map((h) => `# ${h}`).join("\n")}${header.length > 0 ? "\n" : ""}${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** A shell word: bare when safe, double-quoted when it expands a variable, single-quoted otherwise. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_./:=,@%+-]+$/.test(word)) return word;
  if (word.includes("$")) return `"${word.replace(/(["\\`])/g, "\\$1")}"`;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}
