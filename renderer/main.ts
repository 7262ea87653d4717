import { loadRemembered } from './lib/remembered';

// The remembered window state (language, theme, panels, open profile) is read by the modules as they
// load, so it is fetched from the main process before the app's modules are imported.
void loadRemembered()
  .then(() => import('./startApp'))
  .then(({ startApp }) => startApp());
