for f in [lambda: setattr([], "append", 1), lambda: delattr([], "append"), lambda: setattr([], "zz", 1), lambda: setattr(5, "real", 1), lambda: setattr("s", "upper", 1)]:
    try: f()
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
