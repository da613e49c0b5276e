// The one door to @peculiar/x509. The library (through tsyringe) needs the Reflect metadata
// API, which Node lacks; rather than adding a polyfill dependency we install the handful of
// functions it calls, then hand out the library with Node's WebCrypto as its provider.
// Import X.509 from here, never from '@peculiar/x509' directly.
import './reflect-shim.js';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export { x509 };
