// Lint rules: type-aware checks plus the layer rules that keep every import arrow pointing down.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const io = ['kysely', 'better-sqlite3', 'pg', 'fastify', 'react', 'react-dom', 'commander'];
/** Packages too big for the browser bundle. */
const heavy = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'libphonenumber-js', 'zod'];
const ioNode = [
  'node:fs',
  'fs',
  'node:fs/promises',
  'node:http',
  'http',
  'node:net',
  'node:child_process',
];

/**
 * Core and format modules the web bundle imports at runtime: labels, intents and the rules the web
 * app must share with the CLI and the server. Each imports types only (or nothing), and the rule
 * below holds it to that, so no heavy package (wink-nlp, chrono-node, libphonenumber-js, zod, a
 * database driver) can reach the bundle through one. Anything that needs stored data comes from the
 * API instead. See docs/decisions/0003-one-source-for-rules.md.
 */
const sharedWithWeb = [
  'src/core/date-order.ts',
  'src/core/goals.ts',
  'src/core/group-words.ts',
  'src/core/interaction-words.ts',
  'src/core/playbook-words.ts',
  'src/core/request-headers.ts',
  'src/core/tone/tone-words.ts',
  'src/core/words/intents.ts',
  'src/core/words/prose.ts',
  'src/core/words/sent.ts',
  'src/core/words/stages.ts',
  'src/formats/format-words.ts',
];

/** "src/core/goals.ts" as the tail of an import path, for a regular expression: "core/goals\\.js". */
function asImport(file) {
  return file
    .replace(/^src\//, '')
    .replace(/\.ts$/, '.js')
    .replaceAll('.', '\\.');
}

/** Forbid imports of the given layer folders and packages from one layer. */
function layer(files, { folders = [], packages = [], patterns = [], message, typesOk = false }) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message, allowTypeImports: typesOk })),
          patterns: [
            ...folders.map((folder) => ({
              group: [`**/${folder}/**`, `**/${folder}`],
              message,
              allowTypeImports: typesOk,
            })),
            ...patterns,
          ],
        },
      ],
    },
  };
}

const pure = {
  folders: ['store', 'services', 'cli', 'server', 'web'],
  packages: [...io, ...ioNode],
  message: 'The core and formats are pure: no I/O, no outer layers.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**', 'src/formats/**'], pure),
  // Listed after the core rule so it replaces it for these files: the same, plus types only.
  layer(sharedWithWeb, {
    ...pure,
    patterns: [
      {
        regex: '.*',
        allowTypeImports: true,
        message:
          'The web app imports this module, so it may import types only: a value import could pull a heavy package into the bundle.',
      },
    ],
  }),
  layer(['src/store/**'], {
    folders: ['services', 'cli', 'server', 'web'],
    message: 'The store sits below services and the edges.',
  }),
  layer(['src/services/**'], {
    folders: ['cli', 'server', 'web'],
    packages: ['fastify', 'commander', 'react'],
    message: 'Services know nothing of the edges.',
  }),
  layer(['src/cli/**', 'src/server/**'], {
    folders: ['store/*.repo', 'web'],
    packages: ['kysely', 'better-sqlite3', 'pg'],
    message: 'Edges call services, never the store or SQL.',
  }),
  layer(['web/**'], {
    folders: ['store', 'services', 'cli', 'server'].map((f) => `src/${f}`),
    packages: [...heavy, 'kysely', 'better-sqlite3', 'pg', 'fastify'],
    patterns: [
      {
        regex: `/src/(?!(${sharedWithWeb.map(asImport).join('|')})$)(core|formats)/`,
        allowTypeImports: true,
        message:
          'The web app imports only the modules in sharedWithWeb (eslint.config.js); data comes from the API.',
      },
    ],
    message: 'The web app talks to the server only through the API client.',
    typesOk: true,
  }),
  {
    // Frozen migrations describe the schema as it was, so they deliberately use Kysely<any>.
    files: ['src/store/migrations/**', 'src/store/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
