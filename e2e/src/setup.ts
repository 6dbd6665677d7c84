import { afterEach } from 'vitest';
import { expectNoStrayEvents } from './browser.js';

// Every test of every file: no page of either app logs a console error or asks another origin for anything.
afterEach(() => expectNoStrayEvents());
