/**
 * Options page entry. Sections are separate components so other features (annotations, claim
 * packs, data) can add theirs beside `Settings`.
 */
import { render } from 'preact';
import { localStorageArea, sendToBackground } from '../platform';
import { AnnotationsPage } from './annotations/AnnotationsPage';
import { ClaimPacks } from './annotations/ClaimPacks';
import { DataSection } from './annotations/DataSection';
import { createTaggingApi } from './annotations/tagging-api';
import { Settings } from './Settings';
import { createSettingsStore } from './settings-store';
import './options.css';

function Options() {
  const store = createSettingsStore(localStorageArea());
  const tagging = createTaggingApi(sendToBackground);
  return (
    <main class="options">
      <h1>Deal Lens options</h1>
      <Settings store={store} />
      <AnnotationsPage api={tagging} />
      <ClaimPacks api={tagging} />
      <DataSection api={tagging} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
