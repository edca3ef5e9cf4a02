-- wrk script: POSTs one pre-generated form-encoded body per request, each line of the bodies file at most once per
-- run (split between wrk's threads), counts the answers by status and, for the submission endpoint, writes the
-- reference of every 201 answer to a file, so that the run can be checked against the repository afterwards.
--
-- wrk ... -s post.lua URL -- BODIES THREADS MODE REFS_PREFIX REFERER [AUTHORIZATION]
--   MODE candidate (our endpoint: references recorded) or baseline (Sling's POST servlet)
-- Prints one line: RESULT rps=... p50_ms=... p95_ms=... p99_ms=... max_ms=... requests=... errors=...
--   s201=... s200=... s4xx=... s5xx=... sother=... wrapped=... (wrapped > 0: the bodies ran out and were reused)

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  mode = args[3]
  bodies = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id then bodies[#bodies + 1] = line end
    i = i + 1
  end
  next_body = 0
  s201, s200, s4xx, s5xx, sother, wrapped = 0, 0, 0, 0, 0, 0
  request_headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
    ["Referer"] = args[5],
    ["Accept"] = "application/json",
  }
  if args[6] and args[6] ~= "" then request_headers["Authorization"] = args[6] end
  if mode == "candidate" then
    refs = io.open(args[4] .. "-" .. id .. ".txt", "a")
    refs:setvbuf("line")
  end
end

function request()
  next_body = next_body + 1
  if next_body > #bodies then
    wrapped = wrapped + 1
    next_body = 1
  end
  return wrk.format("POST", nil, request_headers, bodies[next_body])
end

function response(status, headers, body)
  if status == 201 then
    s201 = s201 + 1
    if refs then
      local ref = body:match('"reference"%s*:%s*"([^"]+)"')
      refs:write((ref or "?"), "\n")
    end
  elseif status == 200 then s200 = s200 + 1
  elseif status >= 400 and status < 500 then s4xx = s4xx + 1
  elseif status >= 500 then s5xx = s5xx + 1
  else sother = sother + 1 end
end

done = function(summary, latency, requests)
  local t = { s201 = 0, s200 = 0, s4xx = 0, s5xx = 0, sother = 0, wrapped = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
  end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT rps=%.2f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d " ..
    "s201=%d s200=%d s4xx=%d s5xx=%d sother=%d wrapped=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout, t.s201, t.s200, t.s4xx, t.s5xx, t.sother, t.wrapped))
end
