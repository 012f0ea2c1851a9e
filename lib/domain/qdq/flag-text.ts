// QDQ's flags written as text, in the two forms people keep them in:
//   lines of FLAG=VALUE, with # comments (Meridian's own qdq/topology.dsl export is one):
//     distribution=eastus:validators=4+rpc=1+boot=1
//     azureNetworkMode=hub-spoke
//   a QDQ command line, as its documentation writes them:
//     npx quorum-dev-quickstart --clientType besu \
//       --azureRegionalDistribution "eastus:validators=3+rpc=2" --azureNetworkMode hub-spoke

import type { Json } from "./read-fields";
import { isObserverAlias, roleFromAlias } from "./roles";

export interface FlagText {
  flags: Json;
  /** How the flags are written in this form, for messages: "--" on a command line. */
  prefix: string;
}

const FLAG_LINE = /^([A-Za-z][A-Za-z0-9_]*)\s*=(.*)$/;

/**
 * FLAG=VALUE lines. One line alone counts only when its key is not a role: `validators=aks,rpc=aca` is QDQ's
 * deployment map, not a validators flag.
 */
export function parseFlagLines(text: string): FlagText | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const content = lines.filter((l) => l && !l.startsWith("#"));
  if (content.length === 0 || !content.every((l) => FLAG_LINE.test(l))) return undefined;
  const firstKey = FLAG_LINE.exec(content[0]!)![1]!;
  if (lines.length === 1 && (roleFromAlias(firstKey) !== undefined || isObserverAlias(firstKey))) return undefined;
  const flags: Json = {};
  for (const line of content) {
    const [, key = "", value = ""] = FLAG_LINE.exec(line)!;
    flags[key] = unquote(value.trim());
  }
  return { flags, prefix: "" };
}

function unquote(value: string): string {
  const q = value[0];
  return (q === '"' || q === "'") && value.endsWith(q) && value.length >= 2 ? value.slice(1, -1) : value;
}

const COMMAND_START = /^(?:npx\s+(?:-y\s+|--yes\s+)?)?(?:quorum-dev-quickstart\b|--[A-Za-z])/;

/** A command line: `--flag value`, `--flag=value` or a bare `--flag` (true); words before the first flag are the command. */
export function parseCommandLine(text: string): FlagText | undefined {
  if (!COMMAND_START.test(text.trim())) return undefined;
  const words = shellWords(text);
  if (words === undefined) return undefined;
  const flags: Json = {};
  let i = words.findIndex((w) => w.startsWith("--"));
  if (i < 0) return undefined;
  while (i < words.length) {
    const word = words[i]!;
    i += 1;
    if (!word.startsWith("--")) continue;
    const eq = word.indexOf("=");
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) flags[name] = word.slice(eq + 1);
    else if (i < words.length && !words[i]!.startsWith("--")) flags[name] = words[i++]!;
    else flags[name] = true;
  }
  return { flags, prefix: "--" };
}

/** Splits as a POSIX shell would for plain words, quotes and backslash line continuations; undefined if a quote is left open. */
function shellWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === "\\" && quote === '"' && (text[i + 1] === '"' || text[i + 1] === "\\")) word += text[++i]!;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= "";
    } else if (c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 2 : 1;
    } else if (c === "\\") {
      word = (word ?? "") + (text[++i] ?? "");
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (quote) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}
