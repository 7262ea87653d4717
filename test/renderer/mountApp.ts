/** Mounts a real component with the app's real plugins (Pinia, vue-i18n, Element Plus). */
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { Component } from 'vue';
import { i18n, setLocale } from '../../renderer/i18n';

/** `pinia`: when the test prepared the stores first (the window state read from main, as startApp.ts does before mounting). */
export function mountApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {} as ComponentMountingOptions<C>,
  pinia: Pinia = createPinia(),
) {
  setActivePinia(pinia);
  setLocale('en');
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { plugins: [pinia, i18n, ElementPlus], ...(options.global ?? {}) },
  });
}

/** Lets promises and Vue's scheduler settle. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
