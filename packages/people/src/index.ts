export * from './afc-bands.js';
export * from './contract.js';
export * from './locations.js';
export * from './reporting-line.js';
export * from './roles.js';
export * from './skills.js';
export * from './staff-member.js';
export * from './whole-time-equivalent.js';
