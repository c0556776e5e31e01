import { distroKid } from './distrokid';
import type { StatementFormat } from './statement-format';
import { tuneCore } from './tunecore';

/** Every statement layout the importer reads, tried in order of specificity. */
export const STATEMENT_FORMATS: readonly StatementFormat[] = [distroKid, tuneCore];
