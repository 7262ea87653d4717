// The styles load with the page, not with the app's chunk: no unstyled first paint.
import 'element-plus/dist/index.css';
import 'element-plus/theme-chalk/dark/css-vars.css';
import './styles.css';
import { loadRemembered } from './lib/remembered';

// The remembered window state (language, theme, panels, open profile) is read by the modules as they
// load, so it is fetched from the main process before the app's modules are imported.
void loadRemembered()
  .then(() => import('./startApp'))
  .then(({ startApp }) => startApp());
