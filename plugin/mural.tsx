import 'mirotone/dist/styles.css';
import '../src/ui/panel.css';
import '../src/muralPage/muralPage.css';
import { render } from 'preact';
import { MuralPage } from '../src/muralPage/MuralPage';

render(<MuralPage />, document.getElementById('root')!);
