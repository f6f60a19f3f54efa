// pymm's public library API.
export * from './heap/index.js';
