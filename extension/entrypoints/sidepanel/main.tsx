import { render } from 'preact';
import { App } from './App';
import { startSidePanel } from './state';

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  startSidePanel();
}
