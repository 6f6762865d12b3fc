import { describe, expect, it } from 'vitest';
import { checkDeclaredType, detectContentType, extensionOf } from './content-type.ts';
import { inlineContentDisposition } from './content-disposition.ts';
import { loadConfig } from '../../platform/config/config.ts';
import { checkContent } from './upload-document.ts';
import { DOCUMENT_MAX_BYTES } from './read-upload.ts';
import { EICAR_SIGNATURE, eicarSignatureScanner, scannerFor } from './document-scanner.ts';
import { sampleJpeg, samplePdf, samplePng } from './upload-fixtures.ts';

describe('typing a file by its content', () => {
  it('recognises PDF, PNG and JPEG by their first bytes, whatever the name', () => {
    expect(detectContentType(samplePdf())).toMatchObject({
      mediaType: 'application/pdf',
      isAccepted: true,
    });
    expect(detectContentType(samplePng())).toMatchObject({
      mediaType: 'image/png',
      isAccepted: true,
    });
    expect(detectContentType(sampleJpeg())).toMatchObject({
      mediaType: 'image/jpeg',
      isAccepted: true,
    });
  });

  it('names what a refused file is', () => {
    expect(detectContentType(Buffer.from('GIF89a....'))).toMatchObject({
      label: 'a GIF image',
      isAccepted: false,
    });
    expect(detectContentType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({
      mediaType: 'application/zip',
    });
    expect(detectContentType(Buffer.from('MZ\x90\x00', 'latin1'))).toMatchObject({
      label: 'a Windows program',
    });
    expect(detectContentType(Buffer.from('<html><body>hi</body></html>'))).toMatchObject({
      mediaType: 'text/plain',
    });
    expect(detectContentType(Buffer.alloc(0))).toMatchObject({ mediaType: 'empty' });
    expect(detectContentType(Buffer.from([0, 1, 2, 3, 250]))).toMatchObject({
      mediaType: 'application/octet-stream',
    });
  });

  it('does not take a PDF that starts with a space or a truncated signature', () => {
    expect(detectContentType(Buffer.from(' %PDF-1.4')).isAccepted).toBe(false);
    expect(detectContentType(Buffer.from([0xff, 0xd8])).isAccepted).toBe(false);
  });
});

describe('what the browser declared', () => {
  it('agrees when type and extension match, or say nothing', () => {
    expect(
      checkDeclaredType('application/pdf', { contentType: 'application/pdf', fileName: 'H&P.PDF' }),
    ).toEqual({ agrees: true });
    expect(
      checkDeclaredType('image/jpeg', { contentType: 'image/jpg', fileName: 'card.jpeg' }),
    ).toEqual({ agrees: true });
    expect(
      checkDeclaredType('image/png', { contentType: 'application/octet-stream', fileName: 'scan' }),
    ).toEqual({ agrees: true });
    expect(
      checkDeclaredType('application/pdf', { contentType: undefined, fileName: 'J. Smith H&P' }),
    ).toEqual({ agrees: true });
  });

  it('disagrees when the declared Content-Type names another format', () => {
    expect(
      checkDeclaredType('application/pdf', { contentType: 'image/png', fileName: 'a.pdf' }),
    ).toEqual({
      agrees: false,
      reason: 'content-type',
      declared: 'image/png',
    });
  });

  it('disagrees when the extension names another format', () => {
    expect(
      checkDeclaredType('image/png', { contentType: 'image/png', fileName: 'card.jpg' }),
    ).toMatchObject({
      agrees: false,
      reason: 'extension',
      declared: '.jpg',
    });
    expect(
      checkDeclaredType('application/pdf', { contentType: '', fileName: 'orders.pdf.exe' }),
    ).toMatchObject({
      reason: 'extension',
    });
  });

  it('reads an extension only when it looks like one', () => {
    expect(extensionOf('scan.PDF')).toBe('pdf');
    expect(extensionOf('J. Smith H&P')).toBeUndefined();
    expect(extensionOf('card.jpeg ')).toBe('jpeg');
    expect(extensionOf('report.2024')).toBeUndefined();
  });
});

describe('the inline Content-Disposition', () => {
  it('keeps quotes, line breaks and non-ASCII out of the quoted name and gives the exact name in UTF-8', () => {
    const header = inlineContentDisposition('陈美 "consent"\r\n.pdf', 'application/pdf');
    expect(header).toMatch(
      /^inline; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/,
    );
    expect(header).not.toContain('\r');
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('陈美 "consent"\r\n.pdf');
  });

  it('adds the extension of the stored type to a name without one', () => {
    expect(inlineContentDisposition('insurance card', 'image/jpeg')).toContain(
      'filename="insurance card.jpg"',
    );
  });
});

describe('the virus-scan hook', () => {
  it('finds the EICAR test signature inside an otherwise valid PDF', async () => {
    const infected = Buffer.concat([samplePdf(), EICAR_SIGNATURE]);
    expect(await eicarSignatureScanner.scan(infected)).toBe('infected');
    expect(await eicarSignatureScanner.scan(samplePdf())).toBe('clean');
  });

  it('is chosen by configuration, and can be switched off', () => {
    expect(scannerFor({ documentScanner: 'eicar-signature' })?.name).toBe('eicar-signature');
    expect(scannerFor({ documentScanner: 'none' })).toBeUndefined();
    expect(loadConfig({}).documentScanner).toBe('eicar-signature');
    expect(loadConfig({ INFUSIO_DOCUMENT_SCANNER: 'none' }).documentScanner).toBe('none');
    expect(() => loadConfig({ INFUSIO_DOCUMENT_SCANNER: 'clamav' })).toThrow(
      'INFUSIO_DOCUMENT_SCANNER: must be',
    );
  });
});

describe('the size limit', () => {
  const pdfOf = (size: number) => {
    const pdf = samplePdf();
    return Buffer.concat([pdf, Buffer.alloc(size - pdf.length)]);
  };

  it('accepts a file of exactly the limit and refuses one byte more with 413', () => {
    expect(
      checkContent({
        bytes: pdfOf(DOCUMENT_MAX_BYTES),
        fileName: 'a.pdf',
        declaredType: 'application/pdf',
      }),
    ).toBe('application/pdf');
    expect(() =>
      checkContent({
        bytes: pdfOf(DOCUMENT_MAX_BYTES + 1),
        fileName: 'a.pdf',
        declaredType: 'application/pdf',
      }),
    ).toThrow(expect.objectContaining({ status: 413 }));
  });

  it('refuses an empty file as a field error', () => {
    expect(() =>
      checkContent({ bytes: Buffer.alloc(0), fileName: 'a.pdf', declaredType: undefined }),
    ).toThrow(
      expect.objectContaining({
        status: 400,
        fields: [expect.objectContaining({ field: '/file', code: 'empty' })],
      }),
    );
  });
});
