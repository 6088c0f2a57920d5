import 'mirotone/dist/styles.css';
import '../src/ui/panel.css';
import { render } from 'preact';
import { Panel } from '../src/ui/Panel';

// The only place the app touches Miro's global; everything below receives `miro` as a prop.
const miro = (window as { miro?: typeof window.miro }).miro;
const root = document.getElementById('root')!;

if (miro) {
  render(<Panel miro={miro} />, root);
} else {
  root.innerHTML =
    '<p class="p-medium" style="padding:24px">This panel runs inside Miro. To try the app without Miro, open <a href="sandbox.html">sandbox.html</a>.</p>';
}
