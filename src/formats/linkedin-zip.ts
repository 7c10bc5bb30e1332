// Opens a zip as downloaded (LinkedIn's quick or complete export, at the root or in folders) with
// fflate. A cut-short download still yields the files that arrived whole, with a warning.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';
import type { ParseProblem } from './contact.js';

export interface ZipEntry {
  /** The path inside the zip: "Connections.csv" or "Basic_LinkedInDataExport_02-08-2026/Connections.csv". */
  name: string;
  bytes: Uint8Array;
}

export interface ZipOptions {
  file: string;
  /** The largest a single file inside may be once unpacked; the whole unpacked zip may be four times that. */
  maxBytes: number;
}

export function unzipExport(
  bytes: Uint8Array,
  options: ZipOptions,
): { entries: ZipEntry[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  try {
    const files = unzipSync(bytes, { filter: admission(options, problems) });
    const entries: ZipEntry[] = [];
    for (const [name, data] of Object.entries(files)) {
      // The sizes the filter saw are the zip's own claims; the unpacked bytes are the truth.
      if (data.length > options.maxBytes) problems.push(tooBig(options, name, data.length));
      else entries.push({ name, bytes: data });
    }
    return { entries, problems };
  } catch {
    // No readable central directory, or damaged data: most often a download that stopped early.
    return salvage(bytes, options, []);
  }
}

/** Decides per entry whether to unpack it: folders, Mac resource forks and oversized files are not. */
function admission(
  options: ZipOptions,
  problems: ParseProblem[],
): (info: UnzipFileInfo) => boolean {
  let total = 0;
  return (info) => {
    if (!isContent(info.name)) return false;
    const problem = (message: string) =>
      problems.push({
        file: `${options.file}/${info.name}`,
        line: 1,
        field: null,
        message,
        severity: 'error',
      });
    if (info.compression !== 0 && info.compression !== 8) {
      problem(
        'This file is compressed with a method Kith cannot read (only stored and deflate); skipped.',
      );
      return false;
    }
    if (info.originalSize > options.maxBytes) {
      problems.push(tooBig(options, info.name, info.originalSize));
      return false;
    }
    const full = total > options.maxBytes * 4;
    total += info.originalSize;
    if (total > options.maxBytes * 4) {
      if (!full)
        problem(
          'The zip unpacks to far more than a contacts export; this file and the rest were skipped.',
        );
      return false;
    }
    return true;
  };
}

function isContent(name: string): boolean {
  if (name.endsWith('/') || name.startsWith('__MACOSX/')) return false;
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base !== '' && base !== '.DS_Store';
}

/** Reads entries front to back from their local headers, keeping only those that arrived complete. */
function salvage(
  bytes: Uint8Array,
  options: ZipOptions,
  problems: ParseProblem[],
): { entries: ZipEntry[]; problems: ParseProblem[] } {
  const entries: ZipEntry[] = [];
  const unzip = new Unzip((file) => {
    if (!isContent(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      size += data.length;
      if (size > options.maxBytes) problems.push(tooBig(options, file.name, size, true));
      if (error || size > options.maxBytes) return file.terminate();
      chunks.push(data);
      if (final) entries.push({ name: file.name, bytes: concat(chunks, size) });
    };
    try {
      file.start();
    } catch {
      // An entry compressed with a method fflate has no decoder for: leave it out.
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch {
    // Whatever came out whole before the damage is kept.
  }
  const message =
    entries.length === 0
      ? 'This zip is damaged or incomplete (perhaps the download stopped early) and nothing in it could be read. Download the export again.'
      : `This zip is incomplete (perhaps the download stopped early); the ${entries.length} file(s) that arrived whole were read, but others may be missing. Download the export again to be sure.`;
  problems.push({
    file: options.file,
    line: 1,
    field: null,
    message,
    severity: entries.length === 0 ? 'error' : 'warning',
  });
  return { entries, problems };
}

/** `size` is exact, or with `atLeast` how far unpacking got before it was stopped. */
function tooBig(options: ZipOptions, name: string, size: number, atLeast = false): ParseProblem {
  const unpacks = `${atLeast ? 'at least ' : ''}${formatSize(size)}`;
  return {
    file: `${options.file}/${name}`,
    line: 1,
    field: null,
    message: `This file unpacks to ${unpacks}, over the ${formatSize(options.maxBytes)} limit; skipped.`,
    severity: 'error',
  };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** "812 bytes", "4.9 KB", "50 MB": sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1_048_576 ? [bytes / 1024, 'KB'] : [bytes / 1_048_576, 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
