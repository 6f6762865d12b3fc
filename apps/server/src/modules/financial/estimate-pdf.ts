// The estimate as a PDF for the patient to keep: the same figures the portal shows, per month and
// for the whole course, in English or Simplified Chinese, with the version, its fingerprint and
// any acknowledgement. Metadata carries the version and fingerprint so a kept copy is traceable.
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { EstimateLanguage } from './estimates.contracts.ts';
import { fill, PDF_TEXT, type PdfText } from './estimate-pdf-text.ts';
import type { MyEstimate, MyEstimateLine } from './my-estimates.contracts.ts';
import { loadCjkFont } from './pdf-fonts.ts';
import { PdfWriter } from './pdf-writer.ts';

/** Characters Helvetica (WinAnsi) can write besides Latin-1. */
const WIN_ANSI_EXTRA = new Set(Array.from('‘’“”–—•…€™'));

function toWinAnsi(text: string): string {
  return Array.from(text, (ch) =>
    (ch.codePointAt(0) ?? 0) <= 0xff || WIN_ANSI_EXTRA.has(ch) ? ch : '?',
  ).join('');
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** The language written: Chinese falls back to English when no CJK font is installed. */
  language: EstimateLanguage;
}

interface Format {
  money(cents: number): string;
  date(iso: string): string;
  month(yyyyMm: string): string;
}

function formatsFor(language: EstimateLanguage): Format {
  const money = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', {
    style: 'currency',
    currency: 'USD',
  });
  const utc = { timeZone: 'UTC' } as const;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', ...utc });
  const month = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', ...utc });
  return {
    money: (cents) => money.format(cents / 100),
    date: (iso) => date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    month: (yyyyMm) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}

function lineWords(line: MyEstimateLine, text: PdfText): string {
  const what = text.components[line.component] ?? line.component;
  if (line.coverage === 'not-covered') return `${what} ${text.notCovered}`;
  if (line.coverage === 'self-pay') return `${what} ${text.selfPay}`;
  return what;
}

async function chooseFont(
  doc: PDFDocument,
  wanted: EstimateLanguage,
): Promise<{ font: PDFFont; language: EstimateLanguage; clean: (s: string) => string }> {
  if (wanted === 'zh-CN') {
    const cjk = await loadCjkFont();
    if (cjk) {
      doc.registerFontkit(cjk.fontkit);
      return {
        font: await doc.embedFont(cjk.bytes, { subset: true }),
        language: 'zh-CN',
        clean: (s) => s,
      };
    }
  }
  return { font: await doc.embedFont(StandardFonts.Helvetica), language: 'en', clean: toWinAnsi };
}

export async function renderEstimatePdf(
  estimate: MyEstimate,
  wanted: EstimateLanguage,
  generatedAt: Date,
): Promise<RenderedPdf> {
  const doc = await PDFDocument.create();
  const { font, language, clean } = await chooseFont(doc, wanted);
  const text = PDF_TEXT[language];
  const f = formatsFor(language);
  const w = new PdfWriter(doc, font);
  const put = (s: string, options?: Parameters<PdfWriter['text']>[1]) => w.text(clean(s), options);
  const edges = [w.width - 180, w.width - 90, w.width];

  doc.setTitle(`Estimate v${estimate.version} ${estimate.fingerprint}`);
  doc.setSubject(`${estimate.drugName}; version ${estimate.version}; ${estimate.fingerprint}`);
  doc.setKeywords([estimate.fingerprint, `version-${estimate.version}`, `language-${language}`]);
  doc.setLanguage(language);
  doc.setProducer('Infusio');
  doc.setCreationDate(generatedAt);

  if (language !== wanted) put(PDF_TEXT.en.fontFallback, { grey: true, gapAfter: 8 });
  put(text.title, { size: 18, gapAfter: 4 });
  put(fill(text.subtitle, { drug: estimate.drugName, name: estimate.patientName }), { size: 12 });
  put(fill(text.version, { version: estimate.version, date: f.date(estimate.presentedAt) }), {
    grey: true,
  });
  put(fill(text.reference, { fingerprint: estimate.fingerprint }), { grey: true });
  put(fill(text.course, { start: f.date(estimate.startDate), days: estimate.durationDays }), {
    gapAfter: 6,
  });
  if (estimate.isDemoPricing) put(text.demo, { gapAfter: 8 });

  put(text.summaryTitle, { size: 13, gapAfter: 4 });
  w.row(clean(text.total), [f.money(estimate.totals.totalCents)], [w.width]);
  w.row(clean(text.insurance), [f.money(estimate.totals.insurancePaysCents)], [w.width]);
  if (estimate.totals.assistanceCents > 0)
    w.row(clean(text.assistance), [f.money(estimate.totals.assistanceCents)], [w.width]);
  w.row(clean(text.youPay), [f.money(estimate.totals.youPayCents)], [w.width], 11);
  w.space(10);

  for (const month of estimate.months) {
    put(
      fill(text.monthTitle, {
        month: f.month(month.month),
        amount: f.money(month.totals.youPayCents),
      }),
      {
        size: 12,
        gapAfter: 2,
      },
    );
    w.row(clean(text.columnWhat), [text.total, text.insurance, text.youPay].map(clean), edges, 8);
    w.rule();
    for (const line of month.lines)
      w.row(
        clean(lineWords(line, text)),
        [f.money(line.totalCents), f.money(line.insurancePaysCents), f.money(line.youPayCents)],
        edges,
      );
    w.rule();
    w.space(6);
  }

  if (estimate.assistance.length > 0) {
    put(text.assistanceTitle, { size: 12, gapAfter: 2 });
    for (const step of estimate.assistance)
      w.row(clean(step.label), [f.money(step.appliedCents)], [w.width]);
    w.space(6);
  }
  put(text.estimateNote, { grey: true, gapAfter: 8 });
  put(text.ackTitle, { size: 12, gapAfter: 2 });
  if (estimate.acknowledgements.length === 0) put(text.notAcknowledged);
  for (const ack of estimate.acknowledgements)
    put(
      fill(text.ackLine, {
        who: fill(text.who[ack.acknowledgedAs], { name: ack.byName }),
        date: f.date(ack.at),
        language: text.languages[ack.language] ?? ack.language,
      }),
    );
  w.numberPages((n, m) => clean(fill(text.page, { n, m })));
  return { bytes: await doc.save(), language };
}
