// `kith export`: the network as vCard 4.0 or CSV (everyone, or one person), or the full JSON backup.
import { extname } from 'node:path';
import type { Command } from 'commander';
import { formatBytes, writeOutput } from '../output-file.js';
import { printLines } from '../io.js';
import type { Session } from '../session.js';
import { formatCount } from '../whole-number.js';
import { parseChoice, withFlagNames } from '../words-flags.js';
import { UsageError } from '../failure.js';

interface ExportFlags {
  format?: string;
  out?: string;
  person?: string;
}

/** A format read from the file name when --format is left out. */
const formatByExtension: Record<string, string> = {
  '.vcf': 'vcard',
  '.vcard': 'vcard',
  '.csv': 'csv',
  '.json': 'json',
};

export function registerExport(program: Command, session: Session): void {
  program
    .command('export')
    .description('export your network as vCard 4.0, CSV, or the full JSON backup')
    .option('--format <format>', 'vcard, csv or json (read from --out when left out)')
    .option('--out <file>', 'the file to write (default: standard output)')
    .option('--person <ref>', 'only this person, by id or name (vcard and csv)')
    .addHelpText(
      'after',
      `
vCard and CSV hold every field of each person; the CSV opens in Excel with accents intact and
joins several emails or phones with " ::: ", as Google does. json is the same file as kith backup.

Examples:
  kith export --format vcard --out contacts.vcf
  kith export --out people.csv
  kith export --format vcard --person "Ana Lopez" > ana.vcf
  kith export --format json --out kith-backup.json`,
    )
    .action(async (flags: ExportFlags) => {
      const { exportFormats } = await import('../../services/export.js');
      const format = parseChoice(formatOf(flags), '--format', exportFormats);
      const kith = session.operations();
      const prepared = await kith
        .prepareExport({ format, person: flags.person })
        .catch((error: unknown) => {
          throw withFlagNames(error, { person: '--person' });
        });
      const written = await writeOutput(session.io, flags.out, (sink) => prepared.write(sink));
      if (flags.out === undefined) return;
      const size = formatBytes(written.bytes);
      const people = written.result?.people;
      printLines(session.io, [
        people === undefined
          ? `Exported your network from ${kith.server ?? 'Kith'} to ${flags.out} (${size}).`
          : `Exported ${formatCount(people)} ${people === 1 ? 'person' : 'people'} to ${flags.out} (${size}).`,
      ]);
    });
}

function formatOf(flags: ExportFlags): string {
  if (flags.format !== undefined) return flags.format;
  const inferred =
    flags.out === undefined ? undefined : formatByExtension[extname(flags.out).toLowerCase()];
  if (inferred) return inferred;
  throw new UsageError(
    'Say which format: kith export --format vcard, csv or json (or --out with a .vcf, .csv or .json name).',
  );
}
