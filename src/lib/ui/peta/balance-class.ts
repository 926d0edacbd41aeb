// CSS class of a "B · K · ±" line by the sign of ± (B − K): shortage, surplus, balanced, or unknown K.
export function balanceClass(balance: number | null): string {
  if (balance === null) return 'balance-unknown';
  return balance < 0 ? 'balance-minus' : balance > 0 ? 'balance-plus' : 'balance-zero';
}
