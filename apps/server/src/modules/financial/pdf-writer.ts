// A small page-flowing writer over pdf-lib: text that wraps, right-aligned figures, rules, and new
// pages when the current one is full. Nothing here knows about estimates.
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const PAGE: [number, number] = [612, 792];
export const MARGIN = 50;
const GREY = rgb(0.35, 0.35, 0.35);

export class PdfWriter {
  private page: PDFPage;
  private y: number;
  readonly width = PAGE[0] - 2 * MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  private ensure(height: number): void {
    if (this.y - height >= MARGIN + 20) return;
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** Splits text into lines no wider than `width` (words for Latin text, characters for CJK). */
  wrap(text: string, size: number, width: number): string[] {
    const tokens =
      text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
    const lines: string[] = [];
    let current = '';
    for (const token of tokens) {
      const candidate = current + token;
      if (current !== '' && this.font.widthOfTextAtSize(candidate.trimEnd(), size) > width) {
        lines.push(current.trimEnd());
        current = token.trimStart();
      } else current = candidate;
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
    return lines.length === 0 ? [''] : lines;
  }

  text(text: string, options: { size?: number; grey?: boolean; gapAfter?: number } = {}): void {
    const size = options.size ?? 10;
    for (const line of this.wrap(text, size, this.width)) {
      this.ensure(size + 4);
      this.y -= size + 4;
      this.page.drawText(line, {
        x: MARGIN,
        y: this.y,
        size,
        font: this.font,
        ...(options.grey ? { color: GREY } : {}),
      });
    }
    this.y -= options.gapAfter ?? 2;
  }

  /** One table row: a wrapped first cell and right-aligned figures ending at the given x offsets. */
  row(first: string, figures: readonly string[], rightEdges: readonly number[], size = 9): void {
    const firstWidth = (rightEdges[0] ?? this.width) - 90;
    const lines = this.wrap(first, size, firstWidth);
    this.ensure(lines.length * (size + 3) + 2);
    const top = this.y - size - 3;
    lines.forEach((line, index) => {
      this.page.drawText(line, { x: MARGIN, y: top - index * (size + 3), size, font: this.font });
    });
    figures.forEach((figure, index) => {
      const right = MARGIN + (rightEdges[index] ?? this.width);
      const x = right - this.font.widthOfTextAtSize(figure, size);
      this.page.drawText(figure, { x, y: top, size, font: this.font });
    });
    this.y -= lines.length * (size + 3) + 2;
  }

  rule(): void {
    this.ensure(6);
    this.y -= 3;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 3;
  }

  space(height: number): void {
    this.y -= height;
  }

  /** "Page n of m" at the foot of every page, once the document is complete. */
  numberPages(label: (n: number, m: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const text = label(index + 1, pages.length);
      const size = 8;
      page.drawText(text, {
        x: MARGIN + this.width - this.font.widthOfTextAtSize(text, size),
        y: MARGIN - 20,
        size,
        font: this.font,
        color: GREY,
      });
    });
  }
}
