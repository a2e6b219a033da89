import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The core (packs, engine, authoring, quiz, review, sharing) stays pure TypeScript: no UI framework, no storage, no i18n runtime.
const pureCore = {
	patterns: [
		{
			group: [
				'svelte',
				'svelte/*',
				'$app/*',
				'dexie',
				'i18next',
				'$lib/progress/*',
				'$lib/i18n/*',
				// Pure helpers: language codes, picking a pack text's language, Intl formatting.
				'!$lib/i18n/detect',
				'!$lib/i18n/languages',
				'!$lib/i18n/pack-text',
				'!$lib/i18n/format',
				'$lib/components/*',
				'$lib/state/*',
				'$lib/pwa/*'
			],
			message:
				'The core (engine, packs, authoring, quiz, review, sharing) is pure TypeScript: no Svelte, SvelteKit, Dexie or i18next.'
		}
	]
};

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
	}
);
