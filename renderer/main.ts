// The styles load with the page, not with the app's chunk: no unstyled first paint.
import 'element-plus/dist/index.css';
import 'element-plus/theme-chalk/dark/css-vars.css';
import './styles.css';
import { startApp } from './startApp';

void startApp();
