def parse(rows):
    return {r.split("=")[0]: int(r.split("=")[1]) for r in rows}
def load():
    try:
        return parse(["a=1", "b=2", "c=x"])
    except ValueError as e:
        raise RuntimeError("config broken") from e
def main():
    cfg = load()
    print(cfg)
main()
