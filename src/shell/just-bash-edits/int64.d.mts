export interface Int64Arithmetic {
  binary(a: number | bigint, b: number | bigint, op: string, node: unknown, ArithError: new (message: string) => Error): number | bigint;
  assign(a: number | bigint, b: number | bigint, op: string, node: unknown, ArithError: new (message: string) => Error): number | bigint;
  unary(a: number | bigint, op: string): number | bigint;
  fromDecimal(text: string): number | bigint;
  fromLiteral(text: string): number | bigint;
  toNumber(v: number | bigint): number;
}
export function int64Arithmetic(): Int64Arithmetic;
