import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In production the API serves this build and /graphql from one origin, so the session cookie
// needs no CORS; the dev server mimics that by forwarding API paths to a locally running API.
const apiOrigin = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': apiOrigin,
      '/healthz': apiOrigin,
    },
  },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
});
