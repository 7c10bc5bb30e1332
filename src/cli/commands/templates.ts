// `kith templates [person]`: your templates saved from a group's playbook, or written to one person
// with the tone check Kith's drafts get.
import type { Command } from 'commander';
import { printJson, printLines } from '../io.js';
import type { Session } from '../session.js';

export function registerTemplates(program: Command, session: Session): void {
  program
    .command('templates')
    .description(
      "your templates from a group's playbook, or written to one person and tone-checked",
    )
    .argument('[person]', 'a name or an id, such as "Ana Lopez" or 12')
    .option('--json', 'print the templates as JSON')
    .addHelpText(
      'after',
      `
Examples:
  kith templates
  kith templates "Ana Lopez" --json`,
    )
    .action(async (ref: string | undefined, flags: { json?: boolean }) => {
      const { myTemplates, templatesForPerson } =
        await import('../../services/playbook-templates.js');
      const deps = await session.deps();
      if (ref === undefined) {
        const templates = await myTemplates(deps);
        if (flags.json) return printJson(session.io, templates);
        if (templates.length === 0)
          return printLines(session.io, [
            "No templates yet. Save an entry from a group's playbook and it shows here.",
          ]);
        return printLines(
          session.io,
          templates.flatMap((template) => [
            `${template.title}${template.source?.groupName ? ` (from ${template.source.groupName})` : ''}`,
            ...template.body.split('\n').map((line) => `  ${line}`),
            '',
          ]),
        );
      }
      const { resolvePerson } = await import('../../services/resolve-person.js');
      const person = await resolvePerson(deps, { ref });
      const written = await templatesForPerson(deps, { personId: person.id });
      if (flags.json) return printJson(session.io, written);
      if (written.length === 0) return printLines(session.io, ['No templates yet.']);
      printLines(
        session.io,
        written.flatMap(({ template, text, tone }) => [
          `${template.title}: ${tone.score === null ? '' : `${tone.score}/100, `}${tone.verdict}`,
          ...text.split('\n').map((line) => `  ${line}`),
          ...tone.findings.map((finding) => `  - ${finding.excerpt}: ${finding.why}`),
          '',
        ]),
      );
    });
}
