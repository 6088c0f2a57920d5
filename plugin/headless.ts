import { openPanelOnIconClick } from '../src/ui/openPanelOnIconClick';

openPanelOnIconClick(window.miro, 'app.html');
