/**
 * Plural messages with their number formatted for the language: “1,000 profiles”, « 1 000 profils ».
 * vue-i18n picks the plural form from the number but prints `{n}` as given, so it is given formatted.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export function useCount(): (key: string, n: number) => string {
  const { t, locale } = useI18n();
  const format = computed(() => new Intl.NumberFormat(locale.value));
  return (key, n) => t(key, { n: format.value.format(n) }, n);
}
