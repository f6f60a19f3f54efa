import sys

class ConfigError(Exception):
    """Bad config."""

class MissingKey(ConfigError, KeyError):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(key) from e

def parse_port(cfg):
    raw = load(cfg, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"bad port {raw!r}")

def main():
    cfgs = [{"port": "80"}, {"host": "x"}, {"port": "eighty"}]
    for cfg in cfgs:
        try:
            print(parse_port(cfg))
        except MissingKey as e:
            print("missing:", repr(e), str(e), e.args, isinstance(e, KeyError), type(e.__cause__).__name__)
        except ConfigError as e:
            print("config:", e, type(e.__context__).__name__, e.__suppress_context__)
    data = {"a": [1, 2, {"b": None}]}
    result = data["a"][2]["b"] + compute(3) * 2
    return result

def compute(n):
    return n

if __name__ == "__main__":
    print(sys.argv[1:])
    try:
        main()
    finally:
        print("cleanup", file=sys.stderr)
