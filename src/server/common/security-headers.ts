import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response, by @fastify/helmet. The Content-Security-Policy allows only
 * this origin: scripts, data requests, fonts and images come from the server itself (plus data:/blob:
 * images, which ECharts and the file previews make). The one relaxation is inline styles, which Ant
 * Design writes at run time (CSS-in-JS); inline scripts stay forbidden. No page may frame the app.
 */
export async function registerSecurityHeaders(app: FastifyInstance, https: boolean): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Behind https, a stray http:// link inside the app is fetched over https instead.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // X-Frame-Options for browsers that predate frame-ancestors.
    frameguard: { action: 'deny' },
    // HSTS only means something when the app is served over https.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
