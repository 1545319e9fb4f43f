export {
  fictitiousCompanyName,
  fictitiousCreditCode,
  fictitiousPersonName,
  fictitiousResidentId,
  SAMPLE_COUNTY,
  SAMPLE_REGION,
} from './fictitious';
export { type Random, seededRandom } from './random';
export {
  generateSampleAgencies,
  generateSampleFeed,
  generateSampleRecords,
  SAMPLE_AGENCIES,
  type SampleOptions,
} from './sample-feed';
export { generatePenaltySheet } from './sample-rows';
