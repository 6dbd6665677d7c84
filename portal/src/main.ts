import { createApp } from 'vue';
import { createPinia } from 'pinia';
import './styles/main.css';
import App from './App.vue';
import { onApiError } from './api/client';
import { currentLocale, i18n, loadLocale } from './locales';
import { createAppRouter, handleSessionErrors } from './router';

const app = createApp(App);
const router = createAppRouter();
app.use(createPinia()).use(i18n).use(router);
onApiError(handleSessionErrors(router));

void Promise.all([router.isReady(), loadLocale(currentLocale())]).then(() => app.mount('#app'));

// Installable, and openable without a connection (public/sw.js); not in development, where
// Vite serves modules that change on every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js');
}
