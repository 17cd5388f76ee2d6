// Dutch formats for the interface: amounts "12.500,00", dates "dd-mm-jjjj", percentages "5 %".
// The API speaks ISO dates and euro numbers with two decimals; these helpers translate both ways.

const DIGITS = /^\d+$/;

// Integer cents from a euro number as the API sends it (two decimals).
export function toCents(amount) {
  if (amount === null || amount === undefined || amount === '') return null;
  const n = Number(amount);
  if (!Number.isFinite(n)) return null;
  return Math.round(n * 100);
}

function groupThousands(digits) {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

// "12.500,00" from 12500 (or "-1.250,50"). Empty string for missing amounts.
export function amount(value) {
  const cents = toCents(value);
  if (cents === null) return '';
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  return (neg ? '-' : '') + groupThousands(euros) + ',' + rest;
}

// "€ 12.500,00"
export function euro(value) {
  const a = amount(value);
  return a === '' ? '' : '€\u00a0' + a;
}

// Dutch number with the decimals it has, at most `max`: 5 -> "5", 2.5 -> "2,5".
export function number(value, max = 2) {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  if (!Number.isFinite(n)) return '';
  let fixed = n.toFixed(max);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  return (neg ? '-' : '') + groupThousands(digits) + (frac ? ',' + frac : '');
}

export function percent(value) {
  const n = number(value);
  return n === '' ? '' : n + '\u00a0%';
}

function validYmd(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

// "dd-mm-jjjj" from an ISO date ("2024-03-01" or a timestamp "2024-03-01T10:00:00Z").
export function date(iso) {
  if (!iso || typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

// "dd-mm-jjjj uu:mm" from an ISO timestamp in UTC, shown in local time.
export function dateTime(iso) {
  if (!iso || typeof iso !== 'string') return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const p = (n) => String(n).padStart(2, '0');
  return `${p(t.getDate())}-${p(t.getMonth() + 1)}-${t.getFullYear()} ${p(t.getHours())}:${p(t.getMinutes())}`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// "oktober 2026" from "2026-10" (a month as the API gives it); anything else unchanged.
export function month(ym) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(ym ?? ''));
  if (!m || +m[2] < 1 || +m[2] > 12) return ym ?? '';
  return `${MONTHS[+m[2] - 1]} ${m[1]}`;
}

// Today as an ISO date in the user's time zone.
export function todayIso() {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

// ISO date from what a user typed: "1-3-2024", "01-03-2024", "01/03/2024" or "2024-03-01".
// Returns null for anything that is not a real calendar date.
export function parseDate(text) {
  const s = String(text ?? '').trim();
  let y, m, d;
  let r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (r) { d = +r[1]; m = +r[2]; y = +r[3]; }
  else if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) { y = +r[1]; m = +r[2]; d = +r[3]; }
  else return null;
  if (!validYmd(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// A Dutch decimal as typed ("12.500,50", "12500,5", "12500", "€ 1.000") to a number with at most
// `scale` decimals. A dot followed by exactly three digits is a thousands separator, as in Dutch.
// Returns null when the text is not such a number.
export function parseDecimal(text, scale = 2) {
  let s = String(text ?? '').trim().replace(/^€\s*/, '').replace(/\s+/g, '');
  if (s === '') return null;
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); }
  let intPart, frac = '';
  if (s.includes(',')) {
    const [a, b, ...more] = s.split(',');
    if (more.length) return null;
    intPart = a; frac = b;
    if (intPart.includes('.')) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(intPart)) return null;
      intPart = intPart.replace(/\./g, '');
    }
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    intPart = s.replace(/\./g, '');
  } else if (/^\d+\.\d+$/.test(s)) {
    [intPart, frac] = s.split('.');
  } else {
    intPart = s;
  }
  if (intPart === '') intPart = '0';
  if (!DIGITS.test(intPart) || (frac !== '' && !DIGITS.test(frac))) return null;
  if (frac.length > scale) return null;
  const n = Number(intPart + (frac ? '.' + frac : ''));
  return neg ? -n : n;
}

// The elfproef of a BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11.
export function bsnValid(text) {
  const s = String(text ?? '').trim();
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  sum -= Number(s[8]);
  return sum % 11 === 0 && s !== '000000000';
}
