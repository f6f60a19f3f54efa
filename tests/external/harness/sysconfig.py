"""pymm's stand-in for sysconfig: no build configuration variables."""


def get_config_vars(*args):
    return {}


def get_config_var(name):
    return None
