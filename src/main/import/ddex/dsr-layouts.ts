/**
 * Cell names of the record types this reader uses, as DSR Part 8 and the profiles define them,
 * for files that do not declare their own with `#` lines. A `#` line in the file always wins: it
 * is how senders say which version of a record they wrote and which bilateral cells they added.
 * Names exclude cell 1 (the record type). Keys are a versioned type (`SY02.01`) or a base type
 * (`SY02`) that stands for the version current in DSR 3.
 */

const SUMMARY_START = ['SummaryRecordId', 'DistributionChannel', 'DistributionChannelDPID', 'CommercialModel', 'UseType', 'Territory', 'ServiceDescription'];
const SOUND_RECORDING = [
  'BlockId', 'ResourceReference', 'DspResourceId', 'ISRC', 'Title', 'SubTitle', 'DisplayArtistName', 'DisplayArtistPartyId',
  'Duration', 'ResourceType',
];
const WORK_CREDITS = [
  'ComposerAuthor', 'ComposerAuthorPartyId', 'Arranger', 'ArrangerPartyId', 'MusicPublisher', 'MusicPublisherPartyId',
  'WorkContributor', 'WorkContributorPartyId',
];

export const STANDARD_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  HEAD: [
    'MessageVersion', 'Profile', 'ProfileVersion', 'MessageId', 'MessageCreatedDateTime', 'FileNumber', 'NumberOfFiles',
    'UsageStartDate', 'UsageEndDate', 'SenderPartyId', 'SenderName', 'ServiceDescription', 'RecipientPartyId', 'RecipientName',
    'RepresentedRepertoire',
  ],
  FOOT: ['NumberOfLinesInFile', 'NumberOfLinesInReport', 'NumberOfSummaryRecords', 'NumberOfBlocksInFile', 'NumberOfBlocksInReport'],
  SRFO: ['NumberOfLinesInReport', 'NumberOfSummaryRecords'],
  SY01: [...SUMMARY_START, 'Usages', 'Subscribers', 'CurrencyOfReporting', 'NetRevenue', 'IndirectNetRevenue', 'CurrencyOfTransaction', 'ExchangeRate'],
  'SY02.01': [
    ...SUMMARY_START, 'Usages', 'Users', 'Currency', 'NetRevenue', 'RightsController', 'RightsControllerPartyId', 'AllocatedUsages',
    'AllocatedRevenue', 'AllocatedNetRevenue', 'RightsType',
  ],
  SY02: [
    ...SUMMARY_START, 'Usages', 'Users', 'CurrencyOfReporting', 'NetRevenue', 'RightsController', 'RightsControllerPartyId',
    'AllocatedUsages', 'AllocatedRevenue', 'AllocatedNetRevenue', 'RightsType', 'ContentCategory', 'CurrencyOfTransaction',
    'ExchangeRate', 'RightsTypePercentage',
  ],
  RE01: [
    'BlockId', 'ReleaseReference', 'DspReleaseId', 'ProprietaryReleaseId', 'CatalogNumber', 'ICPN', 'DisplayArtistName',
    'DisplayArtistPartyId', 'Title', 'SubTitle', 'ReleaseType', 'Label', 'PLine', 'DataProvider',
  ],
  RE02: ['BlockId', 'ReleaseReference', 'DspSubReleaseId', 'ProprietarySubReleaseId', 'UsedResources'],
  AS01: [...SOUND_RECORDING, 'IsMasterRecording'],
  AS02: [...SOUND_RECORDING, 'ISWC', ...WORK_CREDITS, 'ProprietaryWorkId', 'IsMasterRecording'],
  MW01: ['BlockId', 'DspWorkId', 'ISWC', 'Title', 'SubTitle', ...WORK_CREDITS, 'DataProvider', 'ProprietaryWorkId'],
  SU01: [
    'BlockId', 'SummaryRecordId', 'SalesTransactionId', 'TransactedRelease', 'TransactedResource', 'IsRoyaltyBearing',
    'SalesUpgrade', 'Usages', 'Returns', 'PriceConsumerPaidExcSalesTax', 'PromotionalActivity',
  ],
  SU02: [
    'BlockId', 'SummaryRecordId', 'SalesTransactionId', 'TransactedRelease', 'TransactedResource', 'IsRoyaltyBearing',
    'NumberOfStreams', 'PriceConsumerPaidExcSalesTax', 'PromotionalActivity',
  ],
  'SU03.01': [
    'BlockId', 'SalesTransactionId', 'SummaryRecordId', 'DspReleaseId', 'Usages', 'NetRevenue', 'ValidityPeriodStart',
    'ValidityPeriodEnd',
  ],
  SU03: [
    'BlockId', 'SalesTransactionId', 'SummaryRecordId', 'DspResourceId', 'Usages', 'NetRevenue', 'ValidityPeriodStart',
    'ValidityPeriodEnd', 'ContentCategory', 'IsRoyaltyBearing',
  ],
  LI01: [
    'BlockId', 'SummaryRecordId', 'RightsController', 'RightsControllerPartyId', 'RightsControllerWorkId', 'RightSharePercentage',
    'RightsType', 'AllocatedNetRevenue', 'AllocatedAmount',
  ],
};

/** `SY02.01` → `SY02`; a type without a version is its own base. */
export function baseRecordType(type: string): string {
  return type.replace(/\.\d+$/, '');
}
