import { unzlibSync } from "fflate";

/** WinAnsi (the standard fonts' encoding) is Latin-1 except for these printable characters in 0x80-0x9F. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
const winAnsi = (bytes: Uint8Array) => [...bytes].map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join("");

/**
 * The text drawn on a PDF's pages as pdf-lib writes it (Flate streams, hex strings shown with Tj), in
 * drawing order: enough for tests to read a report back without a PDF parser.
 */
export function pdfDrawnText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = Buffer.from(unzlibSync(Buffer.from(match[1]!, "latin1"))).toString("latin1");
    } catch {
      content = match[1]!;
    }
    for (const shown of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(winAnsi(Buffer.from(shown[1]!, "hex")));
  }
  return parts.join("\n");
}
