import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Import paths are matched as regular expressions so that a bare barrel (`$lib/progress`), a relative path
// (`../progress/db`) and an aliased one (`$lib/progress/db`) are all caught: globs let the first two through.
const lib = (dirs) => `^(\\$lib/|(\\.\\./)+(lib/)?)(${dirs})(/|$)`;

// The core (packs, engine, authoring, quiz, review, sharing) stays pure TypeScript: no UI framework, no storage, no i18n runtime.
const pureCore = {
	patterns: [
		{
			regex: '^(svelte|\\$app|dexie|i18next)(/|$)',
			message:
				'The core (engine, packs, authoring, quiz, review, sharing) is pure TypeScript: no Svelte, SvelteKit, Dexie or i18next.'
		},
		{
			regex: lib('progress|components|state|pwa'),
			message:
				'The core (engine, packs, authoring, quiz, review, sharing) does not reach the progress store, components, app state or the PWA layer.'
		},
		{
			// Pure helpers stay allowed: language codes, picking a pack text's language, Intl formatting.
			regex:
				'^(\\$lib/|(\\.\\./)+(lib/)?)i18n(/(?!(detect|languages|pack-text|format)(\\.ts)?$)|$)',
			message:
				'The core uses only the pure i18n helpers ($lib/i18n/detect, languages, pack-text, format), not the i18next runtime.'
		}
	]
};

// Generic components know nothing of the app: no state, storage, PWA, routing or other component folders.
const genericUi = {
	patterns: [
		{
			regex: '^\\$app(/|$)',
			message:
				'ui/ holds generic components: no SvelteKit routing or page state (use components/shell).'
		},
		{
			regex: lib('progress|state|pwa'),
			message: 'ui/ holds generic components: pass data in as props instead of reading app state.'
		},
		{
			regex: '^(\\$lib/components/|\\.\\./)(?!ui/)',
			message: 'ui/ holds generic components: it imports no other component folder.'
		}
	]
};

// Parts used by both the quiz and the scenario player live in components/exercise; neither screen
// reaches into the other, and the shared parts reach into neither.
const notInto = (dirs, message) => ({
	patterns: [{ regex: `^(\\$lib/components/|\\.\\./)(${dirs})/`, message }]
});
const tiers = [
	{
		files: ['src/lib/components/quiz/**'],
		rule: notInto(
			'scenario',
			'Quiz components do not import scenario components: move what both use to components/exercise.'
		)
	},
	{
		files: ['src/lib/components/scenario/**'],
		rule: notInto(
			'quiz',
			'Scenario components do not import quiz components: move what both use to components/exercise.'
		)
	},
	{
		files: ['src/lib/components/exercise/**'],
		rule: notInto(
			'quiz|scenario|shell',
			'components/exercise is shared by the quiz and the scenario player: it imports neither.'
		)
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: [
			'src/lib/engine/**',
			'src/lib/packs/**',
			'src/lib/authoring/**',
			'src/lib/quiz/**',
			'src/lib/review/**',
			'src/lib/sharing/**',
			'src/lib/scorm/**',
			'src/lib/class/**'
		],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', pureCore] }
	},
	{
		files: ['src/lib/components/ui/**'],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', genericUi] }
	},
	...tiers.map(({ files, rule }) => ({
		files,
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', rule] }
	}))
);
