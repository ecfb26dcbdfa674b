import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, EncodingError } from './decode-text.js';

/**
 * Reads one input file as text: `.txt` (its encoding detected: see decode-text.ts) and `.pdf`
 * (its text layer). Refuses, with a message naming the reason, what is not a readable
 * document: missing, empty, over the size limit, binary, in an encoding we cannot read
 * faithfully, or a PDF without text.
 */

/** The size limit of an input file unless MAX_INGEST_BYTES says otherwise: 20 MiB (extraction takes about a minute for that much text). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The size limit of an input file: MAX_INGEST_BYTES (a whole number of bytes) when set, else MAX_FILE_BYTES. */
export function maxIngestBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_INGEST_BYTES?.trim();
  if (raw === undefined || raw === '') return MAX_FILE_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`MAX_INGEST_BYTES must be a whole number of bytes above 0, got '${raw}'`);
  return n;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Why a file over the limit is refused: its size and the limit, and how to raise it. */
export const tooLargeReason = (bytes: number, maxBytes: number): string =>
  `the file is ${bytes.toLocaleString('en')} bytes (${mib(bytes)}), over the ingest limit of ${maxBytes.toLocaleString('en')} bytes (${mib(maxBytes)}); nothing of it was read or written (raise MAX_INGEST_BYTES to ingest it)`;

export interface SourceText {
  readonly fileName: string;
  readonly text: string;
  readonly sha256: string;
  readonly bytes: number;
}

export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

export const SUPPORTED_EXTENSIONS = new Set(['.txt', '.pdf']);

export async function readSource(path: string, maxBytes = maxIngestBytes()): Promise<SourceText> {
  const fileName = basename(path) || path;
  const ext = extname(path).toLowerCase();
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new SourceError(path, 'does not exist');
    throw new SourceError(fileName, `cannot read the file (${error.code ?? error.message})`);
  });
  if (!SUPPORTED_EXTENSIONS.has(ext)) {
    throw new SourceError(fileName, `unsupported file type '${ext || '(none)'}'; raadsgraaf reads .txt and .pdf`);
  }
  if (!info.isFile()) throw new SourceError(fileName, 'not a regular file');
  if (info.size === 0) throw new SourceError(fileName, 'the file is empty');
  if (info.size > maxBytes) {
    throw new SourceError(fileName, tooLargeReason(info.size, maxBytes));
  }
  const buffer = await readFile(path);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const text = ext === '.pdf' ? await pdfText(fileName, buffer) : plainText(fileName, buffer);
  if (text.trim() === '') throw new SourceError(fileName, 'the file holds no text');
  return { fileName, text, sha256, bytes: buffer.length };
}

function plainText(fileName: string, buffer: Buffer): string {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new SourceError(fileName, 'the file is a PDF with a .txt name; rename it to .pdf');
  }
  // UTF-16 holds NUL bytes by nature; decodeText reads it when its byte-order mark says so.
  const utf16 = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff);
  if (!utf16 && looksBinary(buffer)) throw new SourceError(fileName, 'the file is binary, not text');
  try {
    return decodeText(buffer).text;
  } catch (error) {
    if (error instanceof EncodingError) throw new SourceError(fileName, error.message);
    throw error;
  }
}

/** NUL bytes, or many control characters, in the first 8 KiB. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / Math.max(sample.length, 1) > 0.1;
}

async function pdfText(fileName: string, buffer: Buffer): Promise<string> {
  if (buffer.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new SourceError(fileName, 'the file has a .pdf name but is not a PDF');
  }
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(buffer));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    throw new SourceError(fileName, `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = pages.join('\n\f\n');
  if (text.replace(/\s/g, '').length < 20) {
    throw new SourceError(fileName, 'the PDF has no text layer (a scan?); run OCR on it first');
  }
  return text;
}
