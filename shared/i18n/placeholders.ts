/** The `{name}` placeholders of a sentence, as a union of names: parameters typed from the English table. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
