/**
 * Popup entry: finds the tab (`?tab=ID` for the full-page form, else the active tab) and renders
 * the app with the real background API.
 */
import { render } from 'preact';
import { activeTabId, requestSiteAccess, sendToBackground } from '../platform';
import { createTaggingApi } from '../options/annotations/tagging-api';
import { PageTags } from './tags/PageTags';
import { App } from './App';
import { createPopupApi, tabFromQuery } from './popup-api';
import './popup.css';

async function start(): Promise<void> {
  const fromQuery = tabFromQuery(location.search);
  if (fromQuery !== null) document.documentElement.classList.add('full-page');
  let tabId = fromQuery;
  if (tabId === null) {
    try {
      tabId = await activeTabId();
    } catch {
      tabId = null;
    }
  }
  const root = document.getElementById('app');
  if (root) {
    render(
      <>
        <App api={createPopupApi(sendToBackground)} tabId={tabId} />
        <PageTags api={createTaggingApi(sendToBackground)} tabId={tabId} requestSiteAccess={requestSiteAccess} />
      </>,
      root,
    );
  }
}

void start();
