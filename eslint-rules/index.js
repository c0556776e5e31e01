import importBoundaries from './import-boundaries.js';

/** The project's own lint rules, loaded by eslint.config.js as the `workstation` plugin. */
export default {
  meta: { name: 'eslint-plugin-workstation' },
  rules: { 'import-boundaries': importBoundaries },
};
