/** The header's "Suchen" button; its shortcut (Strg+K, frame/shortcuts) does the same (see SearchPanel). */
import { search as t } from '../../i18n/search';
import { Button } from '../../ui/Button';
import { ariaKeyShortcuts } from '../frame/shortcuts';
import { openSearch } from './searchPanelStore';
import './search.css';

export function SearchButton() {
  return (
    <Button className="search-open" onClick={openSearch} title={t.openHint} aria-keyshortcuts={ariaKeyShortcuts('search')}>
      {t.open}
    </Button>
  );
}
