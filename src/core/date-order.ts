// The order a user writes a numeric date in (3/11/2026): day first, month first or year first.
// Shared with the web app, so it imports types only (see docs/decisions/0003-one-source-for-rules.md).

export const dateOrders = ['DMY', 'MDY', 'YMD'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** The choice to follow the computer Kith runs on, for forms that offer it beside the three orders. */
export const machineDateOrderLabel = 'As this computer writes them';

export const dateOrderLabels: Record<DateOrder, string> = {
  DMY: 'Day first (3/11/2026 is 3 November)',
  MDY: 'Month first (11/3/2026 is 3 November)',
  YMD: 'Year first (2026/11/3 is 3 November)',
};

/**
 * Regions that write month first (CLDR's short date patterns): the United States and the places
 * that follow its forms. Everyone else not listed under year-first writes the day first.
 */
const monthFirst = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'PH', 'FM', 'MH', 'PW']);
/** Languages whose short dates lead with the year (2026/11/03) and, without one, the month (11/3). */
const yearFirstLanguages = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn']);
const yearFirstRegions = new Set(['CN', 'JP', 'KR', 'TW', 'HU', 'LT', 'MN']);

/** The date order of a locale such as 'en-US' (MDY), 'en-GB' (DMY) or 'ja-JP' (YMD); DMY when unsure. */
export function dateOrderFromLocale(locale: string): DateOrder {
  const parsed = readLocale(locale);
  if (!parsed) return 'DMY';
  const { language, region } = parsed;
  if (monthFirst.has(region)) return 'MDY';
  if (yearFirstRegions.has(region) || (region === '' && yearFirstLanguages.has(language)))
    return 'YMD';
  // Canada mixes all three; English there follows the US forms on most machines.
  if (region === 'CA' && language === 'en') return 'MDY';
  return 'DMY';
}

function readLocale(locale: string): { language: string; region: string } | undefined {
  try {
    const parsed = new Intl.Locale(locale.replace(/_/g, '-'));
    return { language: parsed.language, region: parsed.region ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * The locale a POSIX machine sets for dates, by the usual precedence (LC_ALL, then LC_TIME, then
 * LANG), as a BCP 47 tag: 'en_GB.UTF-8' → 'en-GB'. Null for C/POSIX or nothing set.
 */
export function localeFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  const raw = [env.LC_ALL, env.LC_TIME, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  if (raw === undefined) return null;
  const bare = raw.replace(/[.@].*$/, '');
  if (bare === 'C' || bare === 'POSIX' || bare === '') return null;
  const tag = bare.replace(/_/g, '-');
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return null;
  }
}

/** A profile's date order as saved ('' means "from the machine's locale") read against the machine. */
export function effectiveDateOrder(saved: string, machineLocale: string | null): DateOrder {
  if ((dateOrders as readonly string[]).includes(saved)) return saved as DateOrder;
  return machineLocale === null ? 'DMY' : dateOrderFromLocale(machineLocale);
}
