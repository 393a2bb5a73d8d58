export * from './bank-holidays.js';
export * from './iso-date.js';
