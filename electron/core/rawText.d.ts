/** Vite's `?raw` suffix imports a file's text as a string at build time (vite, electron-vite and vitest alike). */
declare module '*?raw' {
  const text: string;
  export default text;
}
