// `npm run dev`: the element from src/ (TypeScript compiled on the fly), reloaded on every
// change. `npm start` stays the built demo, as a blog would load it.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: '/demo/dev.html',
  watch: true,
  hostname: '127.0.0.1',
  // Lit's development build: its warnings catch mistakes the production build hides.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
