// Groups content lines into cards between BEGIN:VCARD and END:VCARD, skipping embedded cards
// (2.1 AGENT), text outside cards and lines that are not properties, and capping each card's size.
import type { ParseProblem } from './contact.js';
import type { ContentLine } from './vcard-lines.js';
import { parseProperty, type VCardProperty } from './vcard-property.js';

export interface RawCard {
  /** Line of BEGIN:VCARD. */
  line: number;
  properties: VCardProperty[];
}

export type Report = (problem: Omit<ParseProblem, 'file'>) => void;

/** Far above any real card (an iPhone card with everything filled in has ~60); bounds the work. */
export const maxPropertiesPerCard = 2000;

interface State {
  card: RawCard | null;
  /** Depth of embedded cards inside the current one. */
  nested: number;
  capped: boolean;
  /** Whether the current stretch of text outside any card has been reported. */
  strayReported: boolean;
}

export function collectCards(lines: ContentLine[], report: Report): RawCard[] {
  const cards: RawCard[] = [];
  const state: State = { card: null, nested: 0, capped: false, strayReported: false };
  for (const content of lines) {
    const property = parseProperty(content);
    const marker = property ? cardMarker(property) : null;
    if (marker === 'begin') beginCard(state, content.line, report);
    else if (marker === 'end') {
      if (state.nested > 0) state.nested -= 1;
      else if (state.card) {
        cards.push(state.card);
        state.card = null;
        state.strayReported = false;
      }
    } else addLine(state, content, property, report);
  }
  if (state.card) {
    report({
      line: state.card.line,
      field: 'VCARD',
      message: 'This card has no END:VCARD; it was read up to the end of the file.',
      severity: 'warning',
    });
    cards.push(state.card);
  }
  return cards;
}

function cardMarker(property: VCardProperty): 'begin' | 'end' | null {
  if (property.raw.trim().toUpperCase() !== 'VCARD') return null;
  if (property.name === 'BEGIN') return 'begin';
  return property.name === 'END' ? 'end' : null;
}

function beginCard(state: State, line: number, report: Report): void {
  if (state.card === null) {
    state.card = { line, properties: [] };
    state.capped = false;
    return;
  }
  state.nested += 1;
  report({
    line,
    field: 'AGENT',
    message: 'A card embedded in another card (an AGENT) was skipped.',
    severity: 'warning',
  });
}

function addLine(
  state: State,
  content: ContentLine,
  property: VCardProperty | null,
  report: Report,
): void {
  if (state.card === null) {
    if (!state.strayReported && content.text.trim() !== '') {
      state.strayReported = true;
      report({
        line: content.line,
        field: 'VCARD',
        message: 'Text outside BEGIN:VCARD … END:VCARD was ignored.',
        severity: 'warning',
      });
    }
    return;
  }
  if (state.nested > 0) return;
  if (property === null) {
    report({
      line: content.line,
      field: 'VCARD',
      message: 'This line is not a vCard property (it has no name and colon); it was skipped.',
      severity: 'warning',
    });
    return;
  }
  if (state.card.properties.length < maxPropertiesPerCard) {
    state.card.properties.push(property);
  } else if (!state.capped) {
    state.capped = true;
    report({
      line: content.line,
      field: property.name,
      message: `This card has more than ${maxPropertiesPerCard} properties; the rest were skipped.`,
      severity: 'warning',
    });
  }
}
