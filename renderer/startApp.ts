import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import App from './App.vue';
import { i18n } from './i18n';

export function startApp(): void {
  createApp(App).use(createPinia()).use(i18n).use(ElementPlus).mount('#app');
}
