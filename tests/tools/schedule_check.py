#!/usr/bin/env python3
"""An independent checker of a shooting schedule (not the solver's code).

usage: schedule_check.py BREAKDOWN.json SCHEDULE.json [CONSTRAINTS.json]

Reads the breakdown and the schedule as depouille writes them, and the
constraints file as the README documents it, and checks every hard
constraint (capacity, children's hours, day and night apart, company moves,
actor and location availability, pinned and consecutive scenes,
turnaround, number of days, dates on the calendar), that each scene is on
the board once, and that the cost terms and day totals are what the board
gives. Prints one line per problem; exits 1 when there is one."""
import datetime
import json
import sys

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TERMS = ["shoot_days", "actor_days", "company_moves", "location_days", "day_night_switches"]


def fold(s):
    return s.casefold()


def main():
    bd = json.load(open(sys.argv[1], encoding="utf-8"))
    sched = json.load(open(sys.argv[2], encoding="utf-8"))
    cons = json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) > 3 else {}
    problems = []

    def bad(msg):
        problems.append(msg)

    cap = cons.get("eighths_per_day", 40)
    minor_cap = cons.get("minor_eighths_per_day", 24)
    mix = cons.get("mix_day_night", False)
    max_moves = cons.get("max_company_moves", 1)
    turnaround_default = cons.get("turnaround", True)
    extra = {"stunt": 2, "sfx": 1, "background": 1}
    extra.update(cons.get("extra_eighths", {}))
    weights = dict(zip(TERMS, [40, 1, 4, 2, 2]))
    weights.update(cons.get("weights", {}))

    # the calendar: shoot day k (1-based) -> date
    start = cons.get("start")
    off_week = set()
    for w in cons.get("weekdays_off", []):
        off_week.update(i for i, name in enumerate(WEEKDAYS) if name.startswith(w.lower()))
    off_days = set(cons.get("days_off", []))
    dates = {}
    if start:
        d = datetime.date.fromisoformat(start)
        k = 1
        while k <= 2000:
            if d.weekday() not in off_week and d.isoformat() not in off_days:
                dates[k] = d
                k += 1
            d += datetime.timedelta(days=1)
    day_of_date = {v.isoformat(): k for k, v in dates.items()}

    def days_of(spec):
        """The shoot days (1-based) a list of days and [from, to] runs names."""
        out = set()
        for item in spec:
            if isinstance(item, list):
                a, b = item
                if isinstance(a, int):
                    out.update(range(a, b + 1))
                else:
                    lo, hi = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
                    out.update(k for k, v in dates.items() if lo <= v <= hi)
            elif isinstance(item, int):
                out.add(item)
            elif item in day_of_date:
                out.add(day_of_date[item])
        return out

    def allowed(entry):
        if entry is None:
            return None
        if "available" not in entry and "unavailable" not in entry:
            return None
        ok = days_of(entry["available"]) if "available" in entry else set(range(1, 2001))
        return ok - days_of(entry.get("unavailable", []))

    # actors: who plays whom
    actor_of = {}
    actor_entry = {}
    for a in cons.get("actors", []):
        for ch in a.get("plays", [a["name"]]):
            actor_of[fold(ch)] = a["name"]
        actor_entry[a["name"]] = a
    def actor(ch):
        return actor_of.get(fold(ch), ch)
    loc_of = {}
    loc_entry = {}
    for loc in cons.get("locations", []):
        for st in loc.get("sets", [loc["name"]]):
            loc_of[fold(st)] = loc["name"]
        loc_entry[fold(loc["name"])] = loc
    def location(scene):
        return loc_of.get(fold(scene["set"]), scene["set"])

    scenes = {s["number"]: s for s in bd["scenes"]}

    # day or night: NIGHT, DUSK, EVENING are night; DAY, DAWN, MORNING,
    # AFTERNOON and day for night are day; any other time carries the
    # kind of the scene before it in the script (day at the start)
    kind = {}
    prev = False
    for s in bd["scenes"]:
        if s["day_for_night"] or s["time"] in ("DAY", "DAWN", "MORNING", "AFTERNOON"):
            prev = False
        elif s["time"] in ("NIGHT", "DUSK", "EVENING"):
            prev = True
        kind[s["number"]] = prev

    def night(s):
        return kind[s["number"]]

    def load(s):
        cats = {e["category"] for e in s["elements"]}
        return (s["eighths"] + (extra["stunt"] if 102 in cats else 0)
                + (extra["sfx"] if cats & {105, 120} else 0)
                + (extra["background"] if 101 in cats else 0))

    def is_minor(s):
        return any(actor_entry.get(actor(c), {}).get("minor") for c in s["cast"])

    seen = {}
    for day in sched["days"]:
        for n in day["scenes"]:
            if n not in scenes:
                bad(f"day {day['day']}: no scene {n}")
            if n in seen:
                bad(f"scene {n} on day {seen[n]} and day {day['day']}")
            seen[n] = day["day"]
    for n in sched["unscheduled"]:
        if n in seen:
            bad(f"scene {n} scheduled and unscheduled")
        seen[n] = None
    for n in scenes:
        if n not in seen:
            bad(f"scene {n} is neither scheduled nor unscheduled")
    if sched["feasible"] and sched["unscheduled"]:
        bad("feasible with unscheduled scenes")

    first, last = {}, {}
    moves_total = locdays = switches = 0
    prev_kind = None
    worked_night = {}
    for i, day in enumerate(sched["days"]):
        k = day["day"]
        if k != i + 1:
            bad(f"day {k} is at position {i + 1}")
        if start and day["date"] != dates[k].isoformat():
            bad(f"day {k}: date {day['date']}, the calendar says {dates[k].isoformat()}")
        if not start and day["date"] is not None:
            bad(f"day {k}: a date without a start")
        sc = [scenes[n] for n in day["scenes"]]
        if sum(s["eighths"] for s in sc) != day["eighths"]:
            bad(f"day {k}: eighths {day['eighths']} is not the sum of its scenes'")
        total = sum(load(s) for s in sc)
        if total != day["load"]:
            bad(f"day {k}: load {day['load']}, its scenes make {total}")
        if len(sc) > 1 and total > cap:
            bad(f"day {k}: {total} eighths over the {cap} a day")
        if len(sc) > 1 and total > minor_cap and any(is_minor(s) for s in sc):
            bad(f"day {k}: {total} eighths with a minor, over {minor_cap}")
        if not mix and len({night(s) for s in sc}) > 1:
            bad(f"day {k}: day and night scenes")
        locs = [location(s) for s in sc]
        moves = sum(1 for a, b in zip(locs, locs[1:]) if a != b)
        if moves > max_moves:
            bad(f"day {k}: {moves} company moves")
        moves_total += moves
        locdays += len(set(locs))
        if sc:
            if prev_kind is not None and prev_kind != night(sc[0]):
                switches += 1
            prev_kind = night(sc[-1])
        follows = k > 1 and (not start or dates[k] - dates[k - 1] == datetime.timedelta(days=1))
        for s in sc:
            for c in s["cast"]:
                a = actor(c)
                first.setdefault(a, k)
                last[a] = k
                ok = allowed(actor_entry.get(a))
                if ok is not None and k not in ok:
                    bad(f"day {k}: scene {s['number']}: {a} is not available")
                entry = actor_entry.get(a, {})
                if (entry.get("turnaround", turnaround_default) and not night(s) and follows
                        and worked_night.get(a) == k - 1):
                    bad(f"day {k}: scene {s['number']}: {a} worked the night before")
            ok = allowed(loc_entry.get(fold(location(s))))
            if ok is not None and k not in ok:
                bad(f"day {k}: scene {s['number']}: location {location(s)} is not available")
        for s in sc:
            if night(s):
                for c in s["cast"]:
                    worked_night[actor(c)] = k
    if "days" in cons and len(sched["days"]) > cons["days"]:
        bad(f"{len(sched['days'])} days, more than {cons['days']}")
    for p in cons.get("pinned", []):
        want = p["day"] if isinstance(p["day"], int) else day_of_date.get(p["day"])
        if seen.get(str(p["scene"])) != want:
            bad(f"scene {p['scene']} is on day {seen.get(str(p['scene']))}, pinned to {want}")
    for g in cons.get("consecutive", []):
        g = [str(n) for n in g]
        where = {seen.get(n) for n in g}
        if len(where) != 1 or None in where:
            bad(f"consecutive scenes {g} on days {sorted(map(str, where))}")
            continue
        order = sched["days"][where.pop() - 1]["scenes"]
        pos = sorted(order.index(n) for n in g)
        if pos[-1] - pos[0] + 1 != len(g):
            bad(f"consecutive scenes {g} are not one after the other")

    rate = {a: e.get("rate", 1) for a, e in actor_entry.items()}
    terms = {
        "shoot_days": max((d["day"] for d in sched["days"] if d["scenes"]), default=0),
        "actor_days": sum(rate.get(a, 1) * (last[a] - first[a] + 1) for a in first),
        "company_moves": moves_total,
        "location_days": locdays,
        "day_night_switches": switches,
    }
    for t in TERMS:
        if sched["cost"][t] != terms[t]:
            bad(f"cost {t} = {sched['cost'][t]}, the board gives {terms[t]}")
    total = sum(terms[t] * weights[t] for t in TERMS)
    if "moved_strips" in sched["cost"]:
        # re-scheduling: the strips moved from the reference board
        moved = sched["cost"]["moved_strips"]
        if moved != len(sched["reschedule"]["moved"]):
            bad(f"moved_strips {moved}, {len(sched['reschedule']['moved'])} strips listed")
        for m in sched["reschedule"]["moved"]:
            if seen.get(m["scene"]) != (m["to"] or None):
                bad(f"scene {m['scene']} listed as moved to day {m['to']}")
        total += moved * cons.get("weights", {}).get("moved_strips", 10)
    if sched["total"] != total:
        bad(f"total {sched['total']}, the board gives {total}")
    if sched["lower_bound"] > sched["total"] and sched["feasible"]:
        bad(f"lower bound {sched['lower_bound']} above the cost {sched['total']}")
    if sched["feasible"] and sched["violations"]:
        bad("feasible with violations")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
