// Reads vCard 2.1, 3.0 and 4.0 files as phones and address books write them: bytes in, contact
// records and problems out. Lines, cards, values and fields each have their own module.
import type { ContactRecord, ParseProblem, ParseResult } from './contact.js';
import { openCard } from './vcard-card.js';
import { collectCards, type RawCard, type Report } from './vcard-cards.js';
import { readContentLines } from './vcard-lines.js';
import { readContact } from './vcard-read.js';
import { isForeignBytes, type ValueContext } from './vcard-value.js';

export interface VCardParseOptions {
  /** The file name as the user gave it, for sources and problems. */
  file: string;
}

/** A damaged 50 MB file could report a problem per line; past this many, one more says so. */
const maxProblems = 1000;

export function parseVCard(
  bytes: Uint8Array,
  options: VCardParseOptions,
): ParseResult<ContactRecord> {
  const problems: ParseProblem[] = [];
  const report = reporter(options.file, problems);
  const { lines, utf16 } = readContentLines(bytes);
  const cards = collectCards(lines, report);
  if (cards.length === 0) {
    report({
      line: 1,
      field: 'VCARD',
      message: 'No vCard found: a vCard file holds cards from BEGIN:VCARD to END:VCARD.',
      severity: 'error',
    });
    return { records: [], problems };
  }
  const context: Omit<ValueContext, 'version'> = {
    utf16,
    defaultCharset: utf16 ? 'utf-8' : chooseDefaultCharset(cards, report),
  };
  const records: ContactRecord[] = [];
  for (const card of cards) {
    const record = readContact(openCard(card, context, report), options.file);
    if (record) records.push(record);
  }
  return { records, problems: problems.sort((a, b) => a.line - b.line) };
}

/**
 * Values without a CHARSET are UTF-8 when every one of them is valid UTF-8 once unfolded; otherwise
 * the file is taken for Windows-1252 (Outlook, old Windows tools). Which 8-bit set it really is
 * cannot be known for sure, so the user is told where the guess was made.
 */
function chooseDefaultCharset(cards: RawCard[], report: Report): 'utf-8' | 'windows-1252' {
  for (const card of cards) {
    const foreign = card.properties.find(isForeignBytes);
    if (!foreign) continue;
    report({
      line: foreign.line,
      field: foreign.name,
      message:
        'This file is not UTF-8 and names no character set, so it was read as Windows-1252. If ' +
        'accented letters look wrong (ñ where ń was meant, say), the file is in another set, such as ISO-8859-2.',
      severity: 'warning',
    });
    return 'windows-1252';
  }
  return 'utf-8';
}

function reporter(file: string, problems: ParseProblem[]): Report {
  return (problem) => {
    if (problems.length < maxProblems) problems.push({ file, ...problem });
    else if (problems.length === maxProblems) {
      problems.push({
        file,
        line: problem.line,
        field: 'VCARD',
        message: `More than ${maxProblems} problems; the rest are not listed.`,
        severity: 'warning',
      });
    }
  };
}
