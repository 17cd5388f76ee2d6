// Dutch formatting and parsing of the interface (web/js/format.js), without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as f from '../../web/js/format.js';

test('amounts are shown as 12.500,00 from API euro numbers', () => {
  assert.equal(f.amount(12500), '12.500,00');
  assert.equal(f.amount(1234567.5), '1.234.567,50');
  assert.equal(f.amount(0.1 + 0.2), '0,30');          // float noise rounds to the cent
  assert.equal(f.amount(-1250.5), '-1.250,50');
  assert.equal(f.euro(5000), '€\u00a05.000,00');
  assert.equal(f.amount(null), '');
});

test('numbers and percentages keep only the decimals they have', () => {
  assert.equal(f.number(100, 0), '100');
  assert.equal(f.number(0, 0), '0');
  assert.equal(f.number(2.5), '2,5');
  assert.equal(f.number(1000.5), '1.000,5');
  assert.equal(f.percent(5), '5\u00a0%');
});

test('Dutch decimals as typed are parsed, thousands dots included', () => {
  assert.equal(f.parseDecimal('12.500,00'), 12500);
  assert.equal(f.parseDecimal('12.500'), 12500);        // dot + three digits = thousands
  assert.equal(f.parseDecimal('€ 1.000.000'), 1000000);
  assert.equal(f.parseDecimal('12,5'), 12.5);
  assert.equal(f.parseDecimal('12.5'), 12.5);
  assert.equal(f.parseDecimal('1,234'), null);          // three decimals on an amount
  assert.equal(f.parseDecimal('12.50.0'), null);
  assert.equal(f.parseDecimal('abc'), null);
  assert.equal(f.parseDecimal(''), null);
});

test('dates: dd-mm-jjjj in the interface, ISO to the API, impossible dates refused', () => {
  assert.equal(f.date('2024-03-01'), '01-03-2024');
  assert.equal(f.date('2024-03-01T10:00:00Z'), '01-03-2024');
  assert.equal(f.parseDate('1-3-2024'), '2024-03-01');
  assert.equal(f.parseDate('01/03/2024'), '2024-03-01');
  assert.equal(f.parseDate('2024-02-29'), '2024-02-29'); // leap year
  assert.equal(f.parseDate('29-02-2023'), null);
  assert.equal(f.parseDate('31-04-2024'), null);
  assert.equal(f.parseDate('2024-13-01'), null);
});

test('BSN elfproef', () => {
  // 111222333: 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3 - 3 = 66 = 6 x 11
  assert.equal(f.bsnValid('111222333'), true);
  assert.equal(f.bsnValid('123456789'), false);  // 9+16+21+24+25+24+21+16-9 = 147, not divisible by 11
  assert.equal(f.bsnValid('12345678'), false);
  assert.equal(f.bsnValid('000000000'), false);
});
