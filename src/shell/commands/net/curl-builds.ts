// The curl build each place has. Images ship their distribution's curl, and the wording of
// curl's messages changed between releases: the kubia image (node:7 on Debian 8 "jessie")
// has curl 7.38.0 with OpenSSL 1.0.1t, whose connect errors read `Failed to connect to HOST
// port N: Connection refused`, while curl 7.88 (Debian 12) and 8.x add `after N ms:
// Couldn't connect to server`.
import { normalizeImageRef } from '../../../cluster/images.js';

export interface CurlBuild {
  /** curl 7.38's messages, verbose lines and TLS trace instead of 7.88's. */
  legacy: boolean;
  /** Shown in the User-Agent header. */
  version: string;
  /** `curl --version`, as the build prints it. */
  versionText: string;
}

const DEBIAN_12: CurlBuild = {
  legacy: false,
  version: '7.88.1',
  versionText:
    'curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.13 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n' +
    'Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u7\n' +
    'Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtmpe rtmps rtmpt rtmpte rtmpts rtsp scp sftp smb smbs smtp smtps telnet tftp\n' +
    'Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n',
};

/** Debian 8's curl 7.38.0-4+deb8u*: its --version ends the two lists with a space. */
const DEBIAN_8: CurlBuild = {
  legacy: true,
  version: '7.38.0',
  versionText:
    'curl 7.38.0 (x86_64-pc-linux-gnu) libcurl/7.38.0 OpenSSL/1.0.1t zlib/1.2.8 libidn/1.29 libssh2/1.4.3 librtmp/2.3\n' +
    'Protocols: dict file ftp ftps gopher http https imap imaps ldap ldaps pop3 pop3s rtmp rtsp scp sftp smtp smtps telnet tftp \n' +
    'Features: AsynchDNS IDN IPv6 Largefile GSS-API SPNEGO NTLM NTLM_WB SSL libz TLS-SRP \n',
};

/** curlimages/curl: Alpine's static build of a current curl 8. */
const CURLIMAGES: CurlBuild = {
  legacy: false,
  version: '8.8.0',
  versionText:
    'curl 8.8.0 (x86_64-pc-linux-musl) libcurl/8.8.0 OpenSSL/3.3.1 zlib/1.3.1 brotli/1.1.0 zstd/1.5.6 c-ares/1.28.1 libidn2/2.3.7 libpsl/0.21.5 libssh2/1.11.0 nghttp2/1.62.1\n' +
    'Release-Date: 2024-05-22\n' +
    'Protocols: dict file ftp ftps gopher gophers http https imap imaps ipfs ipns mqtt pop3 pop3s rtsp scp sftp smb smbs smtp smtps telnet tftp ws wss\n' +
    'Features: alt-svc AsynchDNS brotli HSTS HTTP2 HTTPS-proxy IDN IPv6 Largefile libz NTLM PSL SSL threadsafe TLS-SRP UnixSockets zstd\n',
};

/** The curl of the image a place runs (`''` is the laptop). */
export function curlBuildFor(image: string): CurlBuild {
  if (!image) return DEBIAN_12;
  const ref = normalizeImageRef(image).replace(/:[^:/]+$/, '');
  if (ref === 'docker.io/luksa/kubia' || ref === 'docker.io/luksa/kubia-unhealthy') return DEBIAN_8;
  if (ref === 'docker.io/curlimages/curl') return CURLIMAGES;
  return DEBIAN_12;
}
