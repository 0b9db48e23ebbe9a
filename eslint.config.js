// ESLint: typescript-eslint's type-aware recommended rules on every TypeScript file of the repo.
// `npm run lint` (and .ci/run) must stay clean. A rule is turned off only with its reason beside it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', '.bench/', '.scratch/', 'coverage/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { version, ...rest } = item` drops a field on purpose
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // The page's event handlers (`h('form', { onsubmit: async … })`) and node:http's request
      // listener are async by design: the DOM and node ignore the promise, and each handler
      // catches its own errors. Promises passed where a value is used stay checked.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, properties: false } },
      ],
      // `import { z } from 'zod'` pulls all of zod into every bundle (about 340 KB more in the API);
      // the namespace import lets esbuild drop what is unused.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'` (tree-shaken).",
        },
      ],
    },
  },
  {
    // The page sets an element's text with setText (web/src/dom.ts), which keeps a date or a month
    // with its year on one line as the element builder does; `textContent =` wrote them bare (s45
    // re-check). dom.ts itself builds the spans.
    files: ['web/src/**/*.ts'],
    ignores: ['web/src/dom.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'` (tree-shaken).",
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='textContent']",
          message: 'Use setText(el, text) from web/src/dom.ts: it keeps dates and months with their years whole.',
        },
      ],
    },
  },
  {
    // Tests and benchmarks read untyped JSON (HTTP response bodies, CDK templates, captured mail)
    // and assert on its shape; typing every body first would add casts, not safety. Product code
    // (functions/, shared/, infra/, web/) keeps these rules.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
