import { loadLocale } from '@/locales';

// Specs switch languages synchronously and read the page at once: have English ready, as the app
// has its stored language ready before it mounts.
await loadLocale('en');
