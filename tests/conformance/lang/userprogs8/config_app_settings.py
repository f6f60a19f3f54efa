# An application reading its settings with configparser: defaults, typed getters,
# interpolation, editing and writing the file back, and the errors users meet.
import configparser
import io

SAMPLE = """
# Application settings
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = 0.0.0.0
port: 8080
workers = 4
log_file = %(base_dir)s/logs/server.log

[database]
url = postgres://localhost/app
pool_size = 10
timeout = 2.5
options = sslmode=require
    connect_timeout=5
debug = yes
"""

cfg = configparser.ConfigParser()
cfg.read_string(SAMPLE)
print("sections:", cfg.sections())
print("defaults:", dict(cfg.defaults()))
server = cfg["server"]
print(server, server.name, list(server))
print("host", server["host"], "port", server.getint("port"), "workers", server.getint("workers") * 2)
print("log file:", server["log_file"], "| raw:", cfg.get("server", "log_file", raw=True))
db = cfg["database"]
print("timeout", db.getfloat("timeout"), "pool", cfg.getint("database", "pool_size"), "debug", db.getboolean("debug"), server.getboolean("debug"))
print("options:", repr(db["options"]))
print("missing with fallback:", cfg.get("server", "ssl", fallback="off"), server.get("ssl"), server.getint("retries", 3))
print(cfg.has_section("cache"), cfg.has_option("server", "debug"), "port" in server, "PORT" in server, len(server))
for name, section in cfg.items():
    print(f"[{name}] {len(section)} options")
print(cfg.items("server"))

cfg["cache"] = {"backend": "redis", "ttl": 300, "enabled": True}
cfg.set("server", "port", "9090")
cfg["server"]["workers"] = "8"
cfg.remove_option("database", "debug")
print(cfg.remove_section("nothing"), cfg["cache"]["ttl"], cfg.getboolean("cache", "enabled"))
out = io.StringIO()
cfg.write(out)
print(out.getvalue(), end="")

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /opt\nbin = ${root}/bin\n[tools]\npython = ${paths:bin}/python3\ncost = $$5\n")
print(ext["tools"]["python"], ext["tools"]["cost"])
raw = configparser.ConfigParser(interpolation=None, allow_no_value=True, inline_comment_prefixes=("#",))
raw.read_string("[flags]\nverbose\nratio = 75% # of the total\n")
print(dict(raw["flags"]))

problems = [
    ("no such section", lambda: cfg.get("cache2", "ttl")),
    ("no such option", lambda: cfg.get("server", "ssl")),
    ("proxy key", lambda: cfg["server"]["ssl"]),
    ("section key", lambda: cfg["nope"]),
    ("bad int", lambda: cfg.getint("server", "host")),
    ("bad bool", lambda: cfg.getboolean("server", "workers")),
    ("non-str value", lambda: cfg.set("server", "port", 80)),
    ("duplicate section", lambda: cfg.add_section("server")),
    ("default section", lambda: cfg.add_section("DEFAULT")),
    ("bad reference", lambda: configparser.ConfigParser(defaults={"a": "%(b)s"}).get("DEFAULT", "a")),
    ("bad percent", lambda: cfg.set("server", "motd", "100%")),
    ("no header", lambda: configparser.ConfigParser().read_string("key = value\n")),
    ("dup option", lambda: configparser.ConfigParser().read_string("[s]\nk = 1\nK = 2\n")),
    ("garbage", lambda: configparser.ConfigParser().read_string("[s]\nthis is not an option\n")),
    ("remove DEFAULT", lambda: cfg.__delitem__("DEFAULT")),
]
for label, action in problems:
    try:
        action()
        print(f"{label}: no error")
    except (configparser.Error, KeyError, ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

def required(section, option):
    if not cfg.has_option(section, option):
        raise KeyError(f"missing setting {section}.{option}")
    return cfg.get(section, option)

print(required("server", "host"))
print(required("server", "tls_cert"))
