-- wrk script: GET a scene (script, tags and sheet) of the project, at random
-- among the first SCENES scenes (env SCENES, default 16).
local scenes = tonumber(os.getenv("SCENES") or "16")
local token = os.getenv("TOKEN")
math.randomseed(os.time())

request = function()
  local h = {}
  if token then h["Authorization"] = "Bearer " .. token end
  return wrk.format("GET", "/api/scenes/" .. math.random(1, scenes), h)
end
