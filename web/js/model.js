// Normalises contract and realisation JSON from the API into one shape for the pages, so a
// renamed field on the server is adapted here and nowhere else.

function pick(obj, ...keys) {
  for (const k of keys) if (obj && obj[k] !== undefined && obj[k] !== null) return obj[k];
  return null;
}

function ref(v, nameKey = 'name') {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return v;
  return { code: v, id: v, [nameKey]: String(v) };
}

export function contract(c) {
  if (!c) return null;
  const ob = c.obligation || {};
  const m = pick(c, 'municipality');
  const municipality = m && typeof m === 'object' ? m : { code: m, name: pick(c, 'municipality_name') || m };
  const contractor = ref(pick(c, 'contractor'), 'name') || { id: pick(c, 'contractor_id'), name: pick(c, 'contractor_name'), kvk: pick(c, 'contractor_kvk') };
  return {
    raw: c,
    id: c.id,
    reference: pick(c, 'reference'),
    title: pick(c, 'title'),
    municipality,
    department: pick(c, 'department'),
    category: pick(c, 'category'),
    procedure: pick(c, 'procedure'),
    value: pick(c, 'value'),
    labour_share_pct: pick(c, 'labour_share_pct'),
    award_date: pick(c, 'award_date'),
    start: pick(c, 'start', 'start_date'),
    end: pick(c, 'end', 'end_date'),
    contractor,
    cpv: pick(c, 'cpv'),
    sebo_holder: Boolean(pick(c, 'sebo_holder')),
    extra_pct: pick(c, 'extra_pct'),
    obligation: {
      applies: Boolean(pick(ob, 'applies') ?? pick(c, 'applies')),
      percentage: pick(ob, 'percentage') ?? pick(c, 'percentage'),
      base_percentage: pick(ob, 'base_percentage'),
      amount: pick(ob, 'amount') ?? pick(c, 'obligation_amount'),
      met_by_sebo: Boolean(pick(ob, 'met_by_sebo') ?? pick(c, 'met_by_sebo')),
      reason: pick(ob, 'reason') ?? pick(c, 'obligation_reason'),
      exempted: Boolean(pick(ob, 'exempted') ?? pick(c, 'exempted')),
      pso_covered: pick(ob, 'pso_covered') ?? 0,     // met by the contractor's PSO certificate
      provisional: Boolean(pick(ob, 'provisional')), // labour share not known yet (award from TenderNed)
    },
    draft: Boolean(pick(c, 'draft')),                // not yet confirmed by the SR-team
    progress: c.progress || null,
    realisations: (c.realisations || []).map(realisation),
    contact: c.contact || { date: pick(c, 'contact_date'), deadline: pick(c, 'contact_deadline'), overdue: false },
    // One entry per contract year: { year_no, period_end, deadline, submitted, overdue }.
    yearly_reports: pick(c, 'yearly_reports') || [],
    exemption: c.exemption || null,
    catalogue_id: pick(c, 'catalogue_id'),
  };
}

export function realisation(r) {
  const block = r.block && typeof r.block === 'object' ? r.block : { code: pick(r, 'block', 'block_code'), name: pick(r, 'block_name') };
  return {
    raw: r,
    id: r.id,
    contract_id: pick(r, 'contract_id'),
    block,
    candidate_ref: pick(r, 'candidate_ref'),
    hours_per_week: pick(r, 'hours_per_week', 'hours'),
    start: pick(r, 'start', 'start_date'),
    end: pick(r, 'end', 'end_date'),
    amount: pick(r, 'amount'),
    value: pick(r, 'value'),
    counted_days: pick(r, 'counted_days'),
    capped: Boolean(pick(r, 'capped')),
    status: pick(r, 'status'),
    reject_reason: pick(r, 'reject_reason', 'reason'),
    reported_by: pick(r, 'reported_by'),
    decided_by: pick(r, 'decided_by'),
    decided_at: pick(r, 'decided_at'),
    created_at: pick(r, 'created_at'),
  };
}

export function list(data) {
  if (Array.isArray(data)) return { items: data, total: data.length, page: 1, per_page: data.length || 1 };
  return { items: data.items || [], total: data.total ?? (data.items || []).length, page: data.page || 1, per_page: data.per_page || 25 };
}

export function progressStatus(c) {
  return c.progress ? (c.progress.status || c.progress.code) : null;
}

// Whether a contractor can report a realisation on this contract today: the obligation applies and
// the contract is running (a period outside the contract's term counts for nothing and is refused).
// Returns { ok, why } so the interface can say why not instead of offering a form that will fail.
export function reportable(c, today) {
  if (!c.obligation || !c.obligation.applies) return { ok: false, why: 'Op dit contract rust geen social-return-verplichting.' };
  if (c.end && c.end < today) return { ok: false, why: `Het contract is afgelopen op ${fmtDate(c.end)}: melden kan niet meer.` };
  if (c.start && c.start > today) return { ok: false, why: `Het contract begint op ${fmtDate(c.start)}: melden kan vanaf die dag.` };
  return { ok: true, why: '' };
}
const fmtDate = (iso) => iso.slice(8, 10) + '-' + iso.slice(5, 7) + '-' + iso.slice(0, 4);
