import { afterEach } from 'vitest';
import { loadLocale } from '@/locales';

// Specs switch languages synchronously and read the page at once: have English ready, as the app
// has its stored language ready before it mounts.
await loadLocale('en');

// A test that signed in leaves the device's "had a session" mark (stores/session.ts), which would
// make the next test's first page wait for the session: each test starts on a fresh device.
afterEach(() => localStorage.removeItem('gridbridge.hadSession'));
