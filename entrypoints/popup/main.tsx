import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { loadPopupData, openSettings, openStory, revealEntity, savePage, searchCorpus, toggleSite } from '../../browser/popup-data';
import '../../components/popup.css';

render(
  <PopupApp load={loadPopupData} onToggleSite={toggleSite} onOpenStory={openStory} onReveal={revealEntity} search={searchCorpus} onOpenSettings={openSettings} onSavePage={savePage} />,
  document.getElementById('app')!,
);
