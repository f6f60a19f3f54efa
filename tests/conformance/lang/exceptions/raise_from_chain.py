class ConfigError(Exception):
    pass


def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f'missing {key}') from e


try:
    load({}, 'port')
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('while handling')
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('quiet') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
