/**
 * The demo domain's public surface: the seeder, a plain function rather than a Nest module. It
 * runs while the database is prepared, before any Nest application exists (and in the migrate and
 * reset commands, which start none), and only when demo data is on: `database/prepare.ts` imports
 * this file dynamically, so the demo stays out of a production server's import graph.
 */
export { seedDemo } from './demo.seed.js';
