import sys
import configparser, io
ini = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path = /home/%(user)s/x
user = bob
multi = first line
    second line

    after blank
; comment
# another
novalue_key: has value
"""
cfg = configparser.ConfigParser()
cfg.read_string(ini)
print(cfg.sections(), cfg.defaults())
print(list(cfg["topsecret.server.example"].items()))
print(cfg["forge.example"]["user"], cfg["forge.example"].getint("compressionlevel"), cfg.getboolean("topsecret.server.example", "forwardx11"))
print(cfg.get("topsecret.server.example", "path"), repr(cfg.get("topsecret.server.example", "multi")))
print(cfg.get("forge.example", "nope", fallback="fb"), cfg["forge.example"].get("nope"), cfg.getint("forge.example", "x", fallback=3))
print("forge.example" in cfg, "x" in cfg, len(cfg), list(cfg), cfg["forge.example"], repr(cfg["DEFAULT"]))
cfg["new"] = {"a": 1, "B": "two"}
cfg.set("new", "c", "3%%")
print(cfg.items("new"), cfg.options("new")[:3], cfg.has_option("new", "A"))
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
for call in [lambda: cfg.get("missing", "a"), lambda: cfg.get("new", "zzz"), lambda: cfg.getint("new", "b"),
             lambda: cfg.getboolean("new", "b"), lambda: cfg.add_section("new"), lambda: cfg.add_section("DEFAULT"),
             lambda: cfg.set("new", "bad", "50%"), lambda: cfg.set("new", "n", 5),
             lambda: configparser.ConfigParser().read_string("key = value"),
             lambda: configparser.ConfigParser().read_string("[a]\nx=1\nx=2"),
             lambda: configparser.ConfigParser().read_string("[a]\n[a]"),
             lambda: configparser.ConfigParser().read_string("[a]\nnovalue\n=bad\n"),
             lambda: cfg["nosuch"], lambda: configparser.ConfigParser().read_string("[s]\na=%(b)s\nb=%(a)s") or None,
             ]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args)
c2 = configparser.ConfigParser()
c2.read_string("[s]\na=%(b)s\nb=%(a)s\nc=%(zz)s\nd=%x")
for o in "acd":
    try:
        c2.get("s", o)
    except configparser.Error as e:
        print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nhome=/h\ndata=${home}/data\n[app]\nlog=${paths:data}/log\ncost=$$5\nbad=${a:b:c}")
print(ext["app"]["log"], ext["app"]["cost"], ext["paths"]["data"])
try:
    ext["app"]["bad"]
except configparser.Error as e:
    print(type(e).__name__, e)
raw = configparser.RawConfigParser(allow_no_value=True)
raw.read_string("[mysqld]\nskip-bdb\nuser = mysql\n  ; indented comment?\npct = 100%\n")
print(raw.items("mysqld"), raw.get("mysqld", "skip-bdb"))
o2 = io.StringIO(); raw.write(o2, space_around_delimiters=False); print(o2.getvalue())
inl = configparser.ConfigParser(inline_comment_prefixes=("#",), converters={"list": lambda v: v.split(",")})
inl.read_dict({"s": {"k": "a,b,c", "n": 5}})
inl.read_string("[t]\nx = 1 # the x\ny = 2#notcomment\n")
print(inl.getlist("s", "k"), inl["s"].getlist("k"), dict(inl["t"]), inl["s"]["n"])
print(cfg.remove_option("new", "a"), cfg.remove_section("new"), cfg.remove_section("new"), cfg.sections())
p = configparser.ConfigParser(defaults={"x": "1"}, default_section="COMMON")
p.read_string("[COMMON]\ny=2\n[s]\nz=3")
print(dict(p["s"]), p.default_section, sorted(p.converters))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamelKey = 1")
print(cs.options("S"), configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(isinstance(cfg["DEFAULT"], configparser.SectionProxy), cfg.popitem()[0], repr(configparser.NoSectionError("q")))
print(cfg.read(["/nonexistent.ini"]))
try:
    cfg.get("nope", "x")
except configparser.NoSectionError as e:
    print(repr(e), e.section)
