// The virus-scan hook: every upload passes through one DocumentScanner before anything is stored.
// Which one is configuration (INFUSIO_DOCUMENT_SCANNER). The default recognises the EICAR
// anti-virus test file, so the hook is exercised end to end without an anti-virus engine; a
// production install plugs a real engine (ClamAV's clamd INSTREAM, a cloud scanning API) in here.
import type { AppConfig } from '../../platform/config/config.ts';

export type ScanVerdict = 'clean' | 'infected' | 'error';

export interface DocumentScanner {
  /** Stored with each document as how it was scanned. */
  readonly name: string;
  scan(bytes: Uint8Array): Promise<ScanVerdict>;
}

/**
 * The EICAR test signature (eicar.org), assembled from two halves so that this source file is not
 * itself reported by anti-virus software on a developer's machine or a CI runner.
 */
export const EICAR_SIGNATURE = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''),
  'latin1',
);

/** Finds the EICAR test signature anywhere in the bytes (inside a PDF or an image too). */
export const eicarSignatureScanner: DocumentScanner = {
  name: 'eicar-signature',
  scan: (bytes) =>
    Promise.resolve(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(EICAR_SIGNATURE)
        ? 'infected'
        : 'clean',
    ),
};

/** The scanner the configuration names, or undefined when scanning is switched off. */
export function scannerFor(
  config: Pick<AppConfig, 'documentScanner'>,
): DocumentScanner | undefined {
  switch (config.documentScanner) {
    case 'eicar-signature':
      return eicarSignatureScanner;
    case 'none':
      return undefined;
  }
}
