// Lint rules: type-aware checks plus the layer rules that keep every import arrow pointing down.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const io = ['kysely', 'better-sqlite3', 'pg', 'fastify', 'react', 'react-dom', 'commander'];
const ioNode = [
  'node:fs',
  'fs',
  'node:fs/promises',
  'node:http',
  'http',
  'node:net',
  'node:child_process',
];

/** Forbid imports of the given layer folders and packages from one layer. */
function layer(files, { folders = [], packages = [], message }) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message })),
          patterns: folders.map((folder) => ({
            group: [`**/${folder}/**`, `**/${folder}`],
            message,
            allowTypeImports: files.some((f) => f.startsWith('web')),
          })),
        },
      ],
    },
  };
}

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
  layer(['src/core/**', 'src/formats/**'], {
    folders: ['store', 'services', 'cli', 'server', 'web'],
    packages: [...io, ...ioNode],
    message: 'The core and formats are pure: no I/O, no outer layers.',
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
    folders: ['core', 'store', 'services', 'cli', 'server'].map((f) => `src/${f}`),
    packages: ['kysely', 'better-sqlite3', 'pg', 'fastify'],
    message: 'The web app talks to the server only through the API client.',
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
