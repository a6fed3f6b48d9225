import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * Import boundaries of STYLE.md: app → features → components/lib → contract/domain, never upwards;
 * a feature never imports another feature; mocks and server never import the UI.
 */
const FEATURES = ['auth', 'overview', 'findings', 'inventory', 'graph', 'connection', 'principal', 'app', 'remediation', 'imports'];
const boundaries = [
  { target: './src/contract', from: ['./src/domain', './src/service', './src/app', './src/features', './src/components', './src/lib', './mocks', './server'], message: 'The contract depends on nothing of the app.' },
  { target: './src/domain', from: ['./src/service', './src/app', './src/features', './src/components', './src/lib', './mocks', './server'], message: 'The domain is pure: no UI, no mocks, no server.' },
  { target: './src/service', from: ['./src/app', './src/features', './src/components', './src/lib', './mocks', './server'], message: 'The service is I/O-free and shared: it imports only the contract and the domain.' },
  { target: './server', from: ['./src/app', './src/features', './src/components', './mocks'], message: 'The server serves the contract through src/service; it never imports the UI or the mock.' },
  { target: ['./src/components', './src/lib'], from: ['./src/app', './src/features'], message: 'Shared building blocks know nothing of features.' },
  { target: './src/features', from: ['./src/app'], message: 'Features are composed in app/, not the other way round.' },
  { target: './mocks', from: ['./src/app', './src/features', './src/components', './server'], message: 'The mock serves the contract; it never imports the UI.' },
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature never imports another feature; move shared pieces to components/ or lib/.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench/.cache', 'bench/results', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Inventory strings are hostile: nothing is ever injected as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden: render inventory text as text.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Writing HTML from strings is forbidden.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Writing HTML from strings is forbidden.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Zod's way in decides, before any schema is built, that the browser's parsers need no eval (src/contract/zod.ts).
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import z from src/contract/zod.ts: it keeps zod from probing the page's CSP for eval.", allowTypeImports: true }] }],
    },
  },
  // Tests and tools run in Node only.
  { files: ['src/contract/zod.ts', '**/*.test.ts', 'scripts/**'], rules: { 'no-restricted-imports': 'off' } },
);
