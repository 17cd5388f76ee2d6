-- wrk script for bench/load.sh's mixed run: 90 % reads as in load.lua (the SR-team paging the
-- contract list and opening contracts), 10 % writes: contractors reporting coaching hours on their
-- own contracts (POST /api/v1/realisations) and the SR-team verifying what was reported (POST
-- /api/v1/realisations/ID/verify, ids taken from the 201 answers of this thread's reports).
-- Environment (set by load.sh): INCLUSIO_COOKIE and INCLUSIO_CSRF (SR-team), INCLUSIO_CONTRACTS,
-- INCLUSIO_PAGES, INCLUSIO_CONTRACTORS ("cookie csrf id:start,id:start;cookie csrf ...").
local cookie = os.getenv("INCLUSIO_COOKIE")
local csrf = os.getenv("INCLUSIO_CSRF")
local pages = tonumber(os.getenv("INCLUSIO_PAGES") or "10")
local ids = tonumber(os.getenv("INCLUSIO_CONTRACTS") or "10")

local contractors = {}
for entry in string.gmatch(os.getenv("INCLUSIO_CONTRACTORS") or "", "[^;]+") do
  local c, t, list = string.match(entry, "^(%S+) (%S+) (%S+)$")
  local cs = {}
  for id, start in string.gmatch(list, "(%d+):([%d-]+)") do cs[#cs + 1] = { id = id, start = start } end
  contractors[#contractors + 1] = { cookie = c, csrf = t, contracts = cs }
end

local read_headers = { ["Cookie"] = "inclusio_session=" .. cookie, ["Accept"] = "application/json" }
local sr_write = { ["Cookie"] = "inclusio_session=" .. cookie, ["Accept"] = "application/json",
  ["X-CSRF-Token"] = csrf }

local n, writes = 0, 0
local reported = {}   -- ids of realisations this thread reported and has not verified yet
errors, statuses = 0, ""

local function report()
  local c = contractors[writes % #contractors + 1]
  local k = c.contracts[math.floor(writes / #contractors) % #c.contracts + 1]
  local body = string.format('{"contract_id":%s,"block":"ow-begeleiding","hours":2,"start":"%s","end":"%s"}',
    k.id, k.start, k.start)
  return wrk.format("POST", "/api/v1/realisations", { ["Cookie"] = "inclusio_session=" .. c.cookie,
    ["Accept"] = "application/json", ["X-CSRF-Token"] = c.csrf, ["Content-Type"] = "application/json" }, body)
end

request = function()
  n = n + 1
  if n % 10 == 0 then
    writes = writes + 1
    if writes % 2 == 0 and #reported > 0 then
      return wrk.format("POST", "/api/v1/realisations/" .. table.remove(reported, 1) .. "/verify", sr_write)
    end
    return report()
  end
  if n % 2 == 0 then
    return wrk.format("GET", "/api/v1/contracts?per_page=25&page=" .. (n % pages + 1), read_headers)
  end
  return wrk.format("GET", "/api/v1/contracts/" .. ((n * 7919) % ids + 1), read_headers)
end

-- Anything but 200 (reads, verifications) or 201 (reports) counts as an error.
response = function(status, headers, body)
  if status == 201 then
    local id = string.match(body, '^{"id":(%d+)')
    if id then reported[#reported + 1] = id end
  elseif status ~= 200 then
    errors = errors + 1
    if #statuses < 200 then statuses = statuses .. " " .. status end
  end
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

done = function(summary, latency, requests)
  local errs, seen = 0, ""
  for _, t in ipairs(threads) do
    errs = errs + t:get("errors")
    seen = seen .. t:get("statuses")
  end
  io.write(string.format("requests=%d duration_s=%.1f rps=%.0f\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("errors connect=%d read=%d write=%d timeout=%d status=%d answers_not_ok=%d%s\n", e.connect,
    e.read, e.write, e.timeout, e.status, errs, seen ~= "" and (" (" .. seen .. " )") or ""))
end
