import { amuse } from './amuse';
import { appleFinancial } from './apple-financial';
import { appleItunesLegacy } from './apple-itunes-legacy';
import { appleMusicStreaming } from './apple-music-streaming';
import { bandcamp } from './bandcamp';
import { beatport } from './beatport';
import { believe } from './believe';
import { cargo } from './cargo';
import { cdBaby } from './cdbaby';
import { distroKid } from './distrokid';
import { kontor } from './kontor';
import { orchard } from './orchard';
import { soundCloud } from './soundcloud';
import { spotifyForArtists } from './spotify-for-artists';
import type { StatementFormat } from './statement-format';
import { symphonic } from './symphonic';
import { tooLost } from './too-lost';
import { tuneCore } from './tunecore';
import { tuneCoreJapan } from './tunecore-japan';

/** Every statement layout the importer reads, tried in order of specificity. */
export const STATEMENT_FORMATS: readonly StatementFormat[] = [
  distroKid,
  tuneCore,
  spotifyForArtists,
  cdBaby,
  symphonic,
  orchard,
  believe,
  kontor,
  beatport,
  tooLost,
  tuneCoreJapan,
  appleMusicStreaming,
  appleFinancial,
  appleItunesLegacy,
  bandcamp,
  soundCloud,
  amuse,
  cargo,
];
