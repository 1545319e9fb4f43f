export { aggregateAnnualStatistics } from './annual-statistics';
