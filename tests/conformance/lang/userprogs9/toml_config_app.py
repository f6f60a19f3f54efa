# Load an application's TOML config, validate it and print a summary
import tomllib
import io
from datetime import date, datetime

CONFIG = b"""
[app]
name = "inventory"
version = "1.4.2"
debug = false
started = 2024-03-01T09:00:00+01:00
release = 2024-02-15

[database]
host = "db.internal"
port = 5432
pool = { min = 2, max = 10 }
replicas = ["r1.internal", "r2.internal"]

[features]
beta = ["search", "export"]
limits.requests_per_minute = 600
limits.burst = 1_000

[[users]]
name = "ann"
roles = ["admin", "ops"]

[[users]]
name = "bob"
roles = []
quota = 2.5e3
"""

cfg = tomllib.load(io.BytesIO(CONFIG))
app = cfg["app"]
print(f"{app['name']} v{app['version']} (debug={app['debug']})")
print("started:", app["started"].isoformat(), "| utc offset:", app["started"].utcoffset())
print("release:", app["release"], type(app["release"]).__name__, (date(2024, 3, 1) - app["release"]).days, "days before start")
db = cfg["database"]
print(f"db {db['host']}:{db['port']} pool={db['pool']['min']}..{db['pool']['max']} replicas={', '.join(db['replicas'])}")
print("limits:", cfg["features"]["limits"], "beta:", cfg["features"]["beta"])
for user in cfg["users"]:
    roles = ", ".join(user["roles"]) or "(none)"
    print(f"  {user['name']:<5} roles: {roles:<12} quota: {user.get('quota', 'unlimited')}")

def validate(text):
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return f"invalid: {e}"
    missing = {"name", "port"} - data.keys()
    return f"missing {sorted(missing)}" if missing else f"ok: {data}"

samples = [
    'name = "svc"\nport = 80',
    'name = "svc"',
    'name = "svc"\nport = 80\nport = 81',
    'name = "svc\nport = 80',
    'name = svc',
    '[server]\nport = 80\n[server]\nname = "x"',
    'name = "a"\nport = 0o17\nwhen = 07:30:00',
    'name = """multi\nline"""\nport = +8_080',
    "name = 'C:\\\\path'\nport = 1\nextra = [1, 'two', 3.0, true, 1979-05-27]",
]
for s in samples:
    print(validate(s))
print(tomllib.loads("x = 0.1", parse_float=lambda s: f"<{s}>"))
