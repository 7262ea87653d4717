/** The `{name}` placeholders of a sentence, as a union of names: parameters typed from the English table. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The sentence with each `{name}` replaced by `value(name)`; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, value: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (written, name: string) => value(name) ?? written);
}
