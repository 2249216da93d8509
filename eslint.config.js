// Type-aware lint for all TypeScript; generated code is checked for staleness, not style.
import tseslint from 'typescript-eslint';

const seedImport = {
  regex: '^(\\.\\./)+seed/',
  message: 'src/ never imports seed/: the pipeline lives in src/ingest, seed/ only uses it.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'src/graphql/__generated__/',
      'web/**/__generated__/',
      'neo4j/',
      '.neo4j/',
      'artifacts/',
      'dist/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // A function longer than a screen says why in its disable comment (the reason is the exception).
  {
    files: ['src/**/*.ts', 'seed/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  // Imports between top-level folders run one way: nothing in src/ imports seed/ (the articles,
  // the CLI, the extraction evaluation), and the loader pipeline in src/ingest stands beside the
  // GraphQL layer, importing the data layer and the database but never graphql/ or server/.
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [seedImport] }] },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            seedImport,
            {
              regex: '^(\\.\\./)+(graphql|server)/',
              message:
                'src/ingest imports the data layer and the database, never the GraphQL layer or the server.',
            },
          ],
        },
      ],
    },
  },
);
