import { createApp } from 'vue';
import { createPinia } from 'pinia';
import './styles/main.css';
import App from './App.vue';
import { onApiError } from './api/client';
import { currentLocale, loadLocale } from './locales';
import { createAppRouter, handleSessionErrors } from './router';

const app = createApp(App);
const router = createAppRouter();
app.use(createPinia()).use(router);
onApiError(handleSessionErrors(router));

// The shell shows as soon as the stored language's messages are there (at once for Chinese); the
// page follows when its navigation is decided, without waiting for the session on a visitor's
// public page (router/guard.ts).
void loadLocale(currentLocale()).then(() => app.mount('#app'));

// Installable, and openable without a connection (public/sw.js); not in development, where
// Vite serves modules that change on every edit. Registered after the page has loaded: installing
// fetches every asset of the build, which would otherwise compete with the page's own requests.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'), { once: true });
}
