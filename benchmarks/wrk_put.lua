-- wrk script: PUT the benchmark's session request with the same headers the Python clients send.
-- The body file comes from the BENCH_REQUEST_BODY environment variable (set by benchmarks/run.py).
local path = os.getenv("BENCH_REQUEST_BODY")
local f = assert(io.open(path, "rb"), "cannot open " .. tostring(path))
wrk.method = "PUT"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "ApiKey-v1 bench"
