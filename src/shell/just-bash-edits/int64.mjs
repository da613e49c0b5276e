// bash's arithmetic on 64-bit signed integers (intmax_t): every result wraps around modulo 2^64,
// shift counts are taken modulo 64, `/` and `%` truncate toward zero, and dividing by zero or
// raising to a negative power is an error naming the expression and the token bash stopped at.
//
// just-bash computes with JavaScript numbers (`2**64` prints 18446744073709552000, `65535**65535`
// prints Infinity, `1<<31` is negative). edits.mjs makes its operator functions call
// these instead. A value travels as a JavaScript number while it is a safe integer and as a
// BigInt beyond that, so just-bash's own code keeps seeing numbers for every ordinary value
// while `$((2**63 - 1))` still prints all of its digits.
//
// The whole module is one function whose source is inlined into just-bash's bundle: it may use
// nothing from outside itself.

/**
 * The arithmetic, as an object of functions. `ArithError` is just-bash's arithmetic error
 * class (its message is printed after `bash: `).
 * @returns {Int64Arithmetic}
 */
export function int64Arithmetic() {
  const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
  const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

  /** A wrapped BigInt as the value just-bash carries: a number when exact, else the BigInt. */
  const carry = (big) => {
    const v = BigInt.asIntN(64, big);
    return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
  };
  const big = (v) => (typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v) || 0)));

  /** `base ** exp` modulo 2^64 by squaring: exact, and quick for any exponent. */
  const power = (base, exp) => {
    let result = 1n;
    let b = BigInt.asUintN(64, base);
    let e = exp;
    while (e > 0n) {
      if (e & 1n) result = BigInt.asUintN(64, result * b);
      b = BigInt.asUintN(64, b * b);
      e >>= 1n;
    }
    return result;
  };

  /** bash's message for a runtime error: the expression, what went wrong, and the token it was at. */
  const fail = (ArithError, node, what, token) => {
    const text = node && typeof node.zt === 'string' ? node.zt.trim() : '';
    if (!text) return new ArithError(what);
    return new ArithError(`${text}: ${what} (error token is "${token(node.zt)}")`);
  };
  /** The rest of the expression from the right operand on (bash's token for `/` and `%`). */
  const fromRight = (node) => (text) => text.slice(node.zp).trim();
  /** After `**`'s right operand: the text that follows it, or else the operand's last token. */
  const afterPower = (node) => (text) => {
    const rest = text.slice(node.ze).trim();
    if (rest) return rest;
    const m = /(?:[^\s()+\-*/%!~]+|[()])\s*$/.exec(text.slice(node.zp));
    return m ? m[0].trim() : '';
  };

  const divide = (x, y, node, ArithError, op) => {
    if (y === 0n) throw fail(ArithError, node, 'division by 0', fromRight(node));
    // (-2^63 / -1 overflows in C; bash answers -2^63 and 0, which the wrap gives.)
    return op === '/' ? x / y : x % y;
  };

  /** A binary operator of `$((a OP b))`. */
  function binary(a, b, op, node, ArithError) {
    if (op === ',') return b;
    const x = big(a);
    const y = big(b);
    switch (op) {
      case '+': return carry(x + y);
      case '-': return carry(x - y);
      case '*': return carry(x * y);
      case '/':
      case '%': return carry(divide(x, y, node, ArithError, op));
      case '**':
        if (y < 0n) throw fail(ArithError, node, 'exponent less than 0', afterPower(node));
        return carry(power(x, y));
      case '<<': return carry(x << BigInt.asUintN(6, y));
      case '>>': return carry(BigInt.asIntN(64, x) >> BigInt.asUintN(6, y));
      case '&': return carry(x & y);
      case '|': return carry(x | y);
      case '^': return carry(x ^ y);
      case '<': return x < y ? 1 : 0;
      case '<=': return x <= y ? 1 : 0;
      case '>': return x > y ? 1 : 0;
      case '>=': return x >= y ? 1 : 0;
      case '==': return x === y ? 1 : 0;
      case '!=': return x !== y ? 1 : 0;
      default: return 0;
    }
  }

  /** An assignment operator (`x OP= b`): the new value of x. */
  function assign(a, b, op, node, ArithError) {
    if (op === '=') return b;
    return binary(a, b, op.slice(0, -1), node, ArithError);
  }

  /** A unary operator. */
  function unary(a, op) {
    const x = big(a);
    switch (op) {
      case '-': return carry(-x);
      case '+': return carry(x);
      case '!': return x === 0n ? 1 : 0;
      case '~': return carry(~x);
      default: return a;
    }
  }

  /** A variable's decimal text as a value (exact beyond 2^53, wrapped like bash's strtoimax into intmax_t). */
  function fromDecimal(text) {
    return carry(BigInt(text.trim()));
  }

  /**
   * A number literal (`123`, `0x1F`, `017`, `36#z`) that is past 2^53, wrapped as bash reads it.
   * (just-bash has checked its digits already; it caps such a literal at 2^53 - 1.)
   */
  function fromLiteral(text) {
    const m = /^(\d+)#(.+)$/.exec(text);
    let base = 10n;
    let digits = text;
    if (m) {
      base = BigInt(m[1]);
      digits = m[2];
    } else if (/^0[xX]/.test(text)) {
      base = 16n;
      digits = text.slice(2);
    } else if (/^0\d/.test(text)) {
      base = 8n;
      digits = text.slice(1);
    }
    let v = 0n;
    for (const ch of digits) {
      let d;
      if (ch >= '0' && ch <= '9') d = ch.charCodeAt(0) - 48;
      else if (ch >= 'a' && ch <= 'z') d = ch.charCodeAt(0) - 97 + 10;
      else if (ch >= 'A' && ch <= 'Z') d = ch.charCodeAt(0) - 65 + (base <= 36n ? 10 : 36);
      else d = ch === '@' ? 62 : 63;
      v = BigInt.asUintN(64, v * base + BigInt(d));
    }
    return carry(v);
  }

  /** A value as a JavaScript number, for just-bash's own uses (offsets, indices, loop tests). */
  function toNumber(v) {
    return typeof v === 'bigint' ? Number(v) : v;
  }

  return { binary, assign, unary, fromDecimal, fromLiteral, toNumber };
}
