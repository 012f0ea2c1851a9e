import { PageSizes, rgb, StandardFonts, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

/** A top-to-bottom writer on A4 pages: headings, paragraphs and tables that wrap and break across pages. */

const MARGIN = 50;
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const RULE = rgb(0.8, 0.8, 0.84);
const HEADER_FILL = rgb(0.93, 0.94, 0.96);

export interface Column {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
}

export interface CellStyle {
  color?: "ink" | "good" | "bad";
  bold?: boolean;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(private readonly doc: PDFDocument, private readonly regular: PDFFont, private readonly bold: PDFFont) {
    this.newPage();
  }

  static async create(doc: PDFDocument): Promise<PdfWriter> {
    return new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  }

  heading(text: string, level: 1 | 2 = 2): void {
    const size = level === 1 ? 18 : 13;
    this.ensure(size * 2.5);
    this.y -= level === 1 ? 0 : 10;
    for (const line of this.wrap(text, this.bold, size, CONTENT_WIDTH)) {
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font: this.bold, color: INK });
      this.y -= size * 1.3;
    }
    this.y -= 6;
  }

  paragraph(text: string, options: { size?: number; muted?: boolean } = {}): void {
    const size = options.size ?? 10;
    for (const line of this.wrap(text, this.regular, size, CONTENT_WIDTH)) {
      this.ensure(size * 1.4);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font: this.regular, color: options.muted ? MUTED : INK });
      this.y -= size * 1.4;
    }
    this.y -= 4;
  }

  /** A table with a shaded header row, repeated on every page it spans. */
  table(columns: readonly Column[], rows: readonly (readonly (string | { text: string; style: CellStyle })[])[]): void {
    const size = 8.5;
    const pad = 3;
    const widths = columns.map((c) => c.width * CONTENT_WIDTH);
    const drawRow = (cells: readonly { text: string; style: CellStyle }[], header: boolean) => {
      const lines = cells.map((c, i) => this.wrap(c.text, header || c.style.bold ? this.bold : this.regular, size, widths[i]! - 2 * pad));
      const height = Math.max(...lines.map((l) => l.length)) * size * 1.3 + 2 * pad;
      if (!header && this.ensure(height)) drawRow(columns.map((c) => ({ text: c.header, style: {} })), true);
      if (header) this.ensure(height * 2);
      if (header) this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: CONTENT_WIDTH, height, color: HEADER_FILL });
      let x = MARGIN;
      lines.forEach((cellLines, i) => {
        const style = cells[i]!.style;
        const color = style.color === "good" ? rgb(0.05, 0.45, 0.2) : style.color === "bad" ? rgb(0.7, 0.1, 0.1) : INK;
        cellLines.forEach((line, j) => {
          this.page.drawText(line, { x: x + pad, y: this.y - pad - size * (j + 1) * 1.3 + size * 0.3, size, font: header || style.bold ? this.bold : this.regular, color });
        });
        x += widths[i]!;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + CONTENT_WIDTH, y: this.y }, thickness: 0.5, color: RULE });
    };
    drawRow(columns.map((c) => ({ text: c.header, style: {} })), true);
    for (const row of rows) drawRow(row.map((c) => (typeof c === "string" ? { text: c, style: {} } : c)), false);
    this.y -= 8;
  }

  /** "Page n of m" and a running title at the foot of every page. */
  footer(title: string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const text = this.safe(`${title}  -  page ${i + 1} of ${pages.length}`);
      page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 8, font: this.regular, color: MUTED });
    });
  }

  /** Starts a new page when fewer than `height` points are left; true when it did. */
  private ensure(height: number): boolean {
    if (this.y - height >= MARGIN) return false;
    this.newPage();
    return true;
  }

  private newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.safe(text).split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        // A word longer than the column (a rule code, a hash) is cut after its last '.', '-' or '/' that fits, else where it must be.
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          const soft = Math.max(line.lastIndexOf(".", cut - 1), line.lastIndexOf("-", cut - 1), line.lastIndexOf("/", cut - 1));
          if (soft > 0) cut = soft + 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** The standard fonts encode WinAnsi only: other characters become their nearest plain form or '?'. */
  private safe(text: string): string {
    const supported = new Set(this.regular.getCharacterSet());
    return [...text.replace(/[→⇒]/g, "->").replace(/[≥]/g, ">=").replace(/[≤]/g, "<=").replace(/\t/g, " ")]
      .map((ch) => (ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : "?"))
      .join("");
  }
}
