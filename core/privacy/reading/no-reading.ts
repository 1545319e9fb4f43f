import type { DocumentReading } from './document-reading';

/**
 * The reading of a text that has not been read as a document: no blocks, no names, no
 * minors. Detectors then decide by labels and subject words alone, as before there was a
 * reading. For a short field (a party's name, a 处罚内容 line) that is all there is to know;
 * a whole decision is read with readDocument.
 */
const nothing = () => [];

export const NO_READING: DocumentReading = {
  holderAt: () => undefined,
  holders: [],
  thirdPartyNames: [],
  publicNames: [],
  personalAddresses: [],
  repeatedAddresses: [],
  minors: [],
  companyVehicleAt: () => false,
  signature: '',
  findingsIn: nothing,
  readOn: nothing,
};
