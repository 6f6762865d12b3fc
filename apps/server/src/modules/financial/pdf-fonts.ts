// A font with Simplified Chinese glyphs for the estimate PDF. Fonts are not in the repository (a
// CJK font is 10–20 MB): the first one found is used — INFUSIO_PDF_CJK_FONT (path, optionally
// "path#PostScriptName" for a collection), then the usual Debian/Ubuntu Noto and WenQuanYi files.
// Without one, a Chinese PDF is written in English and says so.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

export interface FontCandidate {
  path: string;
  /** The font inside a .ttc collection. */
  postscriptName?: string;
}

export const CJK_FONT_CANDIDATES: readonly FontCandidate[] = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    postscriptName: 'NotoSansCJKsc-Regular',
  },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf' },
  {
    path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    postscriptName: 'NotoSansCJKsc-Regular',
  },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' },
];

function fromEnvironment(value: string | undefined): FontCandidate | undefined {
  if (!value) return undefined;
  const [path, postscriptName] = value.split('#');
  if (!path) return undefined;
  return postscriptName ? { path, postscriptName } : { path };
}

export interface LoadedFont {
  bytes: Uint8Array;
  fontkit: Fontkit;
}

let cached: Promise<LoadedFont | null> | undefined;

/** A fontkit that opens the chosen font of a collection (pdf-lib passes no name itself). */
function fontkitFor(candidate: FontCandidate): Fontkit {
  return {
    create: (buffer: Uint8Array) => fontkit.create(buffer, candidate.postscriptName),
  };
}

async function load(candidates: readonly FontCandidate[]): Promise<LoadedFont | null> {
  for (const candidate of candidates) {
    if (!existsSync(candidate.path)) continue;
    const bytes = new Uint8Array(await readFile(candidate.path));
    return { bytes, fontkit: fontkitFor(candidate) };
  }
  return null;
}

/** The CJK font, read once per process (null when none is installed). */
export function loadCjkFont(): Promise<LoadedFont | null> {
  cached ??= load(
    [fromEnvironment(process.env.INFUSIO_PDF_CJK_FONT), ...CJK_FONT_CANDIDATES].filter(
      (c): c is FontCandidate => c !== undefined,
    ),
  );
  return cached;
}
