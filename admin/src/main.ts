import { createApp } from 'vue';
import { createPinia } from 'pinia';
// Styles of the services called from scripts, which the template resolver cannot see.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import './styles/main.css';
import App from './App.vue';
import { i18n } from './locales';
import { createAppRouter } from './router';
import { vAccess } from './directives/access';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(createAppRouter());
app.directive('access', vAccess);
app.mount('#app');
