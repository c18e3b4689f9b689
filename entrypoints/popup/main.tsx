import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { loadPopupData, openStory, revealEntity, toggleSite } from '../../browser/popup-data';
import '../../components/popup.css';

render(<PopupApp load={loadPopupData} onToggleSite={toggleSite} onOpenStory={openStory} onReveal={revealEntity} />, document.getElementById('app')!);
