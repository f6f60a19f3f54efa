# A bare except before a typed one is a compiler error.
def load(path):
    try:
        return open(path).read()
    except:
        return None
    except OSError:
        return ""
