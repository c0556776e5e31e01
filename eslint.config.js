import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import workstation from './eslint-rules/index.js';

export default defineConfig(
  globalIgnores(['out/', 'node_modules/', '.scratch/', 'native/', 'dist/', 'test-results/', '.bench/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Scripts, the CLI launcher and the lint rules themselves run under plain Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: {
      // A leading underscore marks a parameter a callback signature forces on us.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { workstation },
    rules: { 'workstation/import-boundaries': 'error' },
  },
);
