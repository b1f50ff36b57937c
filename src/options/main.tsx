/**
 * Options page entry. Sections are separate components so other features (annotations, claim
 * packs, data) can add theirs beside `Settings`.
 */
import { render } from 'preact';
import { localStorageArea } from '../platform';
import { Settings } from './Settings';
import { createSettingsStore } from './settings-store';
import './options.css';

function Options() {
  const store = createSettingsStore(localStorageArea());
  return (
    <main class="options">
      <h1>Deal Lens options</h1>
      <Settings store={store} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
