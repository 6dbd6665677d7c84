/*
 * The portal's service worker (docs/conditions.md): keeps the app itself on the phone so a grid
 * head can open it and record a visit without a connection. Pages fall back to the cached app
 * when the network is away; built assets (content-hashed names) are served from the cache once
 * fetched. The APIs, downloads and the admin app are never cached: data always comes from the
 * server, and what is recorded offline waits in the app's own store until it can be sent.
 */
const CACHE = 'gridbridge-portal-v2';
const SHELL = ['/', '/manifest.webmanifest', '/favicon.svg', '/icon-192.png'];
// Every built asset (the route chunks too), filled in by the build (portal/sw-precache.ts).
const BUILT_ASSETS = [];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...SHELL, ...BUILT_ASSETS])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      // A new build's worker keeps only the assets it lists: the old build's are dropped.
      .then(() => caches.open(CACHE))
      .then((cache) =>
        cache.keys().then((requests) =>
          Promise.all(
            requests
              .filter((request) => {
                const { pathname } = new URL(request.url);
                return pathname.startsWith('/assets/') && !BUILT_ASSETS.includes(pathname);
              })
              .map((request) => cache.delete(request)),
          ),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (/^\/(graphql|health|admin)(\/|$)/.test(url.pathname)) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put('/', copy));
          }
          return response;
        })
        .catch(() => caches.match('/').then((cached) => cached ?? Response.error())),
    );
    return;
  }

  if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
