# platform: the parts that name the interpreter and the kind of system.
import platform

print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.system(), platform.machine(), platform.architecture()[0])
print(type(platform.platform()).__name__, platform.platform().startswith("Linux"), type(platform.node()).__name__)
u = platform.uname()
print(type(u).__name__, u.system, u.machine, len(u) >= 5, u[0])
print(tuple(int(x) for x in platform.python_version_tuple()) >= (3, 11))
