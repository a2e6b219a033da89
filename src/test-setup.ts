import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// findBy… and waitFor return as soon as what they wait for shows: this is only their bound, wide
// enough for a render on a 2-core machine shared with parallel builds (1 s by default).
configure({ asyncUtilTimeout: 10_000 });
