/**
 * The chart's words, in its own folder: registered under its namespace (`paths.*`) when any of its modules loads.
 */
import { registerMessages } from '../../i18n/locale';
import en from './messages/en.json';
import zhHant from './messages/zh-Hant.json';

registerMessages('paths', { en, 'zh-Hant': zhHant });
