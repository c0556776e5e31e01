export const SALE_TYPES = ['stream', 'download', 'ugc', 'physical', 'other'] as const;
export type SaleType = (typeof SALE_TYPES)[number];

/**
 * Canonical platforms and the spellings statements use for them. Unknown store names are kept
 * as new platforms (never dropped); the user can alias them later.
 */
export const PLATFORM_CATALOGUE: readonly { name: string; saleType: SaleType; aliases: string[] }[] = [
  { name: 'Spotify', saleType: 'stream', aliases: ['Spotify Premium', 'Spotify Free', 'Spotify Ad-Supported'] },
  { name: 'Apple Music', saleType: 'stream', aliases: ['Apple Music Streaming', 'Apple Inc. (Music)', 'AppleMusic'] },
  { name: 'iTunes', saleType: 'download', aliases: ['iTunes Store', 'Apple iTunes', 'iTunes Downloads', 'Apple Inc.'] },
  { name: 'iTunes Match', saleType: 'other', aliases: [] },
  { name: 'Amazon Music', saleType: 'stream', aliases: ['Amazon Unlimited', 'Amazon Prime', 'Amazon Music Unlimited', 'Amazon Prime Music', 'Amazon (Streaming)', 'Amazon'] },
  { name: 'Amazon Downloads', saleType: 'download', aliases: ['Amazon (Downloads)', 'Amazon MP3', 'Amazon Digital'] },
  { name: 'YouTube Music', saleType: 'stream', aliases: ['YouTube (Red)', 'YouTube Premium', 'YouTube Music Premium', 'Google Play Music', 'YouTube (Ads)', 'YouTube Subscription'] },
  { name: 'YouTube Content ID', saleType: 'ugc', aliases: ['YouTube (Audio Tier)', 'YouTube UGC', 'YouTube Art Tracks', 'youtube_audio_tier', 'YouTube ContentID'] },
  { name: 'Deezer', saleType: 'stream', aliases: [] },
  { name: 'TIDAL', saleType: 'stream', aliases: ['Tidal'] },
  { name: 'TikTok', saleType: 'ugc', aliases: ['Tik Tok', 'TikTok / Resso', 'Resso'] },
  { name: 'Meta', saleType: 'ugc', aliases: ['Facebook', 'Instagram', 'Facebook / Instagram', 'Facebook Audio Library'] },
  { name: 'Pandora', saleType: 'stream', aliases: ['Pandora Premium', 'Pandora Radio'] },
  { name: 'SoundCloud', saleType: 'stream', aliases: ['SoundCloud Go'] },
  { name: 'Napster', saleType: 'stream', aliases: ['Rhapsody'] },
  { name: 'Tencent', saleType: 'stream', aliases: ['QQ Music', 'Tencent Music', 'KuGou', 'Kuwo'] },
  { name: 'NetEase Cloud Music', saleType: 'stream', aliases: ['NetEase'] },
  { name: 'Anghami', saleType: 'stream', aliases: [] },
  { name: 'Boomplay', saleType: 'stream', aliases: [] },
  { name: 'Audiomack', saleType: 'stream', aliases: [] },
  { name: 'iHeartRadio', saleType: 'stream', aliases: ['iHeart'] },
  { name: 'Qobuz', saleType: 'stream', aliases: [] },
  { name: 'JioSaavn', saleType: 'stream', aliases: ['Saavn'] },
  { name: 'Beatport', saleType: 'download', aliases: [] },
  { name: 'Bandcamp', saleType: 'download', aliases: [] },
  { name: '7digital', saleType: 'download', aliases: ['7 Digital'] },
  { name: 'Snapchat', saleType: 'ugc', aliases: [] },
  { name: 'Peloton', saleType: 'stream', aliases: [] },
  { name: 'Shazam', saleType: 'other', aliases: [] },
];
