export { INVALID, readSpec, type Spec, specToJsonSchema } from './spec';
