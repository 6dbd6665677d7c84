/** What the case pages share, one file per concern. */
export * from './types';
export * from './labels';
export * from './deadlines';
export * from './actions';
export * from './filters';
export * from './triage';
export * from './entry';
export * from './attachments';
export * from './loop';
