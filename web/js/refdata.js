// Reference lists used in forms: municipalities and organisations (contractors).
import { api } from './api.js';
import * as model from './model.js';

let munis = null;
export async function municipalities() {
  if (!munis) munis = model.list(await api.get('/municipalities')).items;
  return munis;
}

export async function organisations(params) {
  return model.list(await api.get('/organisations', params)).items;
}

export function municipalityOptions(list) {
  return list.map((m) => ({ value: m.code, label: m.name }));
}

export function organisationOptions(list) {
  return list.map((o) => ({ value: String(o.id), label: o.name }));
}

export function clearCache() { munis = null; }
