/** Popup entry: builds the browser environment once and renders. */
import { render } from 'preact';
import { browser } from '../../shared/browser';
import { Popup } from './popup';
import { browserEnv } from './popup-env';

const root = document.getElementById('app');
if (root) render(<Popup env={browserEnv(browser, location.search)} />, root);
