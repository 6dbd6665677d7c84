import { Foundation1795758143796 } from './1795758143796-Foundation.js';
// Every migration, in order. `npm run migration:generate -- Name` adds new ones here.
export const MIGRATIONS: Function[] = [Foundation1795758143796];
