/** Options page entry: builds the browser environment once and renders. */
import { render } from 'preact';
import { browser } from '../../shared/browser';
import { Options } from './options';
import { browserOptionsEnv } from './options-env';

const root = document.getElementById('app');
if (root) render(<Options env={browserOptionsEnv(browser)} />, root);
