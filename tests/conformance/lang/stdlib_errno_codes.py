# errno: Linux codes, errorcode, and errno values carried by OSError subclasses.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR,
      errno.EPIPE, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EDEADLK, errno.EDEADLOCK, errno.ETIMEDOUT)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(errno.errorcode)
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10], len([n for n in dir(errno) if n.startswith("E")]))
e = OSError(errno.ENOENT, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno, errno.errorcode[e.errno], e)
print(type(OSError(errno.EEXIST, "exists")).__name__, type(OSError(errno.EACCES, "denied")).__name__)
