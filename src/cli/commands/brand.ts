// `kith brand`: your value statement, 30-second introduction and what you can offer; flags update them.
import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { offerCategories, type OfferItem } from '../../core/words/offer-catalogue.js';
import type { Brand } from '../../services/brand.js';
import { printJson, printLines } from '../io.js';
import { renderBrand } from '../render-words.js';
import type { Session } from '../session.js';
import { collect, parseChoice, withFlagNames } from '../words-flags.js';

interface BrandFlags {
  strength?: string[];
  who?: string;
  how?: string;
  interest?: string[];
  statement?: string;
  intro?: string;
  offer?: string[];
  json?: boolean;
}

const flagNames: Record<string, string> = {
  strengths: '--strength',
  whoIHelp: '--who',
  howIHelp: '--how',
  interests: '--interest',
  valueStatement: '--statement',
  intro: '--intro',
  offers: '--offer',
};

export function registerBrand(program: Command, session: Session): void {
  program
    .command('brand')
    .description('show or shape your value statement, introduction and what you can offer')
    .option('--strength <text>', 'something you are good at; repeat for more ("" clears)', collect)
    .option('--who <text>', 'who you help, such as "small nonprofits"')
    .option('--how <text>', 'how you help them, such as "turn messy data into clear decisions"')
    .option('--interest <text>', 'something you are curious about; repeat for more', collect)
    .option(
      '--statement <text>',
      'your value statement, in your words ("" goes back to the suggestion)',
    )
    .option('--intro <text>', 'your 30-second introduction ("" goes back to the suggestion)')
    .option(
      '--offer <category:detail>',
      `something you can give; repeat for more, and the list you give replaces the saved one. Categories: ${offerCategories.join(', ')}`,
      collect,
    )
    .option('--json', 'print your brand, offers and the offer catalogue as JSON')
    .addHelpText(
      'after',
      `
Only the flags you give change; everything else stays as it is.

Examples:
  kith brand
  kith brand --who "small nonprofits" --how "turn messy data into clear decisions"
  kith brand --strength SQL --strength "explaining numbers simply"
  kith brand --offer "feedback:a read of a CV or portfolio" --offer "skills:help with a SQL query"
  kith brand --statement "I help small nonprofits turn messy data into clear decisions."`,
    )
    .action(async (flags: BrandFlags) => {
      const { getBrand, saveBrand, saveOffers } = await import('../../services/brand.js');
      // Every flag is checked before anything is saved, so a bad --offer changes nothing.
      const offers = flags.offer?.map(parseOffer);
      const deps = await session.deps();
      const current = await getBrand(deps);
      const brandInput = mergeBrandFlags(current, flags);
      let brand: Brand = current;
      try {
        if (brandInput) brand = await saveBrand(deps, brandInput);
        if (offers) brand = await saveOffers(deps, { offers });
      } catch (error) {
        throw withFlagNames(error, flagNames);
      }
      if (flags.json) return printJson(session.io, brand);
      const saved = brandInput !== undefined || offers !== undefined;
      printLines(session.io, [...(saved ? ['Saved.', ''] : []), ...renderBrand(brand)]);
    });
}

/** The saved brand with the given flags laid over it, or undefined when no brand flag was given. */
function mergeBrandFlags(current: Brand, flags: BrandFlags): Record<string, unknown> | undefined {
  const given = [
    flags.strength,
    flags.who,
    flags.how,
    flags.interest,
    flags.statement,
    flags.intro,
  ].some((value) => value !== undefined);
  if (!given) return undefined;
  const { profile } = current;
  const list = (values: string[] | undefined) => values?.filter((value) => value.trim() !== '');
  return {
    strengths: list(flags.strength) ?? profile.strengths,
    whoIHelp: flags.who ?? profile.whoIHelp,
    howIHelp: flags.how ?? profile.howIHelp,
    interests: list(flags.interest) ?? profile.interests,
    valueStatement: flags.statement ?? profile.valueStatement,
    intro: flags.intro ?? profile.intro,
  };
}

/** "feedback:a read of a CV" → { category: 'feedback', detail: 'a read of a CV' }. */
function parseOffer(text: string): OfferItem {
  const colon = text.indexOf(':');
  if (colon < 0) {
    throw invalidInput([
      {
        field: '--offer',
        message: `write it as category:detail, such as "feedback:a read of a CV"; categories are ${offerCategories.join(', ')} (got "${text}")`,
      },
    ]);
  }
  const category = parseChoice(text.slice(0, colon), '--offer', offerCategories);
  const detail = text.slice(colon + 1).trim();
  if (detail === '') {
    throw invalidInput([
      {
        field: '--offer',
        message: `say what you would give after "${category}:", in a few words, such as "${category}:a read of a CV"`,
      },
    ]);
  }
  return { category, detail };
}
