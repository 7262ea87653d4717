import { createApp } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import ElementPlus from 'element-plus';
import App from './App.vue';
import { applySavedLocale, i18n } from './i18n';
import { useWindowStateStore } from './stores/windowState';

/** The window state is read from main once, then the app is mounted on it. */
export async function startApp(): Promise<void> {
  const pinia = createPinia();
  setActivePinia(pinia);
  const windowState = useWindowStateStore();
  await windowState.hydrate();
  addEventListener('pagehide', () => windowState.flush());
  applySavedLocale();
  createApp(App).use(pinia).use(i18n).use(ElementPlus).mount('#app');
}
