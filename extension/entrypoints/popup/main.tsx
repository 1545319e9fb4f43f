import { render } from 'preact';
import { SiteSwitch } from './SiteSwitch';
import { loadCurrentSite } from './site-state';

const root = document.getElementById('app');
if (root) {
  render(<SiteSwitch />, root);
  void loadCurrentSite();
}
