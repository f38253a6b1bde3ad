// Word normalisation is a text utility that the model and the templates use too.
export { normaliseWords } from '../text/normaliseWords.ts';
