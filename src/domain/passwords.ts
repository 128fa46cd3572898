/**
 * Initial passwords: 16 ASCII characters drawn without modulo bias from a cryptographic
 * source the caller supplies (Utilities.getUuid() in Apps Script, crypto in Node).
 * The alphabet leaves out look-alikes and anything that needs quoting in CSV or a shell.
 */
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#%*?_';
const ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;
const LENGTH = 16;

export function makePassword(randomBytes: (n: number) => ArrayLike<number>): string {
  const limit = 256 - (256 % ALPHABET.length);
  for (;;) {
    let password = '';
    while (password.length < LENGTH) {
      const bytes = randomBytes(LENGTH * 2);
      for (let i = 0; i < bytes.length && password.length < LENGTH; i++) {
        if (bytes[i] < limit) password += ALPHABET[bytes[i] % ALPHABET.length];
      }
    }
    const classes = [LOWER, UPPER, DIGITS, SYMBOLS].every((set) => [...password].some((ch) => set.includes(ch)));
    // A leading symbol could read as a formula or an option in some tools.
    if (classes && /^[A-Za-z0-9]/.test(password)) return password;
  }
}
