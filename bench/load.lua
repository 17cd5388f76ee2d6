-- wrk script for bench/load.sh: a logged-in user alternating between a page of the contract list
-- and one contract with its progress. The session cookie comes from the environment.
local cookie = os.getenv("INCLUSIO_COOKIE")
local pages = tonumber(os.getenv("INCLUSIO_PAGES") or "10")
local ids = tonumber(os.getenv("INCLUSIO_CONTRACTS") or "10")
local n = 0

wrk.headers["Cookie"] = "inclusio_session=" .. cookie
wrk.headers["Accept"] = "application/json"

request = function()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", "/api/v1/contracts?per_page=25&page=" .. (n % pages + 1))
  end
  return wrk.format("GET", "/api/v1/contracts/" .. ((n * 7919) % ids + 1))
end

-- Anything but 200 counts as an error in the summary.
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.0f\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("errors connect=%d read=%d write=%d timeout=%d status=%d non2xx=%d\n", e.connect, e.read,
    e.write, e.timeout, e.status, summary.errors.status))
end
