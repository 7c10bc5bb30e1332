// Exports the network as a file: CSV or vCard 4.0 (everyone, or one person), or the full JSON backup.
import { AppError } from '../core/errors.js';
import type { Person } from '../core/person.js';
import { peopleCsvRows, peopleCsvStart } from '../formats/csv-write.js';
import { writeVCards } from '../formats/vcard-write.js';
import { inSnapshot, readPeoplePages } from '../store/backup.repo.js';
import { prepareBackup, type FileSummary, type PreparedFile, type Sink } from './backup.js';
import { userToday, type Deps } from './deps.js';
import { resolvePerson } from './resolve-person.js';

export const exportFormats = ['vcard', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportInput {
  format: ExportFormat;
  /** One person, by id or name, for vcard and csv; everyone when left out. */
  person?: string;
}

interface PeopleWriter {
  extension: string;
  contentType: string;
  start: () => string;
  page: (people: readonly Person[]) => string;
}

const writers: Record<Exclude<ExportFormat, 'json'>, PeopleWriter> = {
  csv: {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    start: peopleCsvStart,
    page: peopleCsvRows,
  },
  vcard: {
    extension: 'vcf',
    contentType: 'text/vcard; charset=utf-8',
    start: () => '',
    page: writeVCards,
  },
};

export async function prepareExport(deps: Deps, input: ExportInput): Promise<PreparedFile> {
  if (input.format === 'json') {
    if (input.person !== undefined) {
      throw new AppError(
        'INVALID_INPUT',
        'person: a JSON backup holds the whole network; export one person as vcard or csv.',
        { problems: [{ field: 'person', message: 'works with vcard and csv, not json' }] },
      );
    }
    return prepareBackup(deps);
  }
  const writer = writers[input.format];
  const today = await userToday(deps);
  if (input.person !== undefined) {
    const person = await resolvePerson(deps, { ref: input.person });
    return {
      fileName: `${fileSlug(person.name)}-${today}.${writer.extension}`,
      contentType: writer.contentType,
      write: async (sink) => {
        await sink(writer.start() + writer.page([person]));
        return { people: 1 };
      },
    };
  }
  return {
    fileName: `kith-people-${today}.${writer.extension}`,
    contentType: writer.contentType,
    write: (sink) => writeEveryone(deps, writer, sink),
  };
}

async function writeEveryone(deps: Deps, writer: PeopleWriter, sink: Sink): Promise<FileSummary> {
  let people = 0;
  await sink(writer.start());
  await inSnapshot(deps.store, async (tx) => {
    for await (const page of readPeoplePages(tx, deps.accountId)) {
      await sink(writer.page(page));
      people += page.length;
    }
  });
  return { people };
}

/** "Ana López" → "ana-lopez": a file name every system accepts. */
function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'person';
}
