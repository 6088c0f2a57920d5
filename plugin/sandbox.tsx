import 'mirotone/dist/styles.css';
import '../src/ui/panel.css';
import '../src/sandbox/sandbox.css';
import { render } from 'preact';
import { createEmulatedMiro, type EmulatedMiro } from '../src/index';
import { SandboxApp } from '../src/sandbox/SandboxApp';

declare global {
  interface Window {
    /** The emulated board, for scripting a rehearsal from the browser console (e.g. seeding many stickies). */
    sandboxBoard?: EmulatedMiro;
    /** Moves the sandbox camera to show these items, as Miro's `viewport.zoomTo` does (set by `SandboxApp`). */
    sandboxShowItems?: (ids: readonly string[]) => void;
  }
}

// A little latency makes the build's progress visible, as on a real board.
const emulated = createEmulatedMiro({ latencyMs: 5 });
window.sandboxBoard = emulated;

render(<SandboxApp emulated={emulated} />, document.getElementById('root')!);
