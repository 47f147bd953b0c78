// Lint for the whole repo: typescript-eslint's type-checked recommended rules plus the rules that
// catch a promise an action forgets (a post step that never ran), and the import floors of src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The floors of src/, top to bottom. A folder may import its own files and the floors below it,
// never a floor above. The domain floor's folders (abi/, cache/, sonar/) never import each other;
// on the lower floors neighbours may (ci/ uses process/). go/, report/ and the domain folders take
// a logger or callbacks instead of reaching into ci/, the platform seam.
const floors = [['actions'], ['abi', 'cache', 'sonar'], ['go', 'report'], ['ci', 'errors', 'fs', 'process']];
const domainFloor = 1;
const noCi = ['go', 'abi', 'cache', 'sonar', 'report'];

function floorRules() {
  const out = [];
  floors.forEach((floor, i) => {
    for (const dir of floor) {
      const above = floors.slice(0, i).flat();
      const beside = i === domainFloor ? floor.filter((d) => d !== dir) : [];
      const banned = [...above, ...beside, ...(noCi.includes(dir) ? ['ci'] : [])];
      out.push({
        files: [`src/${dir}/**/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  group: banned.flatMap((d) => [`../${d}/*`, `../../${d}/*`]).concat(['../cli.js', '../../cli.js']),
                  message: `src/${dir}/ sits on a lower floor: it may not import ${banned.join(', ')} or the CLI (see eslint.config.mjs floors).`,
                },
              ],
            },
          ],
        },
      });
    }
  });
  return out;
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist.building-*/**',
      'dist.old-*/**',
      'node_modules/**',
      'test/fixtures/**',
      'build/**',
      '.go-ci-kit/**',
      '.gitlab-ci-local/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...floorRules(),
);
