/** Side-effect imports of a feature's own stylesheet (Vite bundles them next to styles.css). */
declare module '*.css';
