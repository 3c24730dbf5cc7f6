import {createTranslator} from '../../src/i18n/index.js';

export const en = createTranslator('en', 'UTC');
export const ko = createTranslator('ko', 'UTC');
