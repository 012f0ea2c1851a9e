// `meridian export --keys <file.json>`: the user's own node keys, a JSON object of node name to hex private
// key. Messages name the file and the node, never a key.

import { InputError } from "./errors";
import { readInput, type CliIo } from "./io";

export async function readNodeKeysFile(path: string, io: CliIo): Promise<Record<string, string>> {
  const input = await readInput(path, io);
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a key: say where only.
    throw new InputError(`${input.name} is not valid JSON (expected {"<node name>": "<64 hex digits>", ...})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(`${input.name} must be a JSON object of node name to private key, like {"validator-eastus-1": "0x<64 hex digits>"}`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const wrong = entries.filter(([, v]) => typeof v !== "string").map(([k]) => k);
  if (wrong.length > 0) throw new InputError(`${input.name}: the key of ${wrong.slice(0, 5).join(", ")} must be a string of 64 hexadecimal digits`);
  return Object.fromEntries(entries) as Record<string, string>;
}
