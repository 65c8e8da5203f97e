/** The header's "Suchen" button; Ctrl+K does the same (see SearchPanel). */
import { search as t } from '../../i18n/search';
import { Button } from '../../ui/Button';
import { openSearch } from './searchPanelStore';
import './search.css';

export function SearchButton() {
  return (
    <Button className="search-open" onClick={openSearch} title={t.openHint} aria-keyshortcuts="Control+K">
      {t.open}
    </Button>
  );
}
