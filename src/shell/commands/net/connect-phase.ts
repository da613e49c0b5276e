// curl's connect phase over a name's addresses, on the virtual clock. curl tries the
// addresses getaddrinfo gave one after another; each attempt may use part of the connect
// time (lib/connect.c: `timeoutms_per_addr`), and the kernel gives up on an unanswered SYN
// after about 127 s (tcp_syn_retries=6), whichever comes first. curl 7.38 computes the next
// attempt's share from the address that just failed, which always has a next one, so every
// attempt after the first gets half of what is left (curl 7.88 looks at the new address: the
// last one gets all that is left).
import type { ConnectFailure } from '../../../cluster/network/network.js';

/** Linux gives up a connect after 6 SYN retransmissions: 1+2+4+8+16+32+64 s. */
export const KERNEL_CONNECT_TIMEOUT_MS = 127_000;
/** DEFAULT_CONNECT_TIMEOUT in lib/connect.h: five minutes without --connect-timeout or -m. */
const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

const ERRNO_TEXT: Record<ConnectFailure, string> = { refused: 'Connection refused', timeout: 'Connection timed out' };

export class ConnectPhase {
  /**
   * What the failed attempts showed, in order: verbose lines (each attempt from its
   * `Trying`) and the virtual time waited (a number: ms since the phase began), during which
   * the progress meter goes on ticking.
   */
  readonly events: (string | number)[] = [];
  /** Virtual time the attempts took. */
  elapsedMs = 0;
  /** curl's own connect time (or -m) ran out during an attempt. */
  outOfTime = false;
  /** strerror of the last failed connect. */
  lastError = '';
  private left: number;
  private attempts = 0;

  constructor(
    private readonly legacy: boolean,
    limitMs: number | undefined,
    private readonly port: number,
  ) {
    this.left = limitMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  }

  /** Accounts for one failed connect; true when curl goes on to the next address. */
  failed(ip: string, failure: ConnectFailure, last: boolean): boolean {
    this.events.push(this.legacy ? `  Trying ${ip}...` : `  Trying ${ip}:${this.port}...`);
    const share = (this.legacy ? last && this.attempts === 0 : last) ? this.left : Math.floor(this.left / 2);
    this.attempts++;
    if (failure === 'timeout') {
      const waited = Math.min(share, KERNEL_CONNECT_TIMEOUT_MS);
      if (waited >= this.left) {
        this.elapsedMs += this.left;
        this.left = 0;
        this.events.push(this.elapsedMs);
        this.outOfTime = true;
        return false;
      }
      if (share < KERNEL_CONNECT_TIMEOUT_MS) this.events.push(`After ${share}ms connect time, move on!`);
      this.elapsedMs += waited;
      this.left -= waited;
      this.events.push(this.elapsedMs);
    }
    this.lastError = ERRNO_TEXT[failure];
    this.events.push(`connect to ${ip} port ${this.port} failed: ${this.lastError}`);
    return !last;
  }
}
